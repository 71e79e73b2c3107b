import { Injectable, OnModuleInit } from '@nestjs/common';
import { Role } from '@renkei/core';
import { CasesService } from '@renkei/cases';
import { NotificationRuleRegistry } from '@renkei/notifications';
import { RECRUITMENT_TAKEDOWN } from './recruitment.fields';

/** A removal request's re-check is due: the owning station checks the post again. Reference only. */
@Injectable()
export class RecruitmentNotificationRules implements OnModuleInit {
  constructor(
    private readonly rules: NotificationRuleRegistry,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.rules.register('recruitment.recheck.due', async (event, tx) => {
      const caseId = (event.details as { caseId?: string } | undefined)?.caseId;
      const target = caseId ? await this.cases.notificationTargets(tx, caseId) : null;
      if (!target) return [];
      return [{
        kind: 'recruitment.recheck.due',
        title: '削除依頼後の再確認',
        body: `事件 ${target.reference} の投稿について、削除依頼後の再確認の期日です。`,
        subjectType: RECRUITMENT_TAKEDOWN,
        subjectId: event.subjectId!,
        reference: target.reference,
        recipients: [{ kind: 'agency', agencyId: target.owningAgencyId, roles: [Role.STATION_MANAGER, Role.STATION_INVESTIGATOR, Role.HQ_COORDINATOR] }],
      }];
    });
  }
}
