import { useEffect, useState } from 'react';
import { labelOf, ROLE_NAMES, useI18n } from '../i18n';
import { navigate, type Route } from '../lib/router';
import { useCrisisAlerts } from '../crisis/useCrisisAlerts';
import { useSession } from '../session';

export function Header({ route }: { route: Route }) {
  const { t, lang, setLang } = useI18n();
  const { user, socket, logout } = useSession();
  const [connected, setConnected] = useState(socket.connected);

  useEffect(() => {
    const on = () => setConnected(true);
    const off = () => setConnected(false);
    socket.on('connect', on);
    socket.on('disconnect', off);
    return () => {
      socket.off('connect', on);
      socket.off('disconnect', off);
    };
  }, [socket]);

  useCrisisAlerts();
  const canSeeDashboard = user.role !== 'officer';
  const link = (path: string, label: string, active: boolean) => (
    <a
      href={path}
      aria-current={active ? 'page' : undefined}
      className={active ? 'nav-link active' : 'nav-link'}
      onClick={(e) => {
        e.preventDefault();
        navigate(path);
      }}
    >
      {label}
    </a>
  );

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Lewati ke konten
      </a>
      <span className="brand">{t('appName')}</span>
      <nav aria-label="Navigasi utama" className="nav">
        {link('/inbox', t('inbox'), route.name === 'inbox')}
        {canSeeDashboard && link('/dashboard', t('dashboard'), route.name === 'dashboard')}
        {user.seesAllAgencies && link('/krisis', 'Krisis', route.name === 'crises')}
      </nav>
      <span className={connected ? 'conn conn-on' : 'conn conn-off'} role="status">
        {connected ? t('live') : t('offline')}
      </span>
      <span className="who" data-testid="current-user">
        {user.name} · {labelOf(ROLE_NAMES, user.role, lang)}
        {user.agency ? ` · ${user.agency.name}` : ''}
      </span>
      <button
        type="button"
        className="btn btn-ghost"
        aria-label={t('language')}
        onClick={() => setLang(lang === 'id' ? 'en' : 'id')}
      >
        {lang === 'id' ? 'EN' : 'ID'}
      </button>
      <button type="button" className="btn btn-ghost" onClick={logout}>
        {t('logout')}
      </button>
    </header>
  );
}
