import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyKind, Role } from '@renkei/core';
import { NotificationRuleRegistry, type AgencyRecipient, type RuleTx } from '@renkei/notifications';
import { TipsRepository } from './tips.repository';
import { TIP } from './tips.fields';

/**
 * Who hears of a tip. Each text holds the receipt number only (every recipient may read it):
 * never the content, the category or anything of the reward.
 */
@Injectable()
export class TipsNotificationRules implements OnModuleInit {
  constructor(
    private readonly rules: NotificationRuleRegistry,
    private readonly repository: TipsRepository,
  ) {}

  private async desk(tx: RuleTx, kind: AgencyKind, role: Role): Promise<AgencyRecipient[]> {
    return (await this.repository.agenciesOfKind(tx.em, kind)).map((agencyId) => ({ kind: 'agency' as const, agencyId, roles: [role] }));
  }

  onModuleInit(): void {
    // 第5条第6項 / 第7条: an urgent tip is reported to 警察庁主管課 at once.
    this.rules.register('tips.tip.received', async (event, tx) => {
      const d = event.details as { receiptNumber?: string; urgent?: boolean } | undefined;
      if (!d?.urgent || !event.subjectId) return [];
      const recipients = await this.desk(tx, AgencyKind.NPA, Role.NPA_TIPDESK);
      if (recipients.length === 0) return [];
      return [{
        kind: 'tip.urgent', title: '緊急の匿名通報', subjectType: TIP, subjectId: event.subjectId, reference: d.receiptNumber ?? null, recipients,
        body: `緊急の対応が必要とされる匿名通報を受け付けました（受付番号 ${d.receiptNumber}）。直ちに内容を確認してください。通報者には110番通報を案内しています。`,
      }];
    });
    // The report (翌勤務日の午前中) is overdue: the operator's receivers and 警察庁主管課.
    this.rules.register('tips.report.overdue', async (event, tx) => {
      const d = event.details as { receiptNumber?: string; kind?: string } | undefined;
      if (!event.subjectId) return [];
      const recipients = [...(await this.desk(tx, AgencyKind.TIPLINE_OPERATOR, Role.TIPLINE_RECEIVER)), ...(await this.desk(tx, AgencyKind.NPA, Role.NPA_TIPDESK))];
      if (recipients.length === 0) return [];
      const what = d?.kind === 'tip.additional-info.report' ? '追加情報報告書' : '通報報告書（参考情報報告書）';
      return [{
        kind: 'tip.report.overdue', title: '匿名通報の報告期限超過', subjectType: TIP, subjectId: event.subjectId, reference: d?.receiptNumber ?? null, recipients,
        body: `受付番号 ${d?.receiptNumber} の${what}が、提出期限（翌勤務日の正午）を過ぎても作成されていません。`,
      }];
    });
    // A tip forwarded to a prefecture: its 推進室 is told the receipt number.
    this.rules.register('tips.tip.forwarded', async (event) => {
      const d = event.details as { agencyId?: string; receiptNumber?: string } | undefined;
      if (!d?.agencyId || !event.subjectId) return [];
      return [{
        kind: 'tip.forwarded', title: '匿名通報の転送', subjectType: TIP, subjectId: event.subjectId, reference: d.receiptNumber ?? null,
        recipients: [{ kind: 'agency' as const, agencyId: d.agencyId, roles: [Role.HQ_COORDINATOR] }],
        body: `警察庁から匿名通報が転送されました（受付番号 ${d.receiptNumber}）。`,
      }];
    });
  }
}
