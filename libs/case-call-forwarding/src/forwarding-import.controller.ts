import { Body, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsUUID } from 'class-validator';
import { BadInputError, type RequestContext } from '@renkei/core';
import { Allow, Ctx, UPDATE } from '@renkei/authz';
import { FORWARDING_NUMBER } from './call-forwarding.fields';
import { ForwardingImportService } from './forwarding-import.service';

class StartImportBody {
  @IsUUID() caseId: string;
}

type DiskFile = { filename: string; originalname: string; path: string; size: number };

/**
 * `importForwardingNumbers`: a multipart upload (`caseId`, `file`: the CSV), written straight
 * to disk under ATTACHMENTS_DIR/forwarding-imports by multer (never held in memory), then
 * imported by a BullMQ job. All-or-nothing. Follow it with the GraphQL query `forwardingImport(id)`.
 */
@Controller('forwarding-imports')
export class ForwardingImportController {
  constructor(private readonly imports: ForwardingImportService) {}

  @Post()
  @Allow(UPDATE, FORWARDING_NUMBER)
  @UseInterceptors(FileInterceptor('file'))
  async importForwardingNumbers(@Ctx() ctx: RequestContext, @Body() body: StartImportBody, @UploadedFile() file: DiskFile | undefined) {
    if (!file?.filename) throw new BadInputError('A CSV file is required', [{ field: 'file', reason: 'MISSING' }]);
    const row = await this.imports.start(ctx, body.caseId, { filename: file.filename, originalname: Buffer.from(file.originalname, 'latin1').toString('utf8') });
    return { id: row.id, caseId: row.caseId, state: row.state, allOrNothing: true };
  }
}
