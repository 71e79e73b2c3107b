import type { Grant } from '@renkei/authz';

/** What this agency kind may see and do in the departure case type (VISIBILITY.md §3); filled in by issue 5. */
export const DEPARTURE_GRANTS: Grant[] = [];
