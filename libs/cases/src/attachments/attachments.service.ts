import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import DataLoader from 'dataloader';
import { APP_CONFIG, BadInputError, Clock, NotFoundError, TransactionRunner, type AppConfig, type RequestContext } from '@renkei/core';
import { FieldAccessService, READ, type Projected } from '@renkei/authz';
import { CasesRepository } from '../cases.repository';
import { ATTACHMENT, CASE, CaseAction } from '../cases.fields';
import { CasesError, CasesErrorCode } from '../cases.errors';
import { Audience, type AttachmentRow } from '../cases.types';
import { AttachmentStorage } from './attachment-storage';
import { ALLOWED_CONTENT_TYPES, contentMatches } from './content-types';

const LOADER = Symbol('cases.attachments-by-case');

export interface UploadInput {
  caseId: string;
  audience: Audience;
  audienceAgencyId?: string | null;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** Attachments: size-limited, type-checked, stored with their SHA-256, read within their audience. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly storage: AttachmentStorage,
    private readonly fields: FieldAccessService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async upload(ctx: RequestContext, input: UploadInput): Promise<Projected<AttachmentRow>> {
    const actor = ctx.actor!;
    if (input.bytes.length === 0) throw new BadInputError('Empty file', [{ field: 'file', reason: 'EMPTY' }]);
    if (input.bytes.length > this.config.attachments.maxBytes) throw new BadInputError('File too large', [{ field: 'file', reason: 'TOO_LARGE' }]);
    if (!ALLOWED_CONTENT_TYPES.includes(input.contentType)) throw new BadInputError('File type not allowed', [{ field: 'file', reason: 'TYPE_NOT_ALLOWED' }]);
    if (!contentMatches(input.contentType, input.bytes)) throw new BadInputError('File content does not match its type', [{ field: 'file', reason: 'CONTENT_MISMATCH' }]);
    if ((input.audience === Audience.AGENCY) !== !!input.audienceAgencyId) {
      throw new CasesError(CasesErrorCode.AUDIENCE_AGENCY, [{ field: 'audienceAgencyId', reason: 'AUDIENCE_AGENCY' }]);
    }
    // No path, no control characters, a bounded length: the name is shown, never used as a path.
    const fileName = [...basename(input.fileName.replace(/\\/g, '/'))].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').slice(0, 200) || 'file';
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const storageKey = randomUUID();
    let stored = false;
    const id = await this.transactions.run(async (tx) => {
      const visible = await this.repository.findCase(input.caseId, this.fields.rowsSql(ctx, READ, CASE, 'c'), tx.em);
      const context = visible ? await this.repository.caseContext(tx.em, input.caseId) : null;
      if (!visible || !context) throw new NotFoundError('Case');
      const at = this.clock.now();
      const draft: AttachmentRow = {
        ...context, id: '', commentId: null, audience: input.audience, audienceAgencyId: input.audienceAgencyId ?? null, fileName,
        contentType: input.contentType, sizeBytes: input.bytes.length, sha256, storageKey, uploadedBy: actor.userId, uploadedAgencyId: actor.agencyId, createdAt: at,
      };
      if (!this.fields.canOn(ctx, CaseAction.CREATE, ATTACHMENT, draft)) throw new CasesError(CasesErrorCode.NOT_ALLOWED);
      // The bytes first: a row never points at a file that is not there.
      await this.storage.put(storageKey, input.bytes);
      stored = true;
      const attachmentId = await this.repository.insertAttachment(tx.em, draft);
      await this.repository.insertEvent(tx.em, {
        caseId: input.caseId, at, actorUserId: actor.userId, type: 'attachment.added', audience: draft.audience, audienceAgencyId: draft.audienceAgencyId, taskId: null,
        data: { attachmentId, sha256, sizeBytes: draft.sizeBytes },
      });
      tx.emit({
        type: 'cases.attachment.added', outcome: 'success', ctx, subjectType: ATTACHMENT, subjectId: attachmentId, prefectureId: visible.prefectureId,
        details: { caseId: input.caseId, sha256, sizeBytes: draft.sizeBytes, contentType: draft.contentType },
      });
      return attachmentId;
    }).catch(async (error: unknown) => {
      // The row rolled back: the file it would have pointed at goes too.
      if (stored) await this.storage.delete(storageKey).catch(() => undefined);
      throw error;
    });
    return this.get(ctx, id);
  }

  async get(ctx: RequestContext, id: string): Promise<Projected<AttachmentRow>> {
    const [row] = await this.repository.attachments({ id }, this.fields.rowsSql(ctx, READ, ATTACHMENT, 'at'));
    if (!row) throw new NotFoundError('Attachment');
    return this.project(ctx, row);
  }

  /** The bytes, checked against the stored SHA-256, and the download audited. */
  async download(ctx: RequestContext, id: string): Promise<{ row: AttachmentRow; bytes: Buffer }> {
    const [row] = await this.repository.attachments({ id }, this.fields.rowsSql(ctx, READ, ATTACHMENT, 'at'));
    if (!row || !this.fields.canOn(ctx, READ, ATTACHMENT, row, 'fileName')) throw new NotFoundError('Attachment');
    const bytes = await this.storage.get(row.storageKey);
    if (createHash('sha256').update(bytes).digest('hex') !== row.sha256) throw new Error(`attachment ${id} failed its integrity check`);
    await this.transactions.record({
      type: 'cases.attachment.downloaded', outcome: 'success', ctx, subjectType: ATTACHMENT, subjectId: id, prefectureId: row.casePrefectureId,
      details: { caseId: row.caseId, sha256: row.sha256 },
    });
    return { row, bytes };
  }

  ofCase(ctx: RequestContext, caseId: string): Promise<Projected<AttachmentRow>[]> {
    let loader = ctx.get<DataLoader<string, Projected<AttachmentRow>[]>>(LOADER);
    if (!loader) {
      loader = new DataLoader(async (caseIds) => {
        const rows = await this.repository.attachments({ caseIds }, this.fields.rowsSql(ctx, READ, ATTACHMENT, 'at'));
        return caseIds.map((id) => rows.filter((r) => r.caseId === id).map((r) => this.project(ctx, r)));
      });
      ctx.set(LOADER, loader);
    }
    return loader.load(caseId);
  }

  /** The storage key is internal: it never leaves the server. */
  private project(ctx: RequestContext, row: AttachmentRow): Projected<AttachmentRow> {
    return this.fields.project(ctx, ATTACHMENT, row);
  }
}
