import type { Grant } from '@renkei/authz';

/** 匿名通報 (VISIBILITY.md section 5), tipline.receiver column. */
export const TIP_GRANTS: Grant[] = [];
