import { canonicalJson, chainHash, GENESIS_HASH } from '../audit.hash';

describe('the audit hash', () => {
  const content = {
    occurredAt: new Date('2026-11-20T01:02:03.004Z'),
    actorUserId: 'u-1', actorUsername: 'chuo.manager', actorAgencyId: 'a-1', prefectureId: 'p-1', action: 'identity.login', outcome: 'success',
    subjectType: 'User', subjectId: 'u-1', fields: ['displayName'], requestId: 'r-1', channel: 'graphql',
    details: { b: 1, a: { d: [1, 2], c: null } },
  };

  it('does not depend on key order (jsonb reorders keys)', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(chainHash(GENESIS_HASH, content)).toBe(chainHash(GENESIS_HASH, { ...content, details: { a: { c: null, d: [1, 2] }, b: 1 } }));
  });

  it('hashes a Date in details as the ISO string jsonb gives back', () => {
    const at = new Date('2026-11-20T10:00:00.000Z');
    expect(canonicalJson({ until: at })).toBe(canonicalJson({ until: at.toISOString() }));
  });

  it('changes with any field of the row and with the previous hash', () => {
    const base = chainHash(GENESIS_HASH, content);
    expect(chainHash('f'.repeat(64), content)).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, outcome: 'failure' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, fields: ['role'] })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, prefectureId: 'p-2' })).not.toBe(base);
    expect(chainHash(GENESIS_HASH, { ...content, occurredAt: new Date(content.occurredAt.getTime() + 1) })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
