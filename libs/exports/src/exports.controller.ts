import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { ExportsService } from './exports.service';
import { EXPORT_JOB } from './exports.fields';

type ResponseLike = NodeJS.WritableStream & { setHeader(name: string, value: string): void; status(code: number): ResponseLike };

/** RFC 6266 / RFC 5987: an ASCII fallback name, and the real (Japanese) name percent-encoded as UTF-8. */
export function contentDisposition(fileName: string, asciiFallback: string): string {
  const ascii = asciiFallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\;]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The file of a finished export, for its requester only (anyone else: not found). Streamed from disk. */
@Controller('exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get(':id/download')
  @Allow(READ, EXPORT_JOB)
  async download(@Ctx() ctx: RequestContext, @Param('id', ParseUUIDPipe) id: string, @Res() res: ResponseLike): Promise<void> {
    const file = await this.exports.download(ctx, id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(file.fileName, file.asciiFileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Digest', `sha-256=${Buffer.from(file.sha256, 'hex').toString('base64')}`);
    await new Promise<void>((resolvePipe, reject) => {
      const stream = createReadStream(file.path);
      stream.on('error', reject);
      res.on('finish', () => resolvePipe());
      stream.pipe(res);
    });
  }
}
