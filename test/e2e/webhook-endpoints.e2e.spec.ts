import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../setup/test-app';

const REGISTER = 'mutation($i: RegisterWebhookInput!) { registerWebhookEndpoint(input: $i) { secret endpoint { id agencyId url eventTypes active } } }';
const LIST = '{ webhookEndpoints { id url active } }';

describe('agencies configure their own webhooks', () => {
  let t: TestApp;
  const agencies = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    for (const a of await t.dataSource.query('SELECT id, code FROM agencies')) agencies.set(a.code, a.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers an endpoint for known events and shows the secret once', async () => {
    const bank = await t.login('sakura.liaison');
    const res = await t.gql(REGISTER, { i: { url: 'https://hooks.sakura.example/renkei', eventTypes: ['cases.task.created', 'cases.task.overdue'] } }, bank);
    expect(res.body.errors).toBeUndefined();
    const { secret, endpoint } = res.body.data!.registerWebhookEndpoint;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ agencyId: agencies.get('sakura-bank'), active: true, eventTypes: ['cases.task.created', 'cases.task.overdue'] });
    const list = await t.gql(LIST, {}, bank);
    expect(list.body.data!.webhookEndpoints).toEqual([{ id: endpoint.id, url: 'https://hooks.sakura.example/renkei', active: true }]);
    expect(list.text).not.toContain(secret);
    const [{ secret: stored }] = await t.dataSource.query('SELECT secret FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(stored).toBe(secret);
    const audit = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_log'));
    expect(audit).not.toContain(secret);
  });

  it("keeps every agency to its own endpoints", async () => {
    const carrier = await t.login('kotel.liaison');
    expect((await t.gql(LIST, {}, carrier)).body.data!.webhookEndpoints).toEqual([]);
    const forOther = await t.gql(REGISTER, { i: { url: 'https://evil.example/x', eventTypes: ['cases.task.created'], agencyId: agencies.get('sakura-bank') } }, carrier);
    expect(forOther.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ id }] = await t.dataSource.query('SELECT id FROM webhook_endpoints');
    const stop = 'mutation($id: ID!) { deactivateWebhookEndpoint(id: $id) { active } }';
    const hidden = await t.gql(stop, { id }, carrier);
    const never = await t.gql(stop, { id: randomUUID() }, carrier);
    expect(hidden.body).toEqual(never.body);
    expect(hidden.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const police = await t.gql(LIST, {}, await t.login('hq.coordinator'));
    expect(police.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await t.gql(stop, { id }, await t.login('sakura.liaison'));
    expect(own.body.data!.deactivateWebhookEndpoint.active).toBe(false);
  });

  it('refuses unknown event types and bad URLs', async () => {
    const bank = await t.login('midori.liaison');
    const unknown = await t.gql(REGISTER, { i: { url: 'https://h.example/x', eventTypes: ['cases.tsk.created'] } }, bank);
    expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    for (const url of ['ftp://h.example/x', 'https://user:pw@h.example/x', 'not a url']) {
      const bad = await t.gql(REGISTER, { i: { url, eventTypes: ['cases.task.created'] } }, bank);
      expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
