import type { AgencyPolicy } from '@renkei/authz';
import { AgencyKind, Role } from '@renkei/core';
import { directoryBasics } from '../shared/common-grants';
import { TIP_GRANTS } from './tipline-operator.tips.grants';

/** 匿名通報事業の受託者: records tips; no access to cases. */
export const TIPLINE_OPERATOR_POLICY: AgencyPolicy = {
  agencyKind: AgencyKind.TIPLINE_OPERATOR,
  grants: [...directoryBasics([Role.TIPLINE_RECEIVER]), ...TIP_GRANTS],
};
