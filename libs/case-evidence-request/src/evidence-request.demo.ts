import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { EvidenceRequestService } from './evidence-request.service';
import { DualCriminality, EvidenceRequestChannel, EvidenceRequestUrgency, TranslationStatus } from './evidence-request.types';

/** Demo case 4 of spec/DEMO.md, with exactly those values. */
export const DEMO_EVIDENCE_REQUEST = {
  channel: EvidenceRequestChannel.TREATY,
  country: 'VN',
  foreignAuthority: 'ベトナム最高人民検察院',
  requestedItems: '加入者情報及び通信履歴（Telegram ID: @blue_line_boss）',
  /** demo case 3, to which this request is linked */
  linkedProviderName: '合同会社ブルーライン転送',
} as const;

/**
 * Files demo case 4 as `chuo.manager` through the real service, linked to demo case 3 (the
 * call-forwarding provider case, found by its type and provider name). Idempotent.
 */
@Injectable()
export class EvidenceRequestDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly requests: EvidenceRequestService,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'foreign-evidence-request', order: 40, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    const d = DEMO_EVIDENCE_REQUEST;
    const ctx = await as('chuo.manager');
    const station = ctx.actor!.agencyId;
    if (await this.requests.demoExistsIn(tx, station, d.foreignAuthority, d.requestedItems)) return false;
    const linked = await this.requests.forwardingCaseIn(tx, station, d.linkedProviderName);
    if (!linked) throw new Error('demo case 3 (call-forwarding provider) is missing');
    await this.requests.fileIn(ctx, tx, {
      channel: d.channel, country: d.country, foreignAuthority: d.foreignAuthority, requestedItems: d.requestedItems,
      offence: '詐欺（刑法第246条）', legalBasis: '日・ベトナム刑事共助条約', dualCriminality: DualCriminality.SATISFIED,
      indispensability: '転送電話サービスの実質的経営者の特定に不可欠であり、国内の捜査手段では入手できない。',
      translationStatus: TranslationStatus.PENDING, conditionsOnUse: '要請に係る事件の捜査及び公判に限る。',
      linkedCaseIds: [linked], urgency: EvidenceRequestUrgency.NORMAL,
    });
    return true;
  }
}
