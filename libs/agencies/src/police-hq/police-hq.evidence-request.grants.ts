import type { Grant } from '@renkei/authz';

/** What this agency kind may see and do in the foreign evidence request case type (VISIBILITY.md §4); filled in by issue 5. */
export const EVIDENCE_REQUEST_GRANTS: Grant[] = [];
