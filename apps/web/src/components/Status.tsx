import type { ErrorLike } from '@apollo/client';
import { t } from '../i18n';

/** The message for a failed request, from the server's stable error codes (never its text). */
export function errorMessage(error: ErrorLike | undefined | null): string {
  const codes: string[] = [];
  const e = error as { errors?: { extensions?: { code?: string } }[] } | undefined;
  for (const x of e?.errors ?? []) if (x.extensions?.code) codes.push(x.extensions.code);
  if (codes.includes('NOT_FOUND')) return t.app.notFoundRecord;
  if (codes.includes('CONFLICT')) return t.app.conflict;
  if (codes.includes('FORBIDDEN')) return t.app.forbidden;
  if (codes.includes('BAD_USER_INPUT')) return t.app.invalidInput;
  return t.app.error;
}

export function Loading() {
  return (
    <p role="status" className="muted">
      {t.app.loading}
    </p>
  );
}

export function ErrorBox({ error }: { error: ErrorLike | string }) {
  return (
    <p role="alert" className="error-box">
      {typeof error === 'string' ? error : errorMessage(error)}
    </p>
  );
}
