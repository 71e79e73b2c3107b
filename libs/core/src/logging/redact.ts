/**
 * Paths pino masks in every log line: credentials, tokens and the personal data fields the
 * product handles. A log line never carries a request body's values.
 */
export const LOG_REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'res.headers["set-cookie"]',
  '*.password',
  '*.passwordHash',
  '*.accessToken',
  '*.pin',
  '*.residenceCardNumber',
  '*.accountNumber',
  '*.phoneNumber',
];

/** Masks all but the last `keep` characters, for the rare log line that must name a value. */
export function maskTail(value: string, keep = 4): string {
  if (value.length <= keep) return '*'.repeat(value.length);
  return '*'.repeat(value.length - keep) + value.slice(-keep);
}
