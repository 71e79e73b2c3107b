import type { SubjectDefinition } from '@renkei/authz';

/** A generated report file to 警察庁 (seed 003 第7条・第8条) as a protected type. */
export const TIP_REPORT_FILE = 'TipReportFile';

export enum TipReportFileAction {
  /** generate (build, encrypt and store) a report: the contractor's 受付者 */
  CREATE = 'create',
  /** take the encrypted file: 警察庁主管課, the recipient (第8条 "ダウンロード") */
  DOWNLOAD = 'download',
}

/**
 * Only the file's metadata is a field; its bytes are reachable only through the download action.
 * The receipt number comes from the tip (the same readers read it there).
 */
export const TIP_REPORT_FILE_SUBJECT: SubjectDefinition = {
  name: TIP_REPORT_FILE,
  alwaysVisible: ['id'],
  groups: {
    file: [
      'form', 'title', 'tipId', 'receiptNumber', 'informationId', 'period', 'fileName', 'sha256', 'sizeBytes', 'generatedAt', 'generatedBy',
      'firstDownloadedAt', 'firstDownloadedBy', 'downloadCount',
    ],
  },
  columns: {
    id: { expr: '{alias}.id' },
    form: { expr: '{alias}.form' },
    tipId: { expr: '{alias}.tip_id::text' },
    generatedAt: { expr: '{alias}.generated_at' },
    generatedBy: { expr: '{alias}.generated_by::text' },
    firstDownloadedAt: { expr: '{alias}.first_downloaded_at' },
  },
};
