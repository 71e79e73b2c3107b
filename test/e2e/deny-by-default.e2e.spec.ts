import { Module, RequestMethod } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { Query, Resolver } from '@nestjs/graphql';
import { printSchema, type GraphQLSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_DECLARATION, type AccessDeclaration } from '@renkei/authz';
import { startTestApp, type TestApp } from '../setup/test-app';

/** A resolver that forgot its declaration: the guard must refuse it. */
@Resolver()
class ForgetfulResolver {
  @Query(() => String)
  forgottenDeclaration(): string {
    return 'should-never-be-returned';
  }
}

@Module({ imports: [DiscoveryModule], providers: [ForgetfulResolver] })
class ForgetfulModule {}

type Row = { entry: string; declaration: string };

function describeDeclaration(d: AccessDeclaration | undefined): string {
  if (!d) return 'NONE';
  return d.kind === 'ability' ? `allow ${d.action} ${d.subject}` : d.kind;
}

/** Every root GraphQL field and REST route of the app, with what it declares. */
function listDeclarations(t: TestApp): Row[] {
  const discovery = t.app.get(DiscoveryService, { strict: false });
  const scanner = t.app.get(MetadataScanner, { strict: false });
  const reflector = t.app.get(Reflector);
  const rows: Row[] = [];
  for (const wrapper of [...discovery.getProviders(), ...discovery.getControllers()]) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const proto = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(proto)) {
      const handler = proto[method];
      const gqlType = Reflect.getMetadata('graphql:resolver_type', handler) as string | undefined;
      const gqlName = Reflect.getMetadata('graphql:resolver_name', handler) as string | undefined;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const isRoute = Reflect.getMetadata(METHOD_METADATA, handler) !== undefined && path !== undefined;
      if (gqlType === 'Query' || gqlType === 'Mutation') {
        const decl = reflector.getAllAndOverride<AccessDeclaration>(ACCESS_DECLARATION, [handler, wrapper.metatype]);
        // The field is named after the method unless the decorator names it.
        rows.push({ entry: `${gqlType}.${gqlName ?? method}`, declaration: describeDeclaration(decl) });
      } else if (isRoute) {
        const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype) as string;
        const decl = reflector.getAllAndOverride<AccessDeclaration>(ACCESS_DECLARATION, [handler, wrapper.metatype]);
        const verb = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        rows.push({ entry: `${verb} /${[base, path].filter((p) => p && p !== '/').join('/')}`, declaration: describeDeclaration(decl) });
      }
    }
  }
  return rows.sort((a, b) => a.entry.localeCompare(b.entry));
}

describe('deny by default', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [ForgetfulModule] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists every resolver and route with its declaration', () => {
    const rows = listDeclarations(t);
    // The reviewed list: a new entry point must be added here with its declaration.
    expect(rows).toEqual([
      { entry: 'GET /attachments/:id', declaration: 'allow read Attachment' },
      { entry: 'GET /exports/:id/download', declaration: 'allow read ExportJob' },
      { entry: 'GET /health', declaration: 'public' },
      { entry: 'GET /tip-reports/:id/download', declaration: 'allow read TipReportFile' },
      { entry: 'Mutation.acknowledgeTask', declaration: 'allow answer Task' },
      { entry: 'Mutation.addComment', declaration: 'allow create Comment' },
      { entry: 'Mutation.addDepartureImmigrationNote', declaration: 'allow update DepartureImmigrationNote' },
      { entry: 'Mutation.addDepartureRiskNote', declaration: 'allow update DepartureRiskNote' },
      { entry: 'Mutation.addTipInformation', declaration: 'public' },
      { entry: 'Mutation.answerDepartureAccount', declaration: 'allow update DepartureAccount' },
      { entry: 'Mutation.answerDepartureContract', declaration: 'allow update DepartureContract' },
      { entry: 'Mutation.answerSuspension', declaration: 'allow update ForwardingNumber' },
      { entry: 'Mutation.answerTask', declaration: 'allow answer Task' },
      { entry: 'Mutation.approveActivityReport', declaration: 'allow approve ActivityReport' },
      { entry: 'Mutation.assignCase', declaration: 'allow assign Case' },
      { entry: 'Mutation.classifyTip', declaration: 'allow classify Tip' },
      { entry: 'Mutation.createActivityReport', declaration: 'allow create ActivityReport' },
      { entry: 'Mutation.createTask', declaration: 'allow create Task' },
      { entry: 'Mutation.deactivateWebhookEndpoint', declaration: 'allow update WebhookEndpoint' },
      { entry: 'Mutation.decideTipReward', declaration: 'allow decideReward Tip' },
      { entry: 'Mutation.fileDepartingResident', declaration: 'allow create Case' },
      { entry: 'Mutation.fileEvidenceRequest', declaration: 'allow create Case' },
      { entry: 'Mutation.fileForwardingProvider', declaration: 'allow create Case' },
      { entry: 'Mutation.fileRecruitmentPost', declaration: 'allow create Case' },
      { entry: 'Mutation.forwardTip', declaration: 'allow forward Tip' },
      { entry: 'Mutation.generateTipReport', declaration: 'allow create TipReportFile' },
      { entry: 'Mutation.login', declaration: 'public' },
      { entry: 'Mutation.logout', declaration: 'authenticated' },
      { entry: 'Mutation.markNotificationsRead', declaration: 'authenticated' },
      { entry: 'Mutation.openCaseFromTip', declaration: 'allow openCase Tip' },
      { entry: 'Mutation.recordEvidenceRequestReceived', declaration: 'allow update EvidenceRequest' },
      { entry: 'Mutation.recordPhoneTip', declaration: 'allow create Tip' },
      { entry: 'Mutation.recordRecruitmentTakedown', declaration: 'allow recordTakedown RecruitmentPost' },
      { entry: 'Mutation.recordRewardPayment', declaration: 'allow recordPayment Tip' },
      { entry: 'Mutation.recordTipInformation', declaration: 'allow recordInformation Tip' },
      { entry: 'Mutation.referRecruitmentToLabourBureau', declaration: 'allow create Task' },
      { entry: 'Mutation.referToRegulator', declaration: 'allow referToRegulator ForwardingProvider' },
      { entry: 'Mutation.refreshAccessToken', declaration: 'authenticated' },
      { entry: 'Mutation.registerWebhookEndpoint', declaration: 'allow create WebhookEndpoint' },
      { entry: 'Mutation.rejectTask', declaration: 'allow answer Task' },
      { entry: 'Mutation.reportSupervisoryAction', declaration: 'allow update RegulatorReferral' },
      { entry: 'Mutation.requestActivityReportExport', declaration: 'allow read ActivityReport' },
      { entry: 'Mutation.requestCaseExport', declaration: 'allow read Case' },
      { entry: 'Mutation.requestDashboardExport', declaration: 'allow read Task' },
      { entry: 'Mutation.requestRecruitmentSubscriber', declaration: 'allow create Task' },
      { entry: 'Mutation.requestSuspension', declaration: 'allow requestSuspension ForwardingProvider' },
      { entry: 'Mutation.requestTaskExport', declaration: 'allow read Task' },
      { entry: 'Mutation.requestTipInformation', declaration: 'allow requestInformation Tip' },
      { entry: 'Mutation.restrictStockNumbers', declaration: 'allow requestSuspension ForwardingProvider' },
      { entry: 'Mutation.returnActivityReport', declaration: 'allow return ActivityReport' },
      { entry: 'Mutation.revokeUserSessions', declaration: 'allow revokeSessions User' },
      { entry: 'Mutation.setLabourReferralStatus', declaration: 'allow update RecruitmentPost' },
      { entry: 'Mutation.submitActivityReport', declaration: 'allow submit ActivityReport' },
      { entry: 'Mutation.submitTip', declaration: 'public' },
      { entry: 'Mutation.tipsterView', declaration: 'public' },
      { entry: 'Mutation.transitionCase', declaration: 'allow transition Case' },
      { entry: 'Mutation.transitionEvidenceRequest', declaration: 'allow transition Case' },
      { entry: 'Mutation.updateActivityReport', declaration: 'allow update ActivityReport' },
      { entry: 'Mutation.updateRecruitmentInvestigation', declaration: 'allow update RecruitmentPost' },
      { entry: 'Mutation.updateUser', declaration: 'allow update User' },
      { entry: 'Mutation.withdrawTask', declaration: 'allow withdraw Task' },
      { entry: 'Mutation.withdrawTipInformationRequest', declaration: 'allow requestInformation Tip' },
      { entry: 'POST /attachments', declaration: 'allow create Attachment' },
      { entry: 'POST /departure-imports', declaration: 'allow create Case' },
      { entry: 'POST /forwarding-imports', declaration: 'allow update ForwardingNumber' },
      { entry: 'Query.activityReport', declaration: 'allow read ActivityReport' },
      { entry: 'Query.activityReports', declaration: 'allow read ActivityReport' },
      { entry: 'Query.activityReportTotals', declaration: 'allow read ActivityReport' },
      { entry: 'Query.agencies', declaration: 'allow read Agency' },
      { entry: 'Query.auditLog', declaration: 'allow read AuditEntry' },
      { entry: 'Query.case', declaration: 'allow read Case' },
      { entry: 'Query.cases', declaration: 'allow read Case' },
      { entry: 'Query.dashboard', declaration: 'allow read Task' },
      { entry: 'Query.exportJob', declaration: 'allow read ExportJob' },
      { entry: 'Query.forgottenDeclaration', declaration: 'NONE' },
      { entry: 'Query.forwardingContractHolders', declaration: 'allow read ForwardingDamage' },
      { entry: 'Query.forwardingImport', declaration: 'allow update ForwardingNumber' },
      { entry: 'Query.me', declaration: 'authenticated' },
      { entry: 'Query.myExports', declaration: 'allow read ExportJob' },
      { entry: 'Query.myTasks', declaration: 'allow read Task' },
      { entry: 'Query.notifications', declaration: 'authenticated' },
      { entry: 'Query.rewardLedger', declaration: 'allow read Tip' },
      { entry: 'Query.task', declaration: 'allow read Task' },
      { entry: 'Query.tasks', declaration: 'allow read Task' },
      { entry: 'Query.tip', declaration: 'allow read Tip' },
      { entry: 'Query.tipNotices', declaration: 'public' },
      { entry: 'Query.tipReportFiles', declaration: 'allow read TipReportFile' },
      { entry: 'Query.tips', declaration: 'allow read Tip' },
      { entry: 'Query.unreadNotificationCount', declaration: 'authenticated' },
      { entry: 'Query.user', declaration: 'allow read User' },
      { entry: 'Query.users', declaration: 'allow read User' },
      { entry: 'Query.webhookEndpoints', declaration: 'allow read WebhookEndpoint' },
    ]);
  });

  it('covers every root field of the schema', () => {
    const schema: GraphQLSchema = t.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
    ].sort();
    const listed = listDeclarations(t).map((r) => r.entry).filter((e) => !/^(GET|POST|PUT|PATCH|DELETE) /.test(e));
    expect(listed.sort()).toEqual(fields);
    expect(schema.getSubscriptionType()).toBeFalsy();
    expect(printSchema(schema)).toContain('redactedFields');
  });

  it('refuses a resolver without a declaration, even for a signed-in administrator', async () => {
    const token = await t.login('admin');
    for (const auth of [undefined, token]) {
      const res = await t.gql('{ forgottenDeclaration }', {}, auth);
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHZ.NO_DECLARATION' });
      expect(res.text).not.toContain('should-never-be-returned');
    }
    const denials = await t.dataSource.query(
      `SELECT details FROM audit_log WHERE action = 'authz.denied' AND details->>'reason' = 'AUTHZ.NO_DECLARATION'`,
    );
    expect(denials.length).toBe(2);
  });

  it('refuses an ability the role does not have, and audits the denial', async () => {
    const token = await t.login('sakura.liaison');
    const res = await t.gql('{ auditLog { nodes { id action } } }', {}, token);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTHZ.ACTION_NOT_ALLOWED' });
    expect(res.body.data).toBeNull();
    const rows = await t.dataSource.query(
      `SELECT actor_username FROM audit_log WHERE action = 'authz.denied' AND details->>'path' = 'auditLog'`,
    );
    expect(rows).toEqual([{ actor_username: 'sakura.liaison' }]);
  });
});
