/** The outbox participant with a fake repository: rules in, one row per (draft, recipient) out. */
import type { EntityManager } from 'typeorm';
import { FixedClock, RequestContext, type DomainEvent, type TransactionRunner } from '@renkei/core';
import { OutboxParticipant } from '../outbox.participant';
import { NotificationRuleRegistry } from '../notification-rule.registry';
import { NotificationsError } from '../notifications.errors';
import type { NotificationsRepository, OutboxInsert } from '../notifications.repository';

const USER_A = '11111111-1111-1111-1111-111111111111';
const USER_B = '33333333-3333-3333-3333-333333333333';
const AGENCY = '22222222-2222-2222-2222-222222222222';
const em = { marker: 'the transaction' } as unknown as EntityManager;

function setUp() {
  const registry = new NotificationRuleRegistry();
  const written: { em: EntityManager; rows: OutboxInsert[] }[] = [];
  const repository = { insertOutbox: async (m: EntityManager, rows: OutboxInsert[]) => void written.push({ em: m, rows }) } as unknown as NotificationsRepository;
  const participants: unknown[] = [];
  const transactions = { registerParticipant: (p: unknown) => participants.push(p) } as unknown as TransactionRunner;
  const clock = new FixedClock(new Date('2026-11-20T01:00:00Z'));
  const participant = new OutboxParticipant(registry, repository, transactions, clock);
  participant.onModuleInit();
  expect(participants).toEqual([participant]);
  return { registry, participant, written };
}

const ctx = new RequestContext(null, 'req-1', 'job');
const taskCreated = (subjectId: string): DomainEvent => ({
  type: 'cases.task.created', outcome: 'success', ctx, subjectType: 'Task', subjectId, details: { reference: '甲-2026-000123' },
});

describe('OutboxParticipant', () => {
  it('writes nothing, and runs no rule, for events nobody listens to', async () => {
    const { participant, written } = setUp();
    await participant.beforeCommit(em, [{ type: 'identity.login', outcome: 'success', ctx }]);
    expect(written).toEqual([]);
  });

  it('runs the rules in the transaction and writes one row per draft and recipient', async () => {
    const { registry, participant, written } = setUp();
    const seenTx: unknown[] = [];
    registry.register('cases.task.created', async (event, tx) => {
      seenTx.push(tx.em);
      return [
        {
          recipients: [{ kind: 'agency', agencyId: AGENCY, roles: ['liaison'] }, { kind: 'user', userId: USER_A }],
          kind: 'task.created', title: '新しい依頼', body: `参照番号 ${String(event.details!.reference)} に新しい依頼があります`,
          subjectType: 'Task', subjectId: event.subjectId!, reference: String(event.details!.reference),
        },
      ];
    });
    registry.register('cases.task.created', async (event) => [
      { recipients: [{ kind: 'user', userId: USER_B }], kind: 'task.created', title: '依頼の作成', body: '依頼を作成しました', subjectType: 'Task', subjectId: event.subjectId! },
    ]);
    await participant.beforeCommit(em, [{ type: 'identity.login', outcome: 'success', ctx }, taskCreated('T-1')]);
    expect(seenTx).toEqual([em]);
    expect(written).toHaveLength(1);
    expect(written[0].em).toBe(em);
    const rows = written[0].rows;
    expect(rows.map((r) => r.recipient)).toEqual([
      { kind: 'agency', agencyId: AGENCY, roles: ['liaison'] },
      { kind: 'user', userId: USER_A },
      { kind: 'user', userId: USER_B },
    ]);
    expect(rows[0]).toMatchObject({
      eventType: 'cases.task.created',
      createdAt: new Date('2026-11-20T01:00:00Z'),
      payload: {
        kind: 'task.created', title: '新しい依頼', body: '参照番号 甲-2026-000123 に新しい依頼があります',
        subjectType: 'Task', subjectId: 'T-1', reference: '甲-2026-000123', occurredAt: '2026-11-20T01:00:00.000Z',
      },
    });
    expect(rows[2].payload.reference).toBeNull();
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(3);
  });

  it('gives the same event raised in two transactions of one request different keys', async () => {
    const { registry, participant, written } = setUp();
    registry.register('cases.task.created', async (event) => [
      { recipients: [{ kind: 'user', userId: USER_A }], kind: 'task.created', title: '新しい依頼', body: '新しい依頼があります', subjectType: 'Task', subjectId: event.subjectId! },
    ]);
    const shared = new RequestContext(null, 'req-shared', 'job');
    await participant.beforeCommit(em, [{ ...taskCreated('T-1'), ctx: shared }]);
    await participant.beforeCommit(em, [{ ...taskCreated('T-1'), ctx: shared }]);
    expect(written[0].rows[0].idempotencyKey).not.toBe(written[1].rows[0].idempotencyKey);
  });

  it('fails the transaction on an invalid draft, so the change never commits without its notification', async () => {
    const { registry, participant, written } = setUp();
    registry.register('cases.task.created', async () => [
      { recipients: [], kind: 'task.created', title: '新しい依頼', body: '本文', subjectType: 'Task', subjectId: 'T-1' },
    ]);
    await expect(participant.beforeCommit(em, [taskCreated('T-1')])).rejects.toBeInstanceOf(NotificationsError);
    expect(written).toEqual([]);
  });

  it('refuses a rule for a malformed event type at registration', () => {
    const { registry } = setUp();
    expect(() => registry.register('TaskCreated', async () => [])).toThrow(NotificationsError);
  });
});
