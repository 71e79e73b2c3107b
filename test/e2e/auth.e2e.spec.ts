import { AgencyKind } from '@renkei/core';
import { DEMO_AGENCIES, DEMO_USERS } from '@renkei/identity';
import { startTestApp, type TestApp } from '../setup/test-app';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken expiresAt } }';
const ME = '{ me { role roleName agencyId agency { name kind } unit { name } prefecture { name } user { username } } }';

describe('login, me, lockout, sessions', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs in every demo user, and me answers their agency and role', async () => {
    expect(DEMO_USERS).toHaveLength(18);
    for (const user of DEMO_USERS) {
      const token = await t.login(user.username);
      const res = await t.gql(ME, {}, token);
      expect(res.body.errors).toBeUndefined();
      const me = res.body.data!.me;
      const agency = DEMO_AGENCIES.find((a) => a.code === user.agency)!;
      expect(me.user.username).toBe(user.username);
      expect(me.role).toBe(user.role);
      expect(me.agency).toEqual({ name: agency.name, kind: agency.kind });
      if (agency.kind === AgencyKind.POLICE_HQ || agency.kind === AgencyKind.POLICE_STATION) {
        expect(me.prefecture?.name).toBe(agency.prefecture === 'ko' ? '甲県' : '乙県');
      }
      if (user.unit) expect(me.unit?.name).toBe(agency.units!.find((u) => u.code === user.unit)!.name);
    }
  });

  it('refuses a wrong password, then locks the sixth attempt in a row even with the right one', async () => {
    for (let i = 1; i <= 5; i += 1) {
      const res = await t.gql(LOGIN, { u: 'chuo.manager', p: `wrong-${i}` });
      expect(res.body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
      expect(res.body.data).toBeNull();
    }
    const sixth = await t.gql(LOGIN, { u: 'chuo.manager', p: 'renkei-demo-2026' });
    expect(sixth.body.errors?.[0].extensions?.code).toBe('ACCOUNT_LOCKED');
    expect(sixth.text).not.toContain('accessToken":"');

    // Ten minutes later the lock is over and the right password works again.
    t.clock.advance(10 * 60_000 + 1000);
    const later = await t.gql(LOGIN, { u: 'chuo.manager', p: 'renkei-demo-2026' });
    expect(later.body.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('locks an unknown username the same way, so a lockout tells nothing about existence', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      const res = await t.gql(LOGIN, { u: 'nobody.here', p: 'x' });
      codes.push(res.body.errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'ACCOUNT_LOCKED']);
  });

  it('a success resets the failure count', async () => {
    for (let i = 0; i < 4; i += 1) await t.gql(LOGIN, { u: 'minato.manager', p: 'bad' });
    await t.login('minato.manager');
    for (let i = 0; i < 4; i += 1) {
      const res = await t.gql(LOGIN, { u: 'minato.manager', p: 'bad' });
      expect(res.body.errors?.[0].extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    expect(await t.login('minato.manager')).toEqual(expect.any(String));
  });

  it('audits login success, failure and lockout without the password', async () => {
    const rows: { action: string; outcome: string; actor_username: string; details: Record<string, unknown> }[] =
      await t.dataSource.query(
        `SELECT action, outcome, actor_username, details FROM audit_log WHERE actor_username = 'chuo.manager' ORDER BY id`,
      );
    const kinds = rows.map((r) => `${r.action}:${r.outcome}`);
    expect(kinds).toContain('identity.login:success');
    expect(kinds).toContain('identity.login:failure');
    expect(kinds).toContain('identity.lockout:success');
    const all = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'));
    expect(all).not.toContain('wrong-1');
    expect(all).not.toContain('renkei-demo-2026');
  });

  it('reaches nothing without a token but login and health', async () => {
    const me = await t.gql('{ me { role } }');
    expect(me.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const users = await t.gql('{ users { nodes { username } } }');
    expect(users.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(users.text).not.toContain('hq.director');
    const bogus = await t.gql('{ me { role } }', {}, 'not-a-token');
    expect(bogus.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const health = await t.http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body.info).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' } });
  });

  it('logout ends the session; revoking a user ends all of theirs on the next request', async () => {
    const a = await t.login('chuo.investigator');
    const b = await t.login('chuo.investigator');
    expect((await t.gql('mutation { logout }', {}, a)).body.data?.logout).toBe(true);
    expect((await t.gql(ME, {}, a)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, b)).body.errors).toBeUndefined();

    const admin = await t.login('admin');
    const target = await t.dataSource.query(`SELECT id FROM users WHERE username = 'chuo.investigator'`);
    const [{ open }] = await t.dataSource.query(
      `SELECT count(*)::int AS open FROM sessions WHERE user_id = $1 AND revoked_at IS NULL`, [target[0].id]);
    expect(open).toBeGreaterThanOrEqual(1);
    const revoked = await t.gql('mutation($id: ID!) { revokeUserSessions(userId: $id) }', { id: target[0].id }, admin);
    expect(revoked.body.data?.revokeUserSessions).toBe(open);
    expect((await t.gql(ME, {}, b)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A new login works again.
    expect((await t.gql(ME, {}, await t.login('chuo.investigator'))).body.errors).toBeUndefined();
  });

  it('only the administrator may revoke sessions', async () => {
    const coordinator = await t.login('hq.coordinator');
    const target = await t.dataSource.query(`SELECT id FROM users WHERE username = 'chuo.manager'`);
    const res = await t.gql('mutation($id: ID!) { revokeUserSessions(userId: $id) }', { id: target[0].id }, coordinator);
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a token after its lifetime; a refresh within it keeps the session going', async () => {
    const token = await t.login('hq.director');
    t.clock.advance(10 * 60_000);
    const refreshed = await t.gql('mutation { refreshAccessToken { accessToken } }', {}, token);
    const next = refreshed.body.data?.refreshAccessToken.accessToken as string;
    expect(next).toEqual(expect.any(String));
    t.clock.advance(10 * 60_000);
    // 20 minutes after login: the first token (15 minutes) has expired, the refreshed one has not.
    expect((await t.gql(ME, {}, token)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(ME, {}, next)).body.errors).toBeUndefined();
  });

  it('ends a session after 30 idle minutes, even with a token still valid', async () => {
    const long = await startTestApp({ env: { AUTH_TOKEN_TTL_SECONDS: '3600' } });
    try {
      const token = await long.login('hq.director');
      long.clock.advance(29 * 60_000);
      expect((await long.gql(ME, {}, token)).body.errors).toBeUndefined();
      long.clock.advance(30.5 * 60_000); // idle 30.5 min; the 60-minute token is still valid
      const res = await long.gql(ME, {}, token);
      expect(res.body.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'IDENTITY.SESSION_ENDED' });
    } finally {
      await long.close();
    }
  });
});
