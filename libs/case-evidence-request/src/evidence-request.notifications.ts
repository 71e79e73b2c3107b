import { Injectable, OnModuleInit } from '@nestjs/common';
import { Role } from '@renkei/core';
import { CasesService } from '@renkei/cases';
import { NotificationRuleRegistry } from '@renkei/notifications';
import { EVIDENCE_REQUEST } from './evidence-request.fields';

/**
 * A follow-up is due (30 / 60 / 90 days without an answer): the requesting station and the
 * prefecture's HQ are told. Reference and the number of days only: never the country, the
 * authority or the items.
 */
@Injectable()
export class EvidenceRequestNotificationRules implements OnModuleInit {
  constructor(
    private readonly rules: NotificationRuleRegistry,
    private readonly cases: CasesService,
  ) {}

  onModuleInit(): void {
    this.rules.register('evidenceRequest.followUp.due', async (event, tx) => {
      const details = event.details as { caseId?: string; days?: number } | undefined;
      const target = details?.caseId ? await this.cases.notificationTargets(tx, details.caseId) : null;
      if (!target) return [];
      const hqRoles = [Role.HQ_DIRECTOR, Role.HQ_COORDINATOR];
      // A request filed by the HQ itself is the HQ's to follow up; otherwise the station's and the HQ's.
      const recipients = target.owningAgencyId === target.hqAgencyId
        ? [{ kind: 'agency' as const, agencyId: target.owningAgencyId, roles: hqRoles }]
        : [{ kind: 'agency' as const, agencyId: target.owningAgencyId, roles: [Role.STATION_MANAGER, Role.STATION_SUPERVISOR, Role.STATION_INVESTIGATOR] }];
      if (target.hqAgencyId && target.hqAgencyId !== target.owningAgencyId) recipients.push({ kind: 'agency' as const, agencyId: target.hqAgencyId, roles: hqRoles });
      return [{
        kind: 'evidence-request.follow-up.due',
        title: '証拠提供要請の督促期日',
        body: `事件 ${target.reference} の外国への証拠提供要請は、送付から${details?.days ?? ''}日を経過しても回答がありません。督促を検討してください。`,
        subjectType: EVIDENCE_REQUEST,
        subjectId: event.subjectId!,
        reference: target.reference,
        recipients,
      }];
    });
  }
}
