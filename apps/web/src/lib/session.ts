// The access token lives in memory and in sessionStorage (survives a reload, not a closed tab;
// never localStorage, so it is not shared across tabs or kept after the browser closes).

const KEY = 'renkei.session';

export interface Session {
  accessToken: string;
  expiresAt: string;
}

type Listener = (session: Session | null, reason?: EndReason) => void;
export type EndReason = 'logout' | 'expired';

let current: Session | null = load();
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function load(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return new Date(s.expiresAt).getTime() > Date.now() ? s : null;
  } catch {
    return null;
  }
}

function schedule(): void {
  if (timer) clearTimeout(timer);
  if (!current) return;
  // Return to the login page when the token expires, not on the next failing request.
  const ms = Math.min(new Date(current.expiresAt).getTime() - Date.now(), 2 ** 31 - 1);
  timer = setTimeout(() => endSession('expired'), Math.max(ms, 0));
}

export function getSession(): Session | null {
  return current;
}

export function startSession(s: Session): void {
  current = s;
  sessionStorage.setItem(KEY, JSON.stringify(s));
  schedule();
  listeners.forEach((l) => l(current));
}

export function endSession(reason: EndReason): void {
  if (!current) return;
  current = null;
  sessionStorage.removeItem(KEY);
  if (timer) clearTimeout(timer);
  listeners.forEach((l) => l(null, reason));
}

export function onSessionChange(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

schedule();
