import { t } from '../i18n';

/** What each role needs in the navigation, and nothing else. */
export interface NavItem {
  to: string;
  label: string;
}

const STATION = ['station.manager', 'station.supervisor', 'station.investigator'];
const HQ = ['hq.director', 'hq.coordinator'];

export function navFor(role: string, agencyKind?: string | null): NavItem[] {
  // Immigration also opens departure cases (one by one or from a CSV) and follows those it opened.
  if (role === 'liaison' && agencyKind === 'IMMIGRATION') {
    return [
      { to: '/tasks', label: t.nav.tasks },
      { to: '/cases', label: t.departureWork.navFiled },
      { to: '/cases/new/departure', label: t.departureWork.navFile },
      { to: '/cases/import/departure', label: t.departureWork.navImport },
      { to: '/my-exports', label: t.reports.navExports },
    ];
  }
  if (role === 'liaison') return [{ to: '/tasks', label: t.nav.tasks }, { to: '/my-exports', label: t.reports.navExports }];
  if (STATION.includes(role)) {
    return [
      { to: '/cases', label: t.nav.cases },
      // One 新規登録 entry: the choice of case type (the departure form is one of them).
      { to: '/cases/new', label: t.caseTypes.newNav },
      // Activity reports: the station's manager files, its supervisor approves (investigators have no grant).
      ...(role === 'station.investigator' ? [] : [{ to: '/reports', label: t.reports.nav }]),
      { to: '/my-exports', label: t.reports.navExports },
    ];
  }
  if (HQ.includes(role)) {
    return [
      { to: '/dashboard', label: t.nav.dashboard },
      { to: '/cases', label: t.nav.cases },
      { to: '/reports/totals', label: t.reports.navTotals },
      // 契約者ごとの番号数 and the refusal recommendation: police only (damage group).
      { to: '/forwarding/holders', label: t.forwardingWork.navHolders },
      { to: '/reports', label: t.reports.nav },
      { to: '/my-exports', label: t.reports.navExports },
      // Tips forwarded to this HQ: the coordinator's only (hq.director has no grant on tips).
      ...(role === 'hq.coordinator' ? [{ to: '/tips', label: t.tips.nav.forwarded }] : []),
    ];
  }
  if (role === 'npa.tipdesk') {
    return [
      { to: '/tips', label: t.tips.nav.list },
      { to: '/tips/reports', label: t.tips.nav.reports },
      { to: '/tips/ledger', label: t.tips.nav.ledger },
      // 警察庁 works the foreign evidence requests: the server lists it only those.
      { to: '/cases', label: t.nav.cases },
      { to: '/my-exports', label: t.reports.navExports },
    ];
  }
  if (role === 'tipline.receiver') {
    return [
      { to: '/tips', label: t.tips.nav.list },
      { to: '/tips/phone', label: t.tips.nav.phone },
      { to: '/tips/reports', label: t.tips.nav.reports },
      { to: '/tips/ledger', label: t.tips.nav.ledger },
    ];
  }
  if (role === 'auditor') return [{ to: '/audit', label: t.admin.nav.audit }];
  if (role === 'admin') {
    return [
      { to: '/admin/users', label: t.admin.nav.users },
      { to: '/admin/agencies', label: t.admin.nav.agencies },
      { to: '/admin/webhooks', label: t.admin.nav.webhooks },
    ];
  }
  return [];
}

export function homeFor(role: string, agencyKind?: string | null): string {
  return navFor(role, agencyKind)[0]?.to ?? '/notifications';
}

/** Who may file departure cases from this client (the server decides in the end). */
export function canFileDeparture(role: string, agencyKind?: string | null): boolean {
  return STATION.includes(role) || HQ.includes(role) || (role === 'liaison' && agencyKind === 'IMMIGRATION');
}
