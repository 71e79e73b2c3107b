import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { CasesService } from './cases.service';
import { TasksService } from './tasks.service';
import { CommentsService } from './comments.service';
import { CASE, CaseAction, COMMENT, TASK } from './cases.fields';
import { CaseConnection, CaseModel, CommentModel, TaskConnection, TaskModel } from './models/case.models';
import { AssignCaseInput, AddCommentInput, AnswerTaskInput, CaseSortField, CasesArgs, CreateTaskInput, MyTasksArgs,
  TasksArgs, RejectTaskInput, TaskVersionInput, TransitionCaseInput } from './dto/case.inputs';

/** Root queries and mutations of the case core; thin: the rules live in the services. */
@Resolver()
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly comments: CommentsService,
  ) {}

  @Query(() => CaseConnection, { name: 'cases', description: '事案の一覧（閲覧できる事案・項目のみ）' })
  @Allow(READ, CASE)
  casesList(@Ctx() ctx: RequestContext, @Args() args: CasesArgs) {
    const sort = args.sort ?? { field: CaseSortField.FILED_AT, direction: 'DESC' as const };
    return this.cases.list(ctx, args.filter ?? {}, { field: sort.field, direction: sort.direction }, args.first, args.after);
  }

  @Query(() => CaseModel, { name: 'case', description: '事案1件' })
  @Allow(READ, CASE)
  caseById(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.cases.get(ctx, id);
  }

  @Query(() => TaskConnection, { description: '自機関あての依頼（期限の早い順）' })
  @Allow(READ, TASK)
  myTasks(@Ctx() ctx: RequestContext, @Args() args: MyTasksArgs) {
    return this.tasks.inbox(ctx, args.filter ?? {}, args.first, args.after);
  }

  @Query(() => TaskConnection, { name: 'tasks', description: '閲覧できるすべての依頼（依頼先・状態・期限超過で絞込み、期限の早い順）' })
  @Allow(READ, TASK)
  visibleTasks(@Ctx() ctx: RequestContext, @Args() args: TasksArgs) {
    return this.tasks.listVisible(ctx, args.filter ?? {}, args.first, args.after);
  }

  @Query(() => TaskModel, { description: '依頼1件' })
  @Allow(READ, TASK)
  task(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.tasks.get(ctx, id);
  }

  @Mutation(() => CaseModel, { description: '事案の状態を進める（版数が一致するときのみ）' })
  @Allow(CaseAction.TRANSITION, CASE)
  transitionCase(@Ctx() ctx: RequestContext, @Args('input') input: TransitionCaseInput) {
    return this.cases.transition(ctx, input.caseId, input.version, input.transition);
  }

  @Mutation(() => CaseModel, { description: '担当捜査員の指定（版数が一致するときのみ）' })
  @Allow(CaseAction.ASSIGN, CASE)
  assignCase(@Ctx() ctx: RequestContext, @Args('input') input: AssignCaseInput) {
    return this.cases.assign(ctx, input.caseId, input.version, input.userIds);
  }

  @Mutation(() => TaskModel, { description: '関係機関への依頼を作成' })
  @Allow(CaseAction.CREATE, TASK)
  createTask(@Ctx() ctx: RequestContext, @Args('input') input: CreateTaskInput) {
    return this.tasks.create(ctx, input);
  }

  @Mutation(() => TaskModel, { description: '依頼の受領' })
  @Allow(CaseAction.ANSWER, TASK)
  acknowledgeTask(@Ctx() ctx: RequestContext, @Args('input') input: TaskVersionInput) {
    return this.tasks.acknowledge(ctx, input.taskId, input.version);
  }

  @Mutation(() => TaskModel, { description: '依頼への回答' })
  @Allow(CaseAction.ANSWER, TASK)
  answerTask(@Ctx() ctx: RequestContext, @Args('input') input: AnswerTaskInput) {
    return this.tasks.answer(ctx, input.taskId, input.version, input.answer);
  }

  @Mutation(() => TaskModel, { description: '依頼の謝絶（理由つき）' })
  @Allow(CaseAction.ANSWER, TASK)
  rejectTask(@Ctx() ctx: RequestContext, @Args('input') input: RejectTaskInput) {
    return this.tasks.reject(ctx, input.taskId, input.version, input.reason);
  }

  @Mutation(() => TaskModel, { description: '依頼の取下げ' })
  @Allow(CaseAction.WITHDRAW, TASK)
  withdrawTask(@Ctx() ctx: RequestContext, @Args('input') input: TaskVersionInput) {
    return this.tasks.withdraw(ctx, input.taskId, input.version);
  }

  @Mutation(() => CommentModel, { description: 'コメントの追加（閲覧範囲を指定）' })
  @Allow(CaseAction.CREATE, COMMENT)
  addComment(@Ctx() ctx: RequestContext, @Args('input') input: AddCommentInput) {
    return this.comments.add(ctx, input);
  }
}
