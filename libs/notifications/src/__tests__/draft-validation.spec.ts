/** The draft contract: what a rule may hand to the outbox, and how recipients are normalized. */
import { ErrorCode, Role } from '@renkei/core';
import { validateDraft } from '../draft-validation';
import { NotificationsError, NotificationsErrorCode } from '../notifications.errors';
import type { NotificationDraft } from '../notifications.types';

const USER = '11111111-1111-1111-1111-111111111111';
const AGENCY = '22222222-2222-2222-2222-222222222222';

const base: NotificationDraft = {
  recipients: [{ kind: 'user', userId: USER }],
  kind: 'task.created',
  title: '新しい依頼',
  body: '参照番号 甲-2026-000123 に新しい依頼があります',
  subjectType: 'Task',
  subjectId: 'T-1',
  reference: '甲-2026-000123',
};

function refusal(draft: NotificationDraft): NotificationsError {
  try {
    validateDraft(draft);
  } catch (error) {
    return error as NotificationsError;
  }
  throw new Error('the draft was accepted');
}

describe('validateDraft', () => {
  it('keeps a valid draft and normalizes its recipients', () => {
    const valid = validateDraft({
      ...base,
      recipients: [
        { kind: 'user', userId: USER.toUpperCase() },
        { kind: 'user', userId: USER },
        { kind: 'agency', agencyId: AGENCY, roles: [Role.STATION_SUPERVISOR, Role.STATION_MANAGER, Role.STATION_MANAGER] },
        { kind: 'agency', agencyId: AGENCY },
      ],
    });
    expect(valid.recipients).toEqual([
      { kind: 'user', userId: USER },
      { kind: 'agency', agencyId: AGENCY, roles: [Role.STATION_MANAGER, Role.STATION_SUPERVISOR] },
      { kind: 'agency', agencyId: AGENCY, roles: null },
    ]);
    expect(valid.reference).toBe('甲-2026-000123');
    expect(validateDraft({ ...base, reference: undefined }).reference).toBeNull();
  });

  it.each<[string, Partial<NotificationDraft>, string]>([
    ['no recipients', { recipients: [] }, 'recipients'],
    ['a malformed user id', { recipients: [{ kind: 'user', userId: 'chuo.manager' }] }, 'recipients'],
    ['an unknown role', { recipients: [{ kind: 'agency', agencyId: AGENCY, roles: ['bank.teller'] }] }, 'recipients.roles'],
    ['an empty role list', { recipients: [{ kind: 'agency', agencyId: AGENCY, roles: [] }] }, 'recipients.roles'],
    ['an empty title', { title: '  ' }, 'title'],
    ['a long title', { title: '通'.repeat(101) }, 'title'],
    ['an empty body', { body: '' }, 'body'],
    ['a malformed kind', { kind: 'Task Created' }, 'kind'],
    ['no subject', { subjectId: '' }, 'subjectId'],
  ])('refuses %s, naming the field and never the value', (_name, change, field) => {
    const error = refusal({ ...base, ...change });
    expect(error).toBeInstanceOf(NotificationsError);
    expect(error.code).toBe(ErrorCode.INTERNAL);
    expect(error.reason).toBe(NotificationsErrorCode.INVALID_DRAFT);
    expect(error.details.map((d) => d.field)).toContain(field);
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('chuo.manager');
  });
});
