import { Args, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { AuditService } from './audit.service';
import { AuditEntryConnection, AuditLogArgs } from './models/audit-entry.model';
import { AUDIT_ENTRY } from './audit.fields';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: '監査ログ（監察のみ）' })
  @Allow(READ, AUDIT_ENTRY)
  async auditLog(@Ctx() ctx: RequestContext, @Args() args: AuditLogArgs): Promise<AuditEntryConnection> {
    const page = await this.audit.list(ctx, args.filter ?? {}, args.first, args.after);
    return {
      pageInfo: page.pageInfo,
      nodes: page.nodes.map((n) => ({ ...n, id: n.id as string, details: n.details === null ? null : JSON.stringify(n.details) })),
    };
  }
}
