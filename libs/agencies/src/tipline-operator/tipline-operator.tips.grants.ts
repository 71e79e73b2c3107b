import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { TIP, TIP_REPORT_FILE, TipAction, TipGroup, TipReportFileAction } from '@renkei/tips';

/** 匿名通報 (VISIBILITY.md section 5), tipline.receiver column: every tip; classification and forwarding read-only. */
export const TIP_GRANTS: Grant[] = [
  {
    roles: [Role.TIPLINE_RECEIVER], subject: TIP, access: 'RW', groups: [TipGroup.BASIC, TipGroup.ADDITIONAL_INFORMATION, TipGroup.REWARD],
    note: 'tipline.receiver: basic fields, additional information, reward (RW)',
  },
  { roles: [Role.TIPLINE_RECEIVER], subject: TIP, access: 'R', groups: [TipGroup.TRIAGE], note: 'tipline.receiver: classification and forwarding (R)' },
  {
    roles: [Role.TIPLINE_RECEIVER], subject: TIP, actions: [TipAction.CREATE, TipAction.RECORD_INFORMATION, TipAction.RECORD_PAYMENT],
    note: '受付者: records phone tips and additional information, pays rewards after PIN verification',
  },
  {
    roles: [Role.TIPLINE_RECEIVER], subject: TIP_REPORT_FILE, access: 'R', groups: 'all', actions: [TipReportFileAction.CREATE],
    note: '受付者: generates the report files to 警察庁 (seed 003 第7条) and sees them all; the download is 警察庁\'s',
  },
];
