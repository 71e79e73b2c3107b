import type { Grant } from '@renkei/authz';

/** What this agency kind may see and do in the recruitment case type (VISIBILITY.md); filled in by issue 4. */
export const RECRUITMENT_GRANTS: Grant[] = [];
