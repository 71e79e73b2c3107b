import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { Clock, NotFoundError, TransactionRunner, type RequestContext } from '@renkei/core';
import { FieldAccessService, READ, type Projected } from '@renkei/authz';
import { CasesRepository } from './cases.repository';
import { CASE, CASE_EVENT, CaseAction, COMMENT } from './cases.fields';
import { CasesError, CasesErrorCode } from './cases.errors';
import { Audience, type CaseEventRow, type CommentRow } from './cases.types';

const COMMENTS = Symbol('cases.comments-by-case');
const EVENTS = Symbol('cases.events-by-case');

/**
 * Comments with an audience, and the timeline. Each user reads only the entries whose audience
 * includes them: police everything of the cases they read; an agency the "all parties" entries
 * of cases where it holds a task, and the entries addressed to it.
 */
@Injectable()
export class CommentsService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly fields: FieldAccessService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async add(ctx: RequestContext, input: { caseId: string; audience: Audience; audienceAgencyId?: string | null; body: string }): Promise<Projected<CommentRow>> {
    const actor = ctx.actor!;
    if ((input.audience === Audience.AGENCY) !== !!input.audienceAgencyId) {
      throw new CasesError(CasesErrorCode.AUDIENCE_AGENCY, [{ field: 'audienceAgencyId', reason: 'AUDIENCE_AGENCY' }]);
    }
    const id = await this.transactions.run(async (tx) => {
      const visible = await this.repository.findCase(input.caseId, this.fields.rowsSql(ctx, READ, CASE, 'c'), tx.em);
      const context = visible ? await this.repository.caseContext(tx.em, input.caseId) : null;
      if (!visible || !context) throw new NotFoundError('Case');
      const at = this.clock.now();
      const draft: CommentRow = {
        ...context, id: '', audience: input.audience, audienceAgencyId: input.audienceAgencyId ?? null, body: input.body,
        authorId: actor.userId, authorAgencyId: actor.agencyId, createdAt: at,
      };
      // The policy decides which audiences an actor may address (an agency: all parties or itself).
      if (!this.fields.canOn(ctx, CaseAction.CREATE, COMMENT, draft)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
      const commentId = await this.repository.insertComment(tx.em, { ...draft, at });
      await this.repository.insertEvent(tx.em, {
        caseId: input.caseId, at, actorUserId: actor.userId, type: 'comment.added', audience: input.audience,
        audienceAgencyId: input.audienceAgencyId ?? null, taskId: null, data: { commentId },
      });
      tx.emit({
        type: 'cases.comment.added', outcome: 'success', ctx, subjectType: COMMENT, subjectId: commentId, prefectureId: visible.prefectureId,
        details: { caseId: input.caseId, audience: input.audience, audienceAgencyId: input.audienceAgencyId ?? null },
      });
      return commentId;
    });
    const [created] = (await this.ofCase(ctx, input.caseId)).filter((c) => c.id === id);
    return created;
  }

  ofCase(ctx: RequestContext, caseId: string): Promise<Projected<CommentRow>[]> {
    let loader = ctx.get<DataLoader<string, Projected<CommentRow>[]>>(COMMENTS);
    if (!loader) {
      loader = new DataLoader(async (caseIds) => {
        const rows = await this.repository.commentsOfCases(caseIds, this.fields.rowsSql(ctx, READ, COMMENT, 'cm'));
        return caseIds.map((id) => rows.filter((r) => r.caseId === id).map((r) => this.fields.project(ctx, COMMENT, r)));
      }, { cache: false });
      ctx.set(COMMENTS, loader);
    }
    return loader.load(caseId);
  }

  timelineOf(ctx: RequestContext, caseId: string): Promise<Projected<CaseEventRow>[]> {
    let loader = ctx.get<DataLoader<string, Projected<CaseEventRow>[]>>(EVENTS);
    if (!loader) {
      loader = new DataLoader(async (caseIds) => {
        const rows = await this.repository.eventsOfCases(caseIds, this.fields.rowsSql(ctx, READ, CASE_EVENT, 'ev'));
        return caseIds.map((id) => rows.filter((r) => r.caseId === id).map((r) => this.fields.project(ctx, CASE_EVENT, r)));
      });
      ctx.set(EVENTS, loader);
    }
    return loader.load(caseId);
  }
}
