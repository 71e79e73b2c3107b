import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';

/** One case's type-specific cells: values read from projected rows, and the fields that were redacted. */
export type CaseExportDetailRow = Record<string, unknown> & { redactedFields: string[] };

/**
 * A case type's columns for case-list exports (e.g. a departure's resident and accounts). The
 * case-type lib reads them through its own projected, batched reads, so they hold exactly what
 * the user could read on `Case.<typeDetail>`; a case whose detail is not readable is absent
 * from the map (every detail cell of it is then redacted).
 */
export interface CaseExportDetail {
  type: string;
  columns: { field: string; header: string; width?: number }[];
  rows(ctx: RequestContext, caseIds: string[]): Promise<Map<string, CaseExportDetailRow>>;
}

/** The case types' export columns, by type; each case-type lib registers its own (the core never imports a case type). */
@Injectable()
export class CaseExportDetailRegistry {
  private readonly details = new Map<string, CaseExportDetail>();

  register(detail: CaseExportDetail): void {
    if (this.details.has(detail.type)) throw new Error(`case export detail ${detail.type} registered twice`);
    this.details.set(detail.type, detail);
  }

  get(type: string): CaseExportDetail | null {
    return this.details.get(type) ?? null;
  }
}
