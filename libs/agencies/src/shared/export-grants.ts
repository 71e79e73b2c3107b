import type { Grant } from '@renkei/authz';
import type { Role } from '@renkei/core';
import { EXPORT_JOB } from '@renkei/exports';

/** Exports: a user reads and downloads only the export jobs it requested itself. */
export function exportGrants(roles: Role[]): Grant[] {
  return [
    {
      roles,
      subject: EXPORT_JOB,
      access: 'R',
      groups: 'all',
      where: { requestedBy: '$actor.userId' },
      note: 'exports: only its own export jobs (what the file holds was masked for the requester when it was written)',
    },
  ];
}
