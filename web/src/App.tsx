// Boots the session from a stored token, then shows login, inbox or dashboard.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, getToken, handleUnauthorized, setToken } from './api/client';
import { connectSocket, disconnectSocket } from './api/socket';
import type { Agency, User } from './api/types';
import { setRegionNames, useI18n } from './i18n';
import { navigate, useRoute } from './lib/router';
import { SessionContext, type Session } from './session';
import { Header } from './components/Header';
import { Toasts } from './components/Toasts';
import { Login } from './components/Login';
import { Inbox } from './inbox/Inbox';

// Charts are only for supervisors: keep chart.js out of the officers' first load.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export function App() {
  const { t } = useI18n();
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(null);
  const [booting, setBooting] = useState(() => !!getToken());

  const logout = useCallback(() => {
    setToken(null);
    disconnectSocket();
    setSession(null);
    navigate('/login', true);
  }, []);

  const start = useCallback(
    async (token: string) => {
      setToken(token);
      const [{ user }, agencies] = await Promise.all([
        api<{ user: User }>('/api/me'),
        api<{ agencies: Agency[] }>('/api/agencies').then(
          (r) => r.agencies,
          () => [] as Agency[],
        ),
        api<{ regions?: { code: string; name: string }[] }>('/api/labels').then(
          (r) => setRegionNames(r.regions ?? []),
          () => {},
        ),
      ]);
      setSession({ user, agencies, socket: connectSocket(token), logout });
    },
    [logout],
  );

  useEffect(() => {
    handleUnauthorized(logout);
    const token = getToken();
    if (!token) return;
    start(token)
      .catch(() => logout())
      .finally(() => setBooting(false));
  }, [start, logout]);

  if (booting) return <p className="boot">{t('loading')}</p>;
  if (!session) {
    return (
      <>
        <Login
          onLogin={async (token) => {
            await start(token);
            navigate(route.name === 'login' ? '/inbox' : location.pathname, true);
          }}
        />
        <Toasts />
      </>
    );
  }
  return (
    <SessionContext.Provider value={session}>
      <div className="app">
        <Header route={route} />
        <main className="app-main" id="main">
          {route.name === 'dashboard' ? (
            <Suspense fallback={<p className="boot">{t('loading')}</p>}>
              <Dashboard />
            </Suspense>
          ) : (
            <Inbox conversationId={route.name === 'inbox' ? route.conversationId : null} />
          )}
        </main>
      </div>
      <Toasts />
    </SessionContext.Provider>
  );
}
