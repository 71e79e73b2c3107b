import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { t } from '../i18n';
import { startSession } from '../lib/session';
import { LoginDocument } from '../operations';
import { Link } from '../lib/router';

export function LoginPage({ notice }: { notice: string | null }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginDocument);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!username.trim() || !password) return setMessage(t.login.required);
    setMessage(null);
    try {
      const { data } = await login({ variables: { username: username.trim(), password } });
      if (data) startSession(data.login);
    } catch (error) {
      const code = (error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      setMessage(code === 'ACCOUNT_LOCKED' ? t.login.locked : code === 'INVALID_CREDENTIALS' ? t.login.failed : t.app.error);
    }
  };

  return (
    <main id="main" className="login">
      <h1>
        {t.app.name}
        <small>{t.app.subtitle}</small>
      </h1>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="login-title">
        <h2 id="login-title">{t.login.title}</h2>
        {notice && !message && <p role="status">{notice}</p>}
        {message && (
          <p role="alert" className="error-box">
            {message}
          </p>
        )}
        <label htmlFor="username">{t.login.username}</label>
        <input id="username" name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} autoFocus />
        <label htmlFor="password">{t.login.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        <button type="submit" disabled={loading}>
          {loading ? t.login.submitting : t.login.submit}
        </button>
      </form>
      <p className="public-tip-link">
        <Link to="/tip">{t.tips.fromLogin}</Link>
      </p>
    </main>
  );
}
