import { t } from '../i18n';

/** What each role needs in the navigation, and nothing else. */
export interface NavItem {
  to: string;
  label: string;
}

const STATION = ['station.manager', 'station.supervisor', 'station.investigator'];
const HQ = ['hq.director', 'hq.coordinator'];

export function navFor(role: string): NavItem[] {
  if (role === 'liaison') return [{ to: '/tasks', label: t.nav.tasks }];
  if (STATION.includes(role)) {
    return [
      { to: '/cases', label: t.nav.cases },
      { to: '/cases/new/departure', label: t.nav.fileDeparture },
    ];
  }
  if (HQ.includes(role)) {
    return [
      { to: '/dashboard', label: t.nav.dashboard },
      { to: '/cases', label: t.nav.cases },
    ];
  }
  return [];
}

export function homeFor(role: string): string {
  return navFor(role)[0]?.to ?? '/notifications';
}

/** Who may file departure cases from this client (the server decides in the end). */
export function canFileDeparture(role: string): boolean {
  return STATION.includes(role) || HQ.includes(role);
}
