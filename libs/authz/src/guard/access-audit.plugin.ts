import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { ErrorCode, findAppError, RequestContext, TransactionRunner, type DomainEvent } from '@renkei/core';
import { REQUEST_CONTEXT_KEY } from './declarations';

type GqlContext = { req?: Record<string, unknown> };

/**
 * Writes what a GraphQL request revealed or was refused to the audit log before the response
 * leaves: every authorization denial, and every read of a field marked (S). Through domain
 * events, so the audit lib records them like any other.
 */
@Plugin()
export class AccessAuditPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(private readonly transactions: TransactionRunner) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const transactions = this.transactions;
    return {
      async willSendResponse(rc) {
        const ctx = rc.contextValue.req?.[REQUEST_CONTEXT_KEY] as RequestContext | undefined;
        if (!ctx) return;
        const events: DomainEvent[] = [];
        for (const error of rc.errors ?? []) {
          const app = findAppError(error);
          if (app?.code === ErrorCode.FORBIDDEN) {
            events.push({
              type: 'authz.denied',
              outcome: 'denied',
              ctx,
              fields: app.details.map((d) => d.field).filter((f): f is string => !!f),
              details: { operation: rc.operationName ?? null, path: error.path?.join('.') ?? null, reason: app.reason ?? null },
            });
          }
        }
        const seen = new Set<string>();
        for (const read of ctx.sensitiveReads.splice(0)) {
          const key = `${read.subjectType}:${read.subjectId}:${read.field}`;
          if (seen.has(key)) continue;
          seen.add(key);
          events.push({
            type: 'authz.sensitive_read',
            outcome: 'success',
            ctx,
            subjectType: read.subjectType,
            subjectId: read.subjectId,
            fields: [read.field],
          });
        }
        if (events.length > 0) await transactions.record(...events);
      },
    };
  }
}
