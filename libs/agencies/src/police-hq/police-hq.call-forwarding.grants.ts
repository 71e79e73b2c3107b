import type { Grant } from '@renkei/authz';

/** What this agency kind may see and do in the call-forwarding case type (VISIBILITY.md); filled in by issue 4. */
export const CALL_FORWARDING_GRANTS: Grant[] = [];
