import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The hashed content of one audit row, in a fixed order. */
export interface AuditContent {
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  prefectureId: string | null;
  action: string;
  outcome: string;
  subjectType: string | null;
  subjectId: string | null;
  fields: string[];
  requestId: string | null;
  channel: string | null;
  details: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth: jsonb reorders keys, the hash must not care. */
export function canonicalJson(value: unknown): string {
  // A Date is stored in jsonb as its ISO string: hash it the same way on write and on read.
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** hash = SHA-256(prev_hash ‖ canonical content): changing, removing or reordering a row breaks the chain. */
export function chainHash(prevHash: string, c: AuditContent): string {
  const payload = canonicalJson([
    c.occurredAt.toISOString(),
    c.actorUserId,
    c.actorUsername,
    c.actorAgencyId,
    c.prefectureId,
    c.action,
    c.outcome,
    c.subjectType,
    c.subjectId,
    c.fields,
    c.requestId,
    c.channel,
    c.details,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}
