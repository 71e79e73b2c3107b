import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '@renkei/core';
import { FieldAccessService, READ, type Projected, type SqlFragment } from '@renkei/authz';

/** Fetches the rows of `subject` for many cases at once, under the row condition it is given. */
export type CaseRowsFetch<R> = (caseIds: readonly string[], rows: SqlFragment) => Promise<R[]>;

/**
 * The batched read behind every `Case.<typeDetail>` field: one statement for a whole page of
 * cases, only the rows the actor may read, each projected. One loader per subject per request,
 * so each subject has one fetch.
 */
@Injectable()
export class CaseRowsLoader {
  private readonly keys = new Map<string, symbol>();

  constructor(private readonly fields: FieldAccessService) {}

  many<R extends { caseId: string }>(ctx: RequestContext, subject: string, alias: string, caseId: string, fetch: CaseRowsFetch<R>): Promise<Projected<R>[]> {
    return this.loader(ctx, subject, alias, fetch).load(caseId);
  }

  async one<R extends { caseId: string }>(ctx: RequestContext, subject: string, alias: string, caseId: string, fetch: CaseRowsFetch<R>): Promise<Projected<R> | null> {
    return (await this.many(ctx, subject, alias, caseId, fetch))[0] ?? null;
  }

  private loader<R extends { caseId: string }>(ctx: RequestContext, subject: string, alias: string, fetch: CaseRowsFetch<R>) {
    let key = this.keys.get(subject);
    if (!key) {
      key = Symbol(`case-rows.${subject}`);
      this.keys.set(subject, key);
    }
    let loader = ctx.get<DataLoader<string, Projected<R>[]>>(key);
    if (!loader) {
      loader = new DataLoader<string, Projected<R>[]>(async (caseIds) => {
        const rows = await fetch(caseIds, this.fields.rowsSql(ctx, READ, subject, alias));
        return caseIds.map((id) => rows.filter((r) => r.caseId === id).map((r) => this.fields.project(ctx, subject, r)));
      });
      ctx.set(key, loader);
    }
    return loader;
  }
}
