import type { Grant } from '@renkei/authz';

/** 匿名通報 (VISIBILITY.md section 5), npa.tipdesk column. */
export const TIP_GRANTS: Grant[] = [];
