import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { RequestContext } from '@renkei/core';
import { BadInputError } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { ATTACHMENT, CaseAction } from '../cases.fields';
import { Audience } from '../cases.types';
import { AttachmentsService } from './attachments.service';

class UploadAttachmentBody {
  @IsUUID() caseId: string;
  @IsIn(Object.values(Audience)) audience: Audience;
  @IsOptional() @IsUUID() audienceAgencyId?: string;
}

type UploadedFileLike = { originalname: string; mimetype: string; buffer: Buffer; size: number };
type ResponseLike = { setHeader(name: string, value: string): void; send(body: Buffer): void };

/**
 * Files travel over plain HTTP (multipart upload, download), beside GraphQL, which lists them
 * (`Case.attachments`). Same guard, same rules.
 */
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post()
  @Allow(CaseAction.CREATE, ATTACHMENT)
  @UseInterceptors(FileInterceptor('file'))
  async upload(@Ctx() ctx: RequestContext, @Body() body: UploadAttachmentBody, @UploadedFile() file: UploadedFileLike | undefined) {
    if (!file) throw new BadInputError('A file is required', [{ field: 'file', reason: 'MISSING' }]);
    const a = await this.attachments.upload(ctx, {
      caseId: body.caseId, audience: body.audience, audienceAgencyId: body.audienceAgencyId ?? null,
      fileName: Buffer.from(file.originalname, 'latin1').toString('utf8'), contentType: file.mimetype, bytes: file.buffer,
    });
    return { id: a.id, caseId: a.caseId, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.sizeBytes, sha256: a.sha256, audience: a.audience };
  }

  @Get(':id')
  @Allow(READ, ATTACHMENT)
  async download(@Ctx() ctx: RequestContext, @Param('id', ParseUUIDPipe) id: string, @Res() res: ResponseLike): Promise<void> {
    const { row, bytes } = await this.attachments.download(ctx, id);
    res.setHeader('Content-Type', row.contentType);
    res.setHeader('Content-Length', String(bytes.length));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Digest', `sha-256=${Buffer.from(row.sha256, 'hex').toString('base64')}`);
    res.send(bytes);
  }
}
