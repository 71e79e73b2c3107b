import type { ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { Link, usePath } from '../lib/router';
import { navFor } from '../lib/roles';
import { endSession } from '../lib/session';
import { LogoutDocument, UnreadCountDocument } from '../operations';

interface Me {
  role: string;
  roleName: string;
  agency: { name?: string | null; kind?: string | null };
  user: { displayName?: string | null; username?: string | null };
}

/** Header (agency, user, unread notifications by polling, logout) and the role's navigation. */
export function Layout({ me, children }: { me: Me; children: ReactNode }) {
  const { pathname } = usePath();
  const { data } = useQuery(UnreadCountDocument, { pollInterval: 30_000, fetchPolicy: 'network-only' });
  const [logout] = useMutation(LogoutDocument);
  const unread = data?.unreadNotificationCount ?? 0;

  const onLogout = async () => {
    // The server revokes the session; the client forgets it either way.
    await logout().catch(() => undefined);
    endSession('logout');
  };

  return (
    <>
      <a href="#main" className="skip-link">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t.app.name}</span>
          <span className="brand-sub">{t.app.subtitle}</span>
        </div>
        <div className="who" data-testid="who">
          <span>{me.agency.name}</span>
          <span>
            {me.user.displayName ?? me.user.username}（{me.roleName}）
          </span>
        </div>
        <Link to="/notifications" className="notif-link" aria-label={`${t.nav.notifications}（${t.nav.unread(unread)}）`}>
          {t.nav.notifications}
          <span className={unread > 0 ? 'badge' : 'badge badge-zero'} data-testid="unread-count">
            {unread}
          </span>
        </Link>
        <button type="button" className="button-secondary" onClick={() => void onLogout()}>
          {t.nav.logout}
        </button>
      </header>
      <nav aria-label={t.nav.label} className="app-nav">
        <ul>
          {navFor(me.role, me.agency?.kind).map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {navFor(me.role, me.agency?.kind).length === 0 && pathname !== '/notifications' ? <p>{t.app.comingSoon}</p> : children}
      </main>
    </>
  );
}
