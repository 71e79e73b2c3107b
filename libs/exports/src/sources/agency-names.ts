import type { RequestContext } from '@renkei/core';
import type { DirectoryService } from '@renkei/identity';
import type { ExportRow } from '../exports.types';

/**
 * Agency names for the export cells, through the directory's own projected, batched read: an
 * agency the user may not read in the directory stays unnamed (redacted), as in GraphQL.
 */
export class AgencyNames {
  constructor(private readonly directory: DirectoryService) {}

  async name(ctx: RequestContext, agencyId: string): Promise<string | null> {
    const agency = (await this.directory.agency(ctx, agencyId)) as { name?: string | null } | null;
    return agency?.name ?? null;
  }

  /**
   * A row that reads through to the projected one (its (S) getters still record a read only
   * when a column reads them: nothing is spread) with extra values and redactions of its own.
   */
  static withExtra(projected: object, extra: Record<string, unknown>, extraRedacted: string[]): ExportRow {
    const row = Object.create(projected) as ExportRow & Record<string, unknown>;
    for (const [k, v] of Object.entries(extra)) Object.defineProperty(row, k, { value: v, enumerable: true });
    const base = ((projected as { redactedFields?: readonly string[] }).redactedFields ?? []) as readonly string[];
    Object.defineProperty(row, 'redactedFields', { value: [...base, ...extraRedacted], enumerable: true });
    return row;
  }
}
