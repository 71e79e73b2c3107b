import type { Grant } from '@renkei/authz';
import { Role } from '@renkei/core';
import { TIP, TIP_REPORT_FILE, TipAction, TipReportFileAction } from '@renkei/tips';

/** 匿名通報 (VISIBILITY.md section 5), npa.tipdesk column: every tip, every group; triage and rewards. */
export const TIP_GRANTS: Grant[] = [
  { roles: [Role.NPA_TIPDESK], subject: TIP, access: 'RW', groups: 'all', note: 'npa.tipdesk: every tip, every field group (RW)' },
  {
    roles: [Role.NPA_TIPDESK], subject: TIP, actions: [TipAction.CLASSIFY, TipAction.REQUEST_INFORMATION, TipAction.FORWARD, TipAction.DECIDE_REWARD],
    note: '警察庁主管課: 対象事案 / 参考情報, asks for more, forwards to a prefecture, decides rewards',
  },
  {
    roles: [Role.NPA_TIPDESK], subject: TIP_REPORT_FILE, access: 'R', groups: 'all', actions: [TipReportFileAction.DOWNLOAD],
    note: '警察庁主管課: every report file to 警察庁 (seed 003 第8条), and downloads it (the first download is the receipt)',
  },
];
