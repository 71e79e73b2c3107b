import { Injectable } from '@nestjs/common';
import { ExportsError, ExportsErrorCode } from './exports.errors';
import type { ExportSource } from './exports.types';

/**
 * The export sources, by name. Each lib registers its own in `onModuleInit` (the built-in case,
 * task and dashboard sources here; activity reports from libs/reports), so this lib never
 * imports the libs whose data it writes.
 */
@Injectable()
export class ExportSourceRegistry {
  private readonly sources = new Map<string, ExportSource<any>>();

  register<P>(source: ExportSource<P>): void {
    if (!/^[A-Z][A-Z0-9_]{1,39}$/.test(source.name)) throw new Error(`export source name ${source.name} is not UPPER_SNAKE`);
    if (this.sources.has(source.name)) throw new Error(`export source ${source.name} registered twice`);
    if (Array.isArray(source.columns) && source.columns.length === 0) throw new Error(`export source ${source.name} has no column`);
    this.sources.set(source.name, source);
  }

  get<P = Record<string, unknown>>(name: string): ExportSource<P> {
    const source = this.sources.get(name);
    if (!source) throw new ExportsError(ExportsErrorCode.UNKNOWN_SOURCE, [{ field: 'source', reason: 'UNKNOWN_SOURCE' }]);
    return source as ExportSource<P>;
  }

  names(): string[] {
    return [...this.sources.keys()].sort();
  }
}
