import type { SubjectDefinition } from '@renkei/authz';

export const EXPORT_JOB = 'ExportJob';

/**
 * An export job as a protected type: its requester reads it and downloads its file (see
 * `exportGrants` in libs/agencies). The file's content was masked for the requester when it
 * was written, so nobody else may ever get it, whatever their own rights.
 */
export const EXPORT_JOB_SUBJECT: SubjectDefinition = {
  name: EXPORT_JOB,
  alwaysVisible: ['id'],
  groups: {
    job: ['source', 'format', 'state', 'rowCount', 'progress', 'sizeBytes', 'sha256', 'errorCode', 'createdAt', 'finishedAt', 'expiresAt'],
  },
  columns: {
    id: { expr: '{alias}.id' },
    source: { expr: '{alias}.source' },
    state: { expr: '{alias}.state' },
    createdAt: { expr: '{alias}.created_at' },
    requestedBy: { expr: '{alias}.requested_by::text' },
  },
};
