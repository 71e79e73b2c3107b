import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { TerminusModule } from '@nestjs/terminus';
import { AppErrorFilter, formatGraphqlError, type AppConfig } from '@renkei/core';
import { AccessControlModule } from '@renkei/authz';
import { IdentityModule } from '@renkei/identity';
import { AuditModule } from '@renkei/audit';
import { AgenciesModule } from '@renkei/agencies';
import { WorkflowModule } from '@renkei/workflow';
import { NotificationsModule } from '@renkei/notifications';
import { CasesModule } from '@renkei/cases';
import { RecruitmentCaseModule } from '@renkei/case-recruitment';
import { CallForwardingCaseModule } from '@renkei/case-call-forwarding';
import { DepartureCaseModule } from '@renkei/case-departure';
import { EvidenceRequestCaseModule } from '@renkei/case-evidence-request';
import { TipsModule } from '@renkei/tips';
import { ReportsModule } from '@renkei/reports';
import { ExportsModule } from '@renkei/exports';
import { InfrastructureModule } from './infrastructure.module';
import { HealthController } from './health/health.controller';
import { WebClientModule } from './web/web-client.module';

/** The API role: GraphQL at /graphql, /health, and the web client at / (when built). */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.graphqlIntrospection,
          playground: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
          formatError: formatGraphqlError,
          // No HTTP caching of answers that depend on who asks: the per-field cache-control
          // bookkeeping would only cost time (docs/PERFORMANCE.md).
          plugins: [ApolloServerPluginCacheControlDisabled()],
        }),
        TerminusModule,
        IdentityModule,
        AuditModule,
        WorkflowModule,
        NotificationsModule,
        CasesModule,
        RecruitmentCaseModule,
        CallForwardingCaseModule,
        DepartureCaseModule,
        EvidenceRequestCaseModule,
        ExportsModule,
        ReportsModule,
        TipsModule,
        AgenciesModule,
        AccessControlModule,
        WebClientModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: AppErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true, forbidUnknownValues: true }),
        },
      ],
    };
  }
}
