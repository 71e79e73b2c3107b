import { Injectable, OnModuleInit } from '@nestjs/common';
import { Role, type DomainEvent } from '@renkei/core';
import { NotificationRuleRegistry, type NotificationDraft, type RuleTx } from '@renkei/notifications';
import { CasesRepository } from './cases.repository';
import { TASK } from './cases.fields';
import { Audience } from './cases.types';

type Details = { caseId: string; agencyId?: string; audience?: Audience; audienceAgencyId?: string | null };

/**
 * Who is told what when a case moves. Every message carries only the case's reference number
 * and a generic text: each recipient may see the reference (the agency holds a task in the case,
 * police own it), and opens the subject through the normal authorization to see the rest.
 */
@Injectable()
export class CasesNotificationRules implements OnModuleInit {
  constructor(
    private readonly rules: NotificationRuleRegistry,
    private readonly repository: CasesRepository,
  ) {}

  onModuleInit(): void {
    this.rules.register('cases.task.created', (e, tx) =>
      this.about(e, tx, (c, d) => [this.draft('task.created', '新しい依頼', `事件 ${c.reference} について新しい依頼があります。`, e, c.reference, [liaisons(d.agencyId!)])]),
    );
    this.rules.register('cases.task.due_soon', (e, tx) =>
      this.about(e, tx, (c, d) => [this.draft('task.due_soon', '依頼の期限が近づいています', `事件 ${c.reference} の依頼の期限は翌勤務日です。`, e, c.reference, [liaisons(d.agencyId!)])]),
    );
    this.rules.register('cases.task.overdue', (e, tx) =>
      this.about(e, tx, (c, d) => [
        this.draft('task.overdue', '依頼の期限が過ぎました', `事件 ${c.reference} の依頼が期限を過ぎています。`, e, c.reference, [liaisons(d.agencyId!)]),
        // The escalation: the prefecture's 推進室 and the owning station's 運用責任者.
        this.draft('task.escalated', '期限超過の依頼（エスカレーション）', `事件 ${c.reference} の依頼が期限を過ぎ、推進室に報告されました。`, e, c.reference, [
          ...(c.hqAgencyId ? [{ kind: 'agency' as const, agencyId: c.hqAgencyId, roles: [Role.HQ_COORDINATOR] }] : []),
          { kind: 'agency', agencyId: c.owningAgencyId, roles: [Role.STATION_MANAGER] },
        ]),
      ]),
    );
    for (const move of ['answer', 'reject'] as const) {
      this.rules.register(`cases.task.${move}`, (e, tx) =>
        this.about(e, tx, (c) => [
          this.draft(`task.${move}ed`, move === 'answer' ? '依頼への回答' : '依頼の謝絶', `事件 ${c.reference} の依頼に${move === 'answer' ? '回答' : '謝絶の連絡'}がありました。`, e, c.reference, [
            { kind: 'agency', agencyId: c.owningAgencyId, roles: [Role.STATION_MANAGER, Role.STATION_INVESTIGATOR] },
          ]),
        ]),
      );
    }
    this.rules.register('cases.comment.added', (e, tx) =>
      this.about(e, tx, (c, d) => {
        const agencies = d.audience === Audience.AGENCY ? [d.audienceAgencyId!] : d.audience === Audience.ALL_PARTIES ? c.taskAgencyIds : [];
        if (agencies.length === 0) return [];
        return [this.draft('comment.added', '新しいコメント', `事件 ${c.reference} に新しいコメントがあります。`, e, c.reference, agencies.map(liaisons))];
      }),
    );
  }

  private async about(
    event: DomainEvent,
    tx: RuleTx,
    build: (c: NonNullable<Awaited<ReturnType<CasesRepository['notificationContext']>>>, d: Details) => NotificationDraft[],
  ): Promise<NotificationDraft[]> {
    const details = event.details as Details | undefined;
    if (!details?.caseId) return [];
    const context = await this.repository.notificationContext(tx.em, details.caseId);
    return context ? build(context, details) : [];
  }

  private draft(kind: string, title: string, body: string, event: DomainEvent, reference: string, recipients: NotificationDraft['recipients']): NotificationDraft {
    return { kind, title, body, subjectType: event.subjectType ?? TASK, subjectId: event.subjectId!, reference, recipients };
  }
}

function liaisons(agencyId: string) {
  return { kind: 'agency' as const, agencyId, roles: [Role.LIAISON] };
}
