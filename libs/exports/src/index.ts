export { ExportsModule, ExportsJobsModule } from './exports.module';
export { ExportSourceRegistry } from './export-source.registry';
export { ExportsService, EXPORT_RETENTION_DAYS, EXPORT_MAX_ROWS } from './exports.service';
export { EXPORT_JOB } from './exports.fields';
export { ExportsError, ExportsErrorCode } from './exports.errors';
export { REDACTED_NOTE, REDACTED_COLUMN } from './export-writer';
export { ExportFormat, ExportState, BuiltInExportSource, type ExportSource, type ExportColumn, type ExportRow, type ExportPage, type ExportCell } from './exports.types';
export { ExportJobModel } from './models/export-job.model';
export { ExportsQueue, ExportsJob, exportJobId } from './jobs/exports-queues';
