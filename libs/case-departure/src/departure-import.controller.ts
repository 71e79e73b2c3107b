import { Body, Controller, Post, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsOptional, IsUUID } from 'class-validator';
import { BadInputError, type RequestContext } from '@renkei/core';
import { Allow, Ctx } from '@renkei/authz';
import { CASE, CaseAction } from '@renkei/cases';
import { DepartureImportService } from './departure-import.service';

class DepartureImportBody {
  /** immigration only (as in `fileDepartingResident`): the prefecture whose police HQ will own the cases */
  @IsOptional() @IsUUID() prefectureId?: string;
}

type MemoryFile = { originalname: string; buffer: Buffer; size: number };

/**
 * `POST /departure-imports`: immigration (or the police) upload a CSV of upcoming departures
 * (multipart `file`, and `prefectureId` for immigration), at most the upload limit
 * (ATTACHMENT_MAX_BYTES), parsed and filed synchronously. **Per row, not all-or-nothing**: each
 * valid row becomes a case in its own transaction (the rules of `fileDepartingResident`), each
 * bad row is listed as `{ line, reason }` (the header is line 1; a reason code, never the value),
 * and the others are filed regardless. A bad file (header, CSV syntax, too many rows) files
 * nothing; an error about the request itself (no prefecture, not allowed) refuses the upload.
 * Answers `{ created, cases: [{ line, id, reference }], failed, failedCount, perRow: true }`.
 */
@Controller('departure-imports')
export class DepartureImportController {
  constructor(private readonly imports: DepartureImportService) {}

  @Post()
  @Allow(CaseAction.CREATE, CASE)
  @UseInterceptors(FileInterceptor('file'))
  importDepartures(@Ctx() ctx: RequestContext, @Body() body: DepartureImportBody, @UploadedFile() file: MemoryFile | undefined) {
    if (!file?.buffer) throw new BadInputError('A CSV file is required', [{ field: 'file', reason: 'MISSING' }]);
    return this.imports.import(ctx, file.buffer, body.prefectureId ?? null);
  }
}
