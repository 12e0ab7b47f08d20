// History-API routing for four screens; express falls back to index.html for any non-/api path.
import { useEffect, useState } from 'react';

export type Route =
  | { name: 'inbox'; conversationId: string | null }
  | { name: 'dashboard' }
  | { name: 'crises' }
  | { name: 'login' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean);
  if (parts[0] === 'login') return { name: 'login' };
  if (parts[0] === 'dashboard') return { name: 'dashboard' };
  if (parts[0] === 'krisis') return { name: 'crises' };
  if (parts[0] === 'inbox' && parts[1])
    return { name: 'inbox', conversationId: decodeURIComponent(parts[1]) };
  return { name: 'inbox', conversationId: null };
}

export function navigate(path: string, replace = false): void {
  if (path === location.pathname) return;
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    addEventListener('popstate', update);
    return () => removeEventListener('popstate', update);
  }, []);
  return route;
}
