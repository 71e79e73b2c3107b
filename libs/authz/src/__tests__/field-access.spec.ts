/**
 * FieldAccessService on a synthetic subject: projection (null / masked / sensitive reads),
 * deny by default, FORBIDDEN on queries and writes, registry validation and ability caching.
 */
import { AgencyKind, ErrorCode, ForbiddenError, RequestContext, Role, type Actor } from '@renkei/core';
import { AbilityFactory } from '../ability/ability.factory';
import { FieldAccessService } from '../fields/field-access.service';
import { PolicyDefinitionError, PolicyRegistry } from '../policy/policy-registry';
import type { AgencyPolicy, Grant, SubjectDefinition } from '../policy/policy.types';

const SUBJECT = 'Specimen';

const OWN_AGENCY = '11111111-1111-1111-1111-111111111111';
const OTHER_AGENCY = '22222222-2222-2222-2222-222222222222';
const PREFECTURE = '33333333-3333-3333-3333-333333333333';

const CARD = '4111222233335678';
const CARD_MASKED = '************5678';
const SECRET_NAME = 'Yamada Taro';

const SPECIMEN: SubjectDefinition = {
  name: SUBJECT,
  alwaysVisible: ['id'],
  groups: { public: ['name', 'status'], secret: ['cardNumber'] },
  sensitive: ['cardNumber'],
  masks: { cardNumber: 'last4' },
  columns: {
    id: { expr: '{alias}.id' },
    agencyId: { expr: '{alias}.agency_id' },
    prefectureId: { expr: '{alias}.prefecture_id' },
    name: { expr: '{alias}.name' },
    status: { expr: '{alias}.status' },
    cardNumber: { expr: '{alias}.card_number' },
  },
};

interface Specimen {
  id: string;
  agencyId: string;
  prefectureId: string | null;
  name: string | null;
  status: string | null;
  cardNumber: string | null;
}

const OWN = { agencyId: '$actor.agencyId' } as const;

/**
 * The synthetic policies:
 * - station investigator: public R on its agency's rows, secret masked on them;
 * - station manager: public R everywhere, public RW and secret R on its agency's rows;
 * - station supervisor: secret R on its agency's rows only;
 * - HQ director: everything R within its prefecture (`$actor.prefectureId`).
 * Nothing for any other role or agency kind.
 */
const STATION_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.POLICE_STATION,
  grants: [
    { roles: [Role.STATION_INVESTIGATOR], subject: SUBJECT, access: 'R', groups: ['public'], where: OWN },
    { roles: [Role.STATION_INVESTIGATOR], subject: SUBJECT, access: 'M', groups: ['secret'], where: OWN },
    { roles: [Role.STATION_MANAGER], subject: SUBJECT, access: 'R', groups: ['public'] },
    { roles: [Role.STATION_MANAGER], subject: SUBJECT, access: 'RW', groups: ['public'], where: OWN },
    { roles: [Role.STATION_MANAGER], subject: SUBJECT, access: 'R', groups: ['secret'], where: OWN },
    { roles: [Role.STATION_SUPERVISOR], subject: SUBJECT, access: 'R', groups: ['secret'], where: OWN },
  ],
};

const HQ_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.POLICE_HQ,
  grants: [{ roles: [Role.HQ_DIRECTOR], subject: SUBJECT, access: 'R', groups: 'all', where: { prefectureId: '$actor.prefectureId' } }],
};

function makeRegistry(): PolicyRegistry {
  const registry = new PolicyRegistry();
  registry.registerSubject(SPECIMEN);
  registry.registerAgencyPolicy(STATION_POLICY);
  registry.registerAgencyPolicy(HQ_POLICY);
  return registry;
}

function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    userId: 'aaaaaaaa-0000-0000-0000-000000000001',
    username: 'tester',
    sessionId: null,
    role: Role.STATION_INVESTIGATOR,
    agencyId: OWN_AGENCY,
    agencyKind: AgencyKind.POLICE_STATION,
    parentAgencyId: null,
    unitId: null,
    prefectureId: PREFECTURE,
    authzVersion: 1,
    ...overrides,
  };
}

function specimen(overrides: Partial<Specimen> = {}): Specimen {
  return {
    id: 'spec-1',
    agencyId: OWN_AGENCY,
    prefectureId: PREFECTURE,
    name: SECRET_NAME,
    status: 'open',
    cardNumber: CARD,
    ...overrides,
  };
}

const ALL_FIELDS = ['id', 'name', 'status', 'cardNumber'];

let registry: PolicyRegistry;
let service: FieldAccessService;

beforeEach(() => {
  registry = makeRegistry();
  service = new FieldAccessService(registry, new AbilityFactory(registry));
});

const ctxFor = (overrides: Partial<Actor> = {}) => new RequestContext(actor(overrides));

/** Runs `fn`, expects a ForbiddenError and returns it. */
function forbidden(fn: () => unknown): ForbiddenError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ForbiddenError);
  const error = caught as ForbiddenError;
  expect(error.code).toBe(ErrorCode.FORBIDDEN);
  expect(error.code).toBe('FORBIDDEN');
  return error;
}

/** Neither the message nor the details of an error may carry a row value. */
function expectNoValues(error: ForbiddenError, values: string[]): void {
  const text = JSON.stringify({ message: error.message, details: error.details, reason: error.reason });
  for (const v of values) expect(text).not.toContain(v);
}

describe('FieldAccessService.project', () => {
  it('returns a readable field as it is and nulls a forbidden one, naming it in redactedFields', () => {
    // The supervisor reads only the secret group (and the id) of its agency's rows.
    const p = service.project(ctxFor({ role: Role.STATION_SUPERVISOR }), SUBJECT, specimen());
    expect(p.id).toBe('spec-1');
    expect(p.name).toBeNull();
    expect(p.status).toBeNull();
    expect(p.redactedFields.sort()).toEqual(['name', 'status']);
    expect(p.redactedFields).not.toContain('id');
    expect(p.redactedFields).not.toContain('cardNumber');
    expect(JSON.stringify(p)).not.toContain(SECRET_NAME);
  });

  it('shows a masked field as its last four characters, never the raw value', () => {
    const p = service.project(ctxFor(), SUBJECT, specimen());
    expect(p.name).toBe(SECRET_NAME);
    expect(p.status).toBe('open');
    expect(p.cardNumber).toBe(CARD_MASKED);
    expect(p.cardNumber).toMatch(/^\*+5678$/);
    // masked is shown, not redacted
    expect(p.redactedFields).toEqual([]);
    const json = JSON.stringify(p);
    expect(json).not.toContain(CARD);
    expect(json).not.toContain(CARD.slice(0, -4));
  });

  it('masks a short value entirely and keeps NULL as NULL', () => {
    expect(service.project(ctxFor(), SUBJECT, specimen({ cardNumber: '1234' })).cardNumber).toBe('****');
    expect(service.project(ctxFor(), SUBJECT, specimen({ cardNumber: null })).cardNumber).toBeNull();
  });

  it('redacts everything on a row of another agency', () => {
    const ctx = ctxFor();
    const p = service.project(ctx, SUBJECT, specimen({ agencyId: OTHER_AGENCY }));
    for (const f of ALL_FIELDS) expect(p[f as keyof Specimen]).toBeNull();
    expect([...p.redactedFields].sort()).toEqual([...ALL_FIELDS].sort());
    const json = JSON.stringify(p);
    expect(json).not.toContain(CARD.slice(-4));
    expect(json).not.toContain(SECRET_NAME);
    expect(ctx.sensitiveReads).toEqual([]);
    expect(service.canOn(ctx, 'read', SUBJECT, specimen({ agencyId: OTHER_AGENCY }))).toBe(false);
    expect(service.canOn(ctx, 'read', SUBJECT, specimen())).toBe(true);
  });

  it('records one sensitive read when an (S) field is read, and none when it is not', () => {
    const managerCtx = ctxFor({ role: Role.STATION_MANAGER });
    const read = service.project(managerCtx, SUBJECT, specimen());
    expect(read.name).toBe(SECRET_NAME);
    expect(managerCtx.sensitiveReads).toEqual([]);
    expect(read.cardNumber).toBe(CARD);
    expect(managerCtx.sensitiveReads).toEqual([{ subjectType: SUBJECT, subjectId: 'spec-1', field: 'cardNumber' }]);

    const notReadCtx = ctxFor({ role: Role.STATION_MANAGER });
    const notRead = service.project(notReadCtx, SUBJECT, specimen());
    expect(notRead.name).toBe(SECRET_NAME);
    expect(notRead.status).toBe('open');
    expect(notRead.redactedFields).toEqual([]);
    expect(notReadCtx.sensitiveReads).toEqual([]);
  });

  it('records no sensitive read for a masked (S) field', () => {
    const ctx = ctxFor();
    expect(service.project(ctx, SUBJECT, specimen()).cardNumber).toBe(CARD_MASKED);
    expect(ctx.sensitiveReads).toEqual([]);
  });

  it('refuses a row that lacks a condition field (a wiring bug, not a denial)', () => {
    const { agencyId: _dropped, ...partial } = specimen();
    expect(() => service.project(ctxFor(), SUBJECT, partial)).toThrow(/agencyId/);
  });
});

describe('deny by default', () => {
  it('a grant whose $actor placeholder is null for the actor grants nothing', () => {
    const ctx = ctxFor({ role: Role.HQ_DIRECTOR, agencyKind: AgencyKind.POLICE_HQ, prefectureId: null });
    // a row whose prefecture is NULL too must not match a NULL placeholder
    for (const row of [specimen(), specimen({ prefectureId: null })]) {
      const p = service.project(ctx, SUBJECT, row);
      expect([...p.redactedFields].sort()).toEqual([...ALL_FIELDS].sort());
      expect(JSON.stringify(p)).not.toContain(SECRET_NAME);
      expect(service.canOn(ctx, 'read', SUBJECT, row)).toBe(false);
    }
    expect(service.can(ctx, 'read', SUBJECT)).toBe(false);
    expect(service.rowsSql(ctx, 'read', SUBJECT, 's').sql).toBe('1 = 0');
  });

  it('the same grant works once the placeholder has a value', () => {
    const ctx = ctxFor({ role: Role.HQ_DIRECTOR, agencyKind: AgencyKind.POLICE_HQ });
    const p = service.project(ctx, SUBJECT, specimen({ agencyId: OTHER_AGENCY }));
    expect(p.name).toBe(SECRET_NAME);
    expect(p.redactedFields).toEqual([]);
    expect(service.project(ctx, SUBJECT, specimen({ prefectureId: 'elsewhere' })).redactedFields).toHaveLength(ALL_FIELDS.length);
  });

  it.each([
    ['a role without a grant', { role: Role.AUDITOR }],
    ['an agency kind without a policy', { agencyKind: AgencyKind.CARRIER, role: Role.LIAISON }],
  ] as const)('%s sees nothing', (_label, overrides) => {
    const ctx = ctxFor(overrides);
    const p = service.project(ctx, SUBJECT, specimen());
    expect([...p.redactedFields].sort()).toEqual([...ALL_FIELDS].sort());
    expect(JSON.stringify(p)).not.toContain(SECRET_NAME);
    expect(JSON.stringify(p)).not.toContain('5678');
    expect(service.rowsSql(ctx, 'read', SUBJECT, 's')).toEqual({ sql: '1 = 0', params: {} });
    forbidden(() => service.assertCanQuery(ctx, SUBJECT, ['name']));
    forbidden(() => service.assertCanWrite(ctx, SUBJECT, specimen(), ['name']));
  });

  it('a deny grant whose placeholder is null for the actor denies without condition', () => {
    const registry = new PolicyRegistry();
    registry.registerSubject(SPECIMEN);
    registry.registerAgencyPolicy({
      agencyKind: AgencyKind.POLICE_HQ,
      grants: [
        { roles: [Role.HQ_DIRECTOR], subject: SUBJECT, access: 'R', groups: 'all' },
        { roles: [Role.HQ_DIRECTOR], subject: SUBJECT, access: 'R', groups: ['secret'], where: { prefectureId: '$actor.prefectureId' }, deny: true },
      ],
    });
    const denying = new FieldAccessService(registry, new AbilityFactory(registry));
    const withPrefecture = new RequestContext(actor({ role: Role.HQ_DIRECTOR, agencyKind: AgencyKind.POLICE_HQ }));
    const elsewhere = denying.project(withPrefecture, SUBJECT, specimen({ prefectureId: 'elsewhere' }));
    expect(elsewhere.cardNumber).toBe(CARD);
    // Without a prefecture the deny applies to every row, never to none.
    const without = new RequestContext(actor({ role: Role.HQ_DIRECTOR, agencyKind: AgencyKind.POLICE_HQ, prefectureId: null }));
    for (const row of [specimen(), specimen({ prefectureId: null }), specimen({ prefectureId: 'elsewhere' })]) {
      const p = denying.project(without, SUBJECT, row);
      expect(p.cardNumber).toBeNull();
      expect(p.redactedFields).toEqual(['cardNumber']);
      expect(p.name).toBe(SECRET_NAME);
    }
  });

  it('an anonymous context sees nothing', () => {
    const ctx = new RequestContext(null);
    expect(service.project(ctx, SUBJECT, specimen()).redactedFields).toHaveLength(ALL_FIELDS.length);
    expect(service.rowsSql(ctx, 'read', SUBJECT, 's').sql).toBe('1 = 0');
  });
});

describe('FieldAccessService.assertCanQuery / guardedColumn', () => {
  it('allows a filter on a readable field', () => {
    expect(() => service.assertCanQuery(ctxFor(), SUBJECT, ['name', 'status', 'id'])).not.toThrow();
  });

  it('refuses a field that is not readable, without echoing a value', () => {
    const error = forbidden(() => service.assertCanQuery(ctxFor({ role: Role.STATION_SUPERVISOR }), SUBJECT, ['name', 'cardNumber']));
    expect(error.details).toEqual([{ field: 'name', reason: 'FIELD_NOT_READABLE' }]);
    expectNoValues(error, [SECRET_NAME, CARD, '5678']);
  });

  it('refuses a field that is readable only masked', () => {
    const error = forbidden(() => service.assertCanQuery(ctxFor(), SUBJECT, ['cardNumber']));
    expect(error.details).toEqual([{ field: 'cardNumber', reason: 'FIELD_NOT_READABLE' }]);
    expectNoValues(error, [CARD, '5678', CARD_MASKED]);
  });

  it('refuses a field the subject does not have', () => {
    const error = forbidden(() => service.assertCanQuery(ctxFor({ role: Role.STATION_MANAGER }), SUBJECT, ['nope']));
    expect(error.details).toEqual([{ field: 'nope', reason: 'FIELD_NOT_READABLE' }]);
  });

  it('guardedColumn refuses like assertCanQuery', () => {
    const error = forbidden(() => service.guardedColumn(ctxFor(), SUBJECT, 'cardNumber', 's'));
    expectNoValues(error, [CARD, '5678']);
  });

  it('guardedColumn is the plain column when the field is readable on every readable row', () => {
    // the manager reads the public group on every row, unconditionally
    expect(service.guardedColumn(ctxFor({ role: Role.STATION_MANAGER }), SUBJECT, 'name', 's')).toEqual({ sql: 's.name', params: {} });
  });

  it('guardedColumn is a CASE expression when the field is readable only under a condition', () => {
    const fragment = service.guardedColumn(ctxFor({ role: Role.STATION_MANAGER }), SUBJECT, 'cardNumber', 's');
    expect(fragment.sql).toMatch(/^CASE WHEN .+ THEN s\.card_number END$/);
    expect(fragment.sql).toContain('s.agency_id');
    expect(Object.values(fragment.params)).toEqual([OWN_AGENCY]);
    for (const name of Object.keys(fragment.params)) expect(fragment.sql).toContain(`:${name}`);

    const investigator = service.guardedColumn(ctxFor(), SUBJECT, 'name', 's');
    expect(investigator.sql).toMatch(/^CASE WHEN .+ THEN s\.name END$/);
    expect(Object.values(investigator.params)).toEqual([OWN_AGENCY]);
  });
});

describe('FieldAccessService.readableQuery', () => {
  it('is the bare column inside the readable rows when the same condition grants the row and the field', () => {
    // the investigator reads rows and the public group under one condition (its agency's rows):
    // guardedColumn must test it per row, inside rowsSql's rows it already holds
    const q = service.readableQuery(ctxFor(), SUBJECT, 's');
    expect(q.rows.sql).toContain('s.agency_id');
    expect(q.column('name')).toEqual({ sql: 's.name', params: {} });
    expect(service.guardedColumn(ctxFor(), SUBJECT, 'name', 's').sql).toMatch(/^CASE WHEN/);
    const hq = service.readableQuery(ctxFor({ agencyKind: AgencyKind.POLICE_HQ, role: Role.HQ_DIRECTOR, prefectureId: PREFECTURE }), SUBJECT, 's');
    expect(hq.column('cardNumber')).toEqual({ sql: 's.card_number', params: {} });
  });

  it('keeps the CASE where some readable rows do not grant the field', () => {
    // the manager reads every row's public group, the secret group only on its agency's rows
    const q = service.readableQuery(ctxFor({ role: Role.STATION_MANAGER }), SUBJECT, 's');
    const card = q.column('cardNumber');
    expect(card.sql).toMatch(/^CASE WHEN .+ THEN s\.card_number END$/);
    expect(Object.values(card.params)).toEqual([OWN_AGENCY]);
    expect(q.column('name')).toEqual({ sql: 's.name', params: {} });
  });

  it('refuses a field that is not readable, or only masked, like assertCanQuery', () => {
    const supervisor = service.readableQuery(ctxFor({ role: Role.STATION_SUPERVISOR }), SUBJECT, 's');
    expect(forbidden(() => supervisor.column('name')).details).toEqual([{ field: 'name', reason: 'FIELD_NOT_READABLE' }]);
    const investigator = service.readableQuery(ctxFor(), SUBJECT, 's');
    expectNoValues(forbidden(() => investigator.column('cardNumber')), [CARD, '5678']);
    expect(forbidden(() => investigator.column('nope')).details).toEqual([{ field: 'nope', reason: 'FIELD_NOT_READABLE' }]);
  });
});

describe('FieldAccessService.assertCanWrite', () => {
  const manager = () => ctxFor({ role: Role.STATION_MANAGER });

  it('allows the fields of an RW grant on a matching row', () => {
    expect(() => service.assertCanWrite(manager(), SUBJECT, specimen(), ['name', 'status'])).not.toThrow();
  });

  it('refuses fields outside the grant, naming each refused field and no value', () => {
    const error = forbidden(() => service.assertCanWrite(manager(), SUBJECT, specimen(), ['name', 'cardNumber', 'id']));
    expect(error.details).toEqual([
      { field: 'cardNumber', reason: 'FIELD_NOT_WRITABLE' },
      { field: 'id', reason: 'FIELD_NOT_WRITABLE' },
    ]);
    expectNoValues(error, [CARD, SECRET_NAME, 'spec-1', OWN_AGENCY]);
  });

  it('refuses writes on a row of another agency', () => {
    const error = forbidden(() => service.assertCanWrite(manager(), SUBJECT, specimen({ agencyId: OTHER_AGENCY }), ['name']));
    expect(error.details).toEqual([{ field: 'name', reason: 'FIELD_NOT_WRITABLE' }]);
    expectNoValues(error, [SECRET_NAME, OTHER_AGENCY]);
  });

  it('refuses a write with no field on a row the actor may not update', () => {
    forbidden(() => service.assertCanWrite(manager(), SUBJECT, specimen({ agencyId: OTHER_AGENCY }), []));
  });

  it('refuses writes to a role that may only read', () => {
    forbidden(() => service.assertCanWrite(ctxFor(), SUBJECT, specimen(), ['name']));
  });
});

describe('PolicyRegistry validation', () => {
  const fresh = () => {
    const r = new PolicyRegistry();
    r.registerSubject(SPECIMEN);
    return r;
  };
  const base: Grant = { roles: [Role.STATION_MANAGER], subject: SUBJECT, access: 'R', groups: ['public'] };
  const register = (grant: Partial<Grant>) => () =>
    fresh().registerAgencyPolicy({ agencyKind: AgencyKind.POLICE_STATION, grants: [{ ...base, ...grant }] });

  it('accepts a valid grant', () => {
    expect(register({ where: OWN })).not.toThrow();
  });

  it.each<[string, Partial<Grant>]>([
    ['an unknown subject', { subject: 'Nope' }],
    ['an unknown group', { groups: ['nope'] }],
    ['an unknown $actor placeholder', { where: { agencyId: '$actor.nope' } }],
    ['an unsupported operator ($regex)', { where: { name: { $regex: '^Y' } } }],
    ['an unsupported operator ($exists)', { where: { name: { $exists: true } } }],
    ['a condition on an unmapped field', { where: { nope: 1 } }],
    ['an M grant on a field without a mask', { access: 'M', groups: ['public'] }],
  ])('refuses %s at registration', (_label, grant) => {
    expect(register(grant)).toThrow(PolicyDefinitionError);
  });

  it('leaves the registry unchanged when a policy is refused', () => {
    const r = fresh();
    const before = r.version;
    expect(() =>
      r.registerAgencyPolicy({ agencyKind: AgencyKind.POLICE_STATION, grants: [base, { ...base, groups: ['nope'] }] }),
    ).toThrow(PolicyDefinitionError);
    expect(r.version).toBe(before);
    expect(r.grantsFor(AgencyKind.POLICE_STATION, Role.STATION_MANAGER)).toEqual([]);
  });
});

describe('AbilityFactory caching', () => {
  it('gives the same actor the same ability object', () => {
    const factory = new AbilityFactory(registry);
    const a = actor();
    expect(factory.forActor(a)).toBe(factory.forActor({ ...a }));
  });

  it('builds a new ability when the authzVersion changes', () => {
    const factory = new AbilityFactory(registry);
    const a = actor();
    const first = factory.forActor(a);
    const bumped = factory.forActor({ ...a, authzVersion: 2 });
    expect(bumped).not.toBe(first);
    expect(factory.forActor({ ...a, authzVersion: 2 })).toBe(bumped);
  });

  it('builds a new ability when a policy is registered (registry.version changes)', () => {
    const factory = new AbilityFactory(registry);
    const a = actor({ role: Role.AUDITOR });
    const first = factory.forActor(a);
    expect(first.can('read', SUBJECT)).toBe(false);
    const version = registry.version;

    registry.registerAgencyPolicy({
      agencyKind: AgencyKind.POLICE_STATION,
      grants: [{ roles: [Role.AUDITOR], subject: SUBJECT, access: 'R', groups: ['public'] }],
    });
    expect(registry.version).not.toBe(version);
    const second = factory.forActor(a);
    expect(second).not.toBe(first);
    expect(second.can('read', SUBJECT, 'name')).toBe(true);
  });

  it('keeps one ability per request context', () => {
    const ctx = ctxFor();
    expect(service.ability(ctx)).toBe(service.ability(ctx));
  });
});
