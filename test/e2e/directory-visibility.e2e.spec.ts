import { randomUUID } from 'node:crypto';
import { DEMO_USERS } from '@renkei/identity';
import type { StatementCounter } from '@renkei/core';
import { startTestApp, type TestApp } from '../setup/test-app';

const USERS = '{ users(first: 200) { nodes { id username role lastLoginAt active redactedFields agency { name } } } }';
const KO_POLICE = DEMO_USERS.filter((u) => ['ko-police-hq', 'ko-chuo-station', 'ko-minato-station'].includes(u.agency)).map((u) => u.username);

type UserNode = { id: string; username: string | null; role: string | null; lastLoginAt: string | null; active: boolean | null; redactedFields: string[]; agency: { name: string } | null };

describe('the directory, through each role', () => {
  let t: TestApp;
  const ids = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const row of await t.dataSource.query('SELECT id, username FROM users')) ids.set(row.username, row.id);
  });
  afterAll(async () => {
    await t.close();
  });

  async function listAs(username: string): Promise<{ nodes: UserNode[]; text: string }> {
    const res = await t.gql<{ users: { nodes: UserNode[] } }>(USERS, {}, await t.login(username));
    expect(res.body.errors).toBeUndefined();
    return { nodes: res.body.data!.users.nodes, text: res.text };
  }

  it('HQ sees the police of its own prefecture only, without account fields', async () => {
    const { nodes, text } = await listAs('hq.coordinator');
    expect(nodes.map((n) => n.username).sort()).toEqual([...KO_POLICE].sort());
    for (const n of nodes) {
      expect(n.lastLoginAt).toBeNull();
      expect(n.active).toBeNull();
      expect(n.redactedFields).toEqual(expect.arrayContaining(['lastLoginAt', 'active']));
    }
    // Another prefecture's and outside agencies' people are absent from the whole body.
    for (const hidden of ['otsu.coordinator', 'sakura.liaison', 'kotel.liaison', 'admin', '乙県警察本部', 'さくら銀行']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('the other prefecture sees only itself', async () => {
    const { nodes, text } = await listAs('otsu.coordinator');
    expect(nodes.map((n) => n.username)).toEqual(['otsu.coordinator']);
    expect(text).not.toContain('hq.director');
    expect(text).not.toContain('甲県');
  });

  it('a station sees its own station; a bank liaison only its bank', async () => {
    expect((await listAs('minato.manager')).nodes.map((n) => n.username)).toEqual(['minato.manager']);
    const chuo = (await listAs('chuo.manager')).nodes.map((n) => n.username).sort();
    expect(chuo).toEqual(['chuo.investigator', 'chuo.manager', 'chuo.supervisor']);
    const bank = await listAs('sakura.liaison');
    expect(bank.nodes.map((n) => n.username)).toEqual(['sakura.liaison']);
    expect(bank.text).not.toContain('midori');
  });

  it('the administrator sees everyone with account fields', async () => {
    const { nodes } = await listAs('admin');
    expect(nodes).toHaveLength(DEMO_USERS.length);
    const me = nodes.find((n) => n.username === 'admin')!;
    expect(me.active).toBe(true);
    expect(me.lastLoginAt).not.toBeNull();
    expect(me.redactedFields).toEqual([]);
  });

  it('refuses a filter or a sort on a hidden field with FORBIDDEN, echoing no value', async () => {
    const token = await t.login('hq.coordinator');
    const sorted = await t.gql('{ users(sort: { field: LAST_LOGIN_AT, direction: DESC }) { nodes { username } } }', {}, token);
    expect(sorted.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', details: [{ field: 'lastLoginAt', reason: 'FIELD_NOT_READABLE' }] });
    expect(sorted.body.data).toBeNull();
    for (const filter of ['{ lastLoginBefore: "2031-01-01T00:00:00Z" }', '{ active: true }']) {
      const filtered = await t.gql(`{ users(filter: ${filter}) { nodes { username } } }`, {}, token);
      expect(filtered.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(filtered.body.errors?.[0].message).not.toContain('2031');
      expect(filtered.text).not.toContain('hq.director');
    }
    // A readable field may be filtered and sorted on.
    const byRole = await t.gql('{ users(filter: { role: "station.manager" }, sort: { field: USERNAME }) { nodes { username } } }', {}, token);
    expect(byRole.body.data?.users.nodes).toEqual([{ username: 'chuo.manager' }, { username: 'minato.manager' }]);
  });

  it('answers not found for a hidden user exactly as for an id never used', async () => {
    const token = await t.login('hq.coordinator');
    const hidden = await t.gql('query($id: ID!) { user(id: $id) { id username } }', { id: ids.get('otsu.coordinator') }, token);
    const never = await t.gql('query($id: ID!) { user(id: $id) { id username } }', { id: randomUUID() }, token);
    expect(hidden.body).toEqual(never.body);
    expect(hidden.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const visible = await t.gql('query($id: ID!) { user(id: $id) { username } }', { id: ids.get('minato.manager') }, token);
    expect(visible.body.data?.user.username).toBe('minato.manager');
  });

  it('updates a user only on the version seen, only the permitted fields, and audits which fields', async () => {
    const admin = await t.login('admin');
    const id = ids.get('chuo.investigator')!;
    const update = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { displayName role version } }';
    const ok = await t.gql(update, { i: { id, version: 1, displayName: '中央署 捜査員 A' } }, admin);
    expect(ok.body.data?.updateUser).toEqual({ displayName: '中央署 捜査員 A', role: 'station.investigator', version: 2 });

    const stale = await t.gql(update, { i: { id, version: 1, displayName: 'stale' } }, admin);
    expect(stale.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ display_name }] = await t.dataSource.query('SELECT display_name FROM users WHERE id = $1', [id]);
    expect(display_name).toBe('中央署 捜査員 A');

    const wrongRole = await t.gql(update, { i: { id, version: 2, role: 'liaison' } }, admin);
    expect(wrongRole.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const unknownField = await t.gql(update, { i: { id, version: 2, password: 'typed-secret' } }, admin);
    expect(unknownField.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownField.body.errors?.[0].message).toContain('"password" is not defined');
    expect(unknownField.text).not.toContain('typed-secret');

    const notAdmin = await t.gql(update, { i: { id, version: 2, displayName: 'x' } }, await t.login('hq.coordinator'));
    expect(notAdmin.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const audit = await t.dataSource.query(
      `SELECT actor_username, subject_id, fields FROM audit_log WHERE action = 'identity.user.updated'`,
    );
    expect(audit).toEqual([{ actor_username: 'admin', subject_id: id, fields: ['displayName'] }]);
    expect(JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'))).not.toContain('捜査員 A');
  });

  it('a role change takes effect on the next request (the ability is rebuilt)', async () => {
    const admin = await t.login('admin');
    const id = ids.get('chuo.supervisor')!;
    const supervisor = await t.login('chuo.supervisor');
    expect((await t.gql(USERS, {}, supervisor)).body.data?.users.nodes).toHaveLength(3);
    const [{ version }] = await t.dataSource.query('SELECT version FROM users WHERE id = $1', [id]);
    const off = await t.gql('mutation($i: UpdateUserInput!) { updateUser(input: $i) { active } }', { i: { id, version, active: false } }, admin);
    expect(off.body.data?.updateUser.active).toBe(false);
    // Deactivation ends the sessions too.
    expect((await t.gql(USERS, {}, supervisor)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('batches nested agencies and units: the statement count does not grow with the page', async () => {
    const token = await t.login('admin');
    const counter = t.dataSource.logger as StatementCounter;
    const statementsFor = async (first: number) => {
      counter.reset();
      // sorted, so both pages start with users that have a unit
      const res = await t.gql(`{ users(first: ${first}, sort: { field: USERNAME }) { nodes { username agency { name } unit { name } } } }`, {}, token);
      expect(res.body.data!.users.nodes).toHaveLength(first);
      return counter.statements;
    };
    const small = await statementsFor(2);
    const large = await statementsFor(DEMO_USERS.length);
    expect(large).toBe(small);
    // session check, the page, agencies, units
    expect(small).toBeLessThanOrEqual(5);
  });

  it('checks the session once for an operation with several root fields', async () => {
    const token = await t.login('admin');
    const counter = t.dataSource.logger as StatementCounter;
    counter.reset();
    const one = await t.gql('{ agencies { id } }', {}, token);
    const single = counter.statements;
    counter.reset();
    const two = await t.gql('{ agencies { id } again: agencies { id } }', {}, token);
    expect(one.body.errors).toBeUndefined();
    expect(two.body.errors).toBeUndefined();
    // the second root field costs its own query, not a second session check
    expect(counter.statements).toBe(single + 1);
  });

  it('names agencies to everyone, but only the directory fields', async () => {
    const res = await t.gql('{ agencies { name kind active redactedFields } }', {}, await t.login('kotel.liaison'));
    const agencies = res.body.data?.agencies as { name: string; active: boolean | null; redactedFields: string[] }[];
    expect(agencies.map((a) => a.name)).toContain('さくら銀行');
    expect(agencies.every((a) => a.active === null && a.redactedFields.includes('active'))).toBe(true);
  });
});
