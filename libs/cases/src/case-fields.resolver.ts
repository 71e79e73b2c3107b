import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Ctx } from '@renkei/authz';
import { CasesService } from './cases.service';
import { TasksService } from './tasks.service';
import { CommentsService } from './comments.service';
import { AttachmentModel, CaseEventModel, CaseLinkModel, CaseModel, CommentModel, TaskModel } from './models/case.models';
import { AttachmentsService } from './attachments/attachments.service';

/** Nested objects of a case, batched per request; each list holds only what the user may read. */
@Resolver(() => CaseModel)
export class CaseFieldsResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly comments: CommentsService,
    private readonly attachments: AttachmentsService,
  ) {}

  @ResolveField('attachments', () => [AttachmentModel])
  attachmentsOf(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.attachments.ofCase(ctx, c.id);
  }

  @ResolveField('tasks', () => [TaskModel])
  tasksOf(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.tasks.ofCase(ctx, c.id);
  }

  @ResolveField('comments', () => [CommentModel])
  commentsOf(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.comments.ofCase(ctx, c.id);
  }

  @ResolveField('timeline', () => [CaseEventModel])
  timelineOf(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.comments.timelineOf(ctx, c.id);
  }

  @ResolveField('links', () => [CaseLinkModel])
  linksOf(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.cases.links(ctx, c.id);
  }

  @ResolveField('availableTransitions', () => [String], { description: '今この利用者が行える状態遷移' })
  availableTransitions(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.cases.availableTransitions(ctx, c);
  }
}

/** The case a task belongs to, as the reader may see it (null where it may not read the case). */
@Resolver(() => TaskModel)
export class TaskFieldsResolver {
  constructor(private readonly cases: CasesService) {}

  @ResolveField('case', () => CaseModel, { nullable: true, description: '依頼の事案（閲覧できる場合）' })
  caseOf(@Ctx() ctx: RequestContext, @Parent() task: TaskModel) {
    return this.cases.byId(ctx, task.caseId);
  }
}
