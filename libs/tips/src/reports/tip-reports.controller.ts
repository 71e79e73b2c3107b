import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { TipReportsService } from './tip-reports.service';
import { TIP_REPORT_FILE } from './tip-reports.fields';

type ResponseLike = { setHeader(name: string, value: string): void; end(body: Buffer): void };

/**
 * 第8条 "ダウンロード": the encrypted report file for 警察庁主管課. Declared on read (an unknown or
 * hidden id is "not found"); the download action itself is checked on the row by the service.
 */
@Controller('tip-reports')
export class TipReportsController {
  constructor(private readonly service: TipReportsService) {}

  @Get(':id/download')
  @Allow(READ, TIP_REPORT_FILE)
  async download(@Ctx() ctx: RequestContext, @Param('id', ParseUUIDPipe) id: string, @Res() res: ResponseLike): Promise<void> {
    const file = await this.service.download(ctx, id);
    // File names are ASCII by construction (reportFileName).
    res.setHeader('Content-Type', 'application/octet-stream');
    res.setHeader('Content-Length', String(file.bytes.length));
    res.setHeader('Content-Disposition', `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    res.end(file.bytes);
  }
}
