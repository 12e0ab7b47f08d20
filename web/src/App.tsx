// Boots the session from the browser's session cookie (GET /api/me), then shows login, inbox or dashboard.
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { api, handleUnauthorized, setCsrfToken } from './api/client';
import { connectSocket, disconnectSocket } from './api/socket';
import type { Agency } from './api/types';
import { setRegionNames, useI18n } from './i18n';
import { navigate, useRoute } from './lib/router';
import { SessionContext, type Session } from './session';
import { Header } from './components/Header';
import { Toasts } from './components/Toasts';
import { Login, type LoginResult } from './components/Login';
import { Inbox } from './inbox/Inbox';

// Charts are only for supervisors: keep chart.js out of the officers' first load.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const CrisisView = lazy(() => import('./crisis/CrisisView'));

export function App() {
  const { t } = useI18n();
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(null);
  const [booting, setBooting] = useState(true);

  /** Forget the login here; `endSession` also ends it on the server (the logout button). */
  const forget = useCallback(() => {
    setCsrfToken(null);
    disconnectSocket();
    setSession(null);
    navigate('/login', true);
  }, []);
  const logout = useCallback(() => {
    api('/api/auth/logout', { method: 'POST' })
      .catch(() => {})
      .finally(forget);
  }, [forget]);

  const start = useCallback(
    async ({ user, csrfToken }: LoginResult) => {
      setCsrfToken(csrfToken);
      const [agencies] = await Promise.all([
        api<{ agencies: Agency[] }>('/api/agencies').then(
          (r) => r.agencies,
          () => [] as Agency[],
        ),
        api<{ regions?: { code: string; name: string }[] }>('/api/labels').then(
          (r) => setRegionNames(r.regions ?? []),
          () => {},
        ),
      ]);
      setSession({ user, agencies, socket: connectSocket(csrfToken), logout });
    },
    [logout],
  );

  useEffect(() => {
    // A cookie session (if any) answers /api/me with the user and this session's CSRF token. Without one the login
    // form shows on the address asked for (a deep link survives logging in); later 401s return to /login.
    api<LoginResult>('/api/me')
      .then(start)
      .catch(() => setSession(null))
      .finally(() => {
        handleUnauthorized(forget);
        setBooting(false);
      });
  }, [start, forget]);

  if (booting) return <p className="boot">{t('loading')}</p>;
  if (!session) {
    return (
      <>
        <Login
          onLogin={async (result) => {
            await start(result);
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
          {route.name === 'dashboard' || route.name === 'crises' ? (
            <Suspense fallback={<p className="boot">{t('loading')}</p>}>
              {route.name === 'dashboard' ? <Dashboard /> : <CrisisView />}
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
