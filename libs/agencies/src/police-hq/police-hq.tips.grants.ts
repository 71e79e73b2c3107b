import type { Grant } from '@renkei/authz';

/** 匿名通報 (VISIBILITY.md section 5), hq.coordinator after forwarding. */
export const TIP_GRANTS: Grant[] = [];
