import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { Link, usePath } from '../../lib/router';

const LINKS = [
  { to: '/tip', label: t.tips.toForm },
  { to: '/tip/status', label: t.tips.toStatus },
  { to: '/tip/notices', label: t.tips.toNotices },
];

/** The public tip site: no session, no user, no notifications; only the three public pages. */
export function PublicTipLayout({ children }: { children: ReactNode }) {
  const { pathname } = usePath();
  return (
    <>
      <a href="#main" className="skip-link">
        {t.app.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t.tips.publicSite}</span>
          <span className="brand-sub">{t.app.subtitle}</span>
        </div>
      </header>
      <nav aria-label={t.tips.publicNav} className="app-nav">
        <ul>
          {LINKS.map((l) => (
            <li key={l.to}>
              <Link to={l.to} aria-current={pathname === l.to ? 'page' : undefined}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
        <p className="muted">
          <Link to="/login">{t.tips.toLogin}</Link>
        </p>
      </main>
    </>
  );
}
