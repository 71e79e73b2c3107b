import { Injectable, OnModuleInit } from '@nestjs/common';
import { ACTIVITY_KIND_JA, Role, type ActivityKind } from '@renkei/core';
import { NotificationRuleRegistry, type NotificationDraft } from '@renkei/notifications';
import { ACTIVITY_REPORT } from './reports.fields';

interface ReportEventDetails {
  stationAgencyId?: string;
  filedBy?: string | null;
  kind?: string;
  activityDate?: string;
}

/**
 * Submitted → the station's 統括責任者; approved / returned → the filer. Every recipient reads the
 * report itself (same station), so the kind and the date may be named; the place, the counts,
 * the notes and the return reason never are: the client fetches the report through the policy.
 */
@Injectable()
export class ActivityReportNotificationRules implements OnModuleInit {
  constructor(private readonly rules: NotificationRuleRegistry) {}

  onModuleInit(): void {
    const what = (d: ReportEventDetails) => `${ACTIVITY_KIND_JA[d.kind as ActivityKind] ?? '施策'}（${d.activityDate ?? ''}）の施策実施報告`;
    this.rules.register('activityReport.submitted', async (event) => {
      const d = (event.details ?? {}) as ReportEventDetails;
      if (!d.stationAgencyId || !event.subjectId) return [];
      return [{
        kind: 'activity-report.submitted',
        title: '施策実施報告の承認依頼',
        body: `${what(d)}が提出されました。内容を確認し、承認又は差戻しをしてください。`,
        subjectType: ACTIVITY_REPORT,
        subjectId: event.subjectId,
        recipients: [{ kind: 'agency', agencyId: d.stationAgencyId, roles: [Role.STATION_SUPERVISOR] }],
      } satisfies NotificationDraft];
    });
    const toFiler = (kind: string, title: string, body: (d: ReportEventDetails) => string) => async (event: { details?: Record<string, unknown>; subjectId?: string }) => {
      const d = (event.details ?? {}) as ReportEventDetails;
      if (!d.filedBy || !event.subjectId) return [];
      return [{ kind, title, body: body(d), subjectType: ACTIVITY_REPORT, subjectId: event.subjectId, recipients: [{ kind: 'user' as const, userId: d.filedBy }] }];
    };
    this.rules.register('activityReport.approved', toFiler('activity-report.approved', '施策実施報告が承認されました', (d) => `${what(d)}が統括責任者により承認されました。`));
    this.rules.register('activityReport.returned', toFiler('activity-report.returned', '施策実施報告が差し戻されました', (d) => `${what(d)}が差し戻されました。理由を確認し、修正して再提出してください。`));
  }
}
