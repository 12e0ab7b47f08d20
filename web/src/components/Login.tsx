import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { User } from '../api/types';
import { useI18n } from '../i18n';

export interface LoginResult {
  user: User;
  csrfToken: string;
}

export function Login({ onLogin }: { onLogin: (result: LoginResult) => Promise<void> }) {
  const { t, lang, setLang } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The session comes back as an httpOnly cookie; the page only ever holds the CSRF token.
      await onLogin(await api<LoginResult>('/api/auth/session', { body: { email, password } }));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('loginFailed') : (err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login-page">
      <form className="login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t('loginTitle')}</h1>
        <p className="muted tagline">{t('tagline')}</p>
        <label>
          {t('email')}
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('password')}
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('login')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setLang(lang === 'id' ? 'en' : 'id')}>
          {lang === 'id' ? 'English' : 'Bahasa Indonesia'}
        </button>
      </form>
    </main>
  );
}
