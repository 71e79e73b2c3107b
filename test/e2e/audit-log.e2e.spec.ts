import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Injectable, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AgencyKind, Role, type RequestContext } from '@renkei/core';
import { Allow, Ctx, FieldAccessService, PolicyRegistry, READ } from '@renkei/authz';
import { startTestApp, type TestApp } from '../setup/test-app';

const VERIFY = resolve(__dirname, '../../dist/apps/api/src/cli/audit-verify.js');

/** A test-only protected type with a field marked (S), to see sensitive reads reach the log. */
@ObjectType()
class Specimen {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => String, { nullable: true }) cardNumber: string | null;
  @Field(() => [String]) redactedFields: string[];
}

@Injectable()
class SpecimenPolicy implements OnModuleInit, OnApplicationBootstrap {
  constructor(private readonly registry: PolicyRegistry) {}
  onModuleInit() {
    this.registry.registerSubject({
      name: 'Specimen',
      alwaysVisible: ['id'],
      groups: { label: ['label'], card: ['cardNumber'] },
      sensitive: ['cardNumber'],
      columns: { id: { expr: '{alias}.id' } },
    });
  }
  onApplicationBootstrap() {
    this.registry.registerAgencyPolicy({
      agencyKind: AgencyKind.POLICE_HQ,
      grants: [{ roles: [Role.HQ_DIRECTOR], subject: 'Specimen', access: 'R', groups: 'all' }],
    });
  }
}

@Resolver()
class SpecimenResolver {
  constructor(private readonly fields: FieldAccessService) {}
  @Query(() => Specimen)
  @Allow(READ, 'Specimen')
  specimen(@Ctx() ctx: RequestContext) {
    return this.fields.project(ctx, 'Specimen', { id: 'sp-1', label: 'demo', cardNumber: 'RZ48151623QX' });
  }
}

@Module({ providers: [SpecimenPolicy, SpecimenResolver] })
class SpecimenModule {}

describe('the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [SpecimenModule] });
  });
  afterAll(async () => {
    await t.close();
  });

  const verify = () =>
    spawnSync(process.execPath, [VERIFY], { env: { ...process.env, DATABASE_URL: t.db.url }, encoding: 'utf8' });

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await t.login('hq.director');
    for (const sql of ['UPDATE audit_log SET outcome = outcome', 'DELETE FROM audit_log', 'TRUNCATE audit_log']) {
      await expect(t.dataSource.query(sql)).rejects.toThrow(/append-only/);
    }
  });

  it('chains rows written by concurrent transactions, and the verify command says so', async () => {
    await Promise.all(['chuo.manager', 'minato.manager', 'kotel.liaison', 'sakura.liaison', 'admin'].map((u) => t.login(u)));
    await Promise.all(Array.from({ length: 10 }, () => t.gql('mutation { login(username: "x.y", password: "z") { accessToken } }')));
    const rows: { id: string; prev_hash: string; hash: string }[] = await t.dataSource.query('SELECT id, prev_hash, hash FROM audit_log ORDER BY id');
    expect(rows.length).toBeGreaterThan(15);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    const run = verify();
    expect(run.stdout).toMatch(new RegExp(`audit chain intact: ${rows.length} rows verified`));
    expect(run.status).toBe(0);
  });

  it('names the first row changed by hand in psql', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM audit_log WHERE action = 'identity.login' ORDER BY id LIMIT 1 OFFSET 2`);
    // What someone would have to do in psql: switch the guard off on purpose, then edit.
    await t.dataSource.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    await t.dataSource.query(`UPDATE audit_log SET outcome = 'failure' WHERE id = $1`, [id]);
    await t.dataSource.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    const run = verify();
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`BROKEN at row id=${id}`);
  });

  it('lets the auditor read the log, filtered, without any value', async () => {
    const token = await t.login('auditor');
    for (const u of ['hq.coordinator', 'chuo.supervisor', 'chuo.investigator', 'minato.manager']) await t.login(u);
    const res = await t.gql(
      '{ auditLog(first: 5, filter: { action: "identity.login" }) { nodes { id action outcome actorUsername hash } pageInfo { hasNextPage endCursor } } }',
      {},
      token,
    );
    expect(res.body.errors).toBeUndefined();
    const page = res.body.data!.auditLog;
    expect(page.nodes).toHaveLength(5);
    expect(page.nodes.every((n: { action: string }) => n.action === 'identity.login')).toBe(true);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(res.text).not.toContain('renkei-demo-2026');
    const next = await t.gql(
      'query($a: String) { auditLog(first: 5, after: $a, filter: { action: "identity.login" }) { nodes { id } } }',
      { a: page.pageInfo.endCursor },
      token,
    );
    const lastId = Number(page.nodes[4].id);
    const nextIds = (next.body.data!.auditLog.nodes as { id: string }[]).map((n) => Number(n.id));
    expect(nextIds.length).toBeGreaterThan(0);
    // newest first, and the next page starts strictly after the cursor
    expect(nextIds.every((id) => id < lastId)).toBe(true);
  });

  it("gives a prefecture's auditor its own prefecture's entries only", async () => {
    await t.login('otsu.coordinator');
    await t.login('kotel.liaison');
    const [ko] = await t.dataSource.query(`SELECT id FROM prefectures WHERE code = 'ko'`);
    const res = await t.gql('{ auditLog(first: 200) { nodes { actorUsername prefectureId } } }', {}, await t.login('auditor'));
    const nodes = res.body.data!.auditLog.nodes as { actorUsername: string; prefectureId: string }[];
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.every((n) => n.prefectureId === ko.id)).toBe(true);
    expect(res.text).not.toContain('otsu.coordinator');
    expect(res.text).not.toContain('kotel.liaison');
    expect(nodes.map((n) => n.actorUsername)).toContain('chuo.manager');
  });

  it('records a read of a field marked (S) when it is selected, and only then', async () => {
    const token = await t.login('hq.director');
    const count = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'authz.sensitive_read'`))[0].n as number;
    const before = await count();
    const without = await t.gql('{ specimen { id label } }', {}, token);
    expect(without.body.data?.specimen.label).toBe('demo');
    expect(await count()).toBe(before);
    const withCard = await t.gql('{ specimen { id cardNumber again: cardNumber } }', {}, token);
    expect(withCard.body.data?.specimen.cardNumber).toBe('RZ48151623QX');
    const rows = await t.dataSource.query(
      `SELECT actor_username, subject_type, subject_id, fields FROM audit_log WHERE action = 'authz.sensitive_read'`,
    );
    expect(rows).toEqual([{ actor_username: 'hq.director', subject_type: 'Specimen', subject_id: 'sp-1', fields: ['cardNumber'] }]);
    expect(JSON.stringify(rows)).not.toContain('RZ48151623QX');
  });
});
