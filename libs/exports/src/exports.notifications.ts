import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationRuleRegistry } from '@renkei/notifications';
import { EXPORT_JOB } from './exports.fields';

/**
 * The requester is told in-app when its export is ready or failed. Only the job (its id); the
 * file's content is never in a notification.
 */
@Injectable()
export class ExportsNotificationRules implements OnModuleInit {
  constructor(private readonly rules: NotificationRuleRegistry) {}

  onModuleInit(): void {
    this.rules.register('exports.job.completed', async (event) => {
      const userId = event.ctx.actor?.userId;
      if (!userId || !event.subjectId) return [];
      const rows = (event.details as { rows?: number } | undefined)?.rows ?? 0;
      return [{
        kind: 'export.completed', title: 'エクスポートの完了', body: `依頼したエクスポート（${rows}行）の作成が完了しました。保存期間内にダウンロードしてください。`,
        subjectType: EXPORT_JOB, subjectId: event.subjectId, recipients: [{ kind: 'user', userId }],
      }];
    });
    this.rules.register('exports.job.failed', async (event) => {
      const userId = event.actorOverride?.userId;
      if (!userId || !event.subjectId) return [];
      return [{
        kind: 'export.failed', title: 'エクスポートの失敗', body: '依頼したエクスポートを作成できませんでした。条件を確認して再度依頼してください。',
        subjectType: EXPORT_JOB, subjectId: event.subjectId, recipients: [{ kind: 'user', userId }],
      }];
    });
  }
}
