import { Injectable, OnModuleInit } from '@nestjs/common';
import { TipCategory, TipClassification, type RequestContext, type Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { TipsService } from './tips.service';

/** The tip behind demo case 2 (spec/DEMO.md); its PIN is documented in ADR 0010. */
export const DEMO_TIP = {
  receiptNumber: 'T-20261120-0042',
  /** 2026-11-20 09:30 JST, on the web form */
  receivedAt: new Date('2026-11-20T00:30:00Z'),
  category: TipCategory.ORGANIZED_CRIME,
  content: 'X で「@kanto_job_2026」というアカウントが「荷物を運ぶだけで日給5万円」という闇バイトを募集しています。詳しくはDMでとあり、知人が応募しかけました。',
  pin: '482917',
  hqAgencyCode: 'ko-police-hq',
  classification: TipClassification.TARGET,
} as const;

/**
 * Seeds the demo tip after demo case 2 (order 20): received on the web, classified 対象事案 by
 * 警察庁, forwarded to 甲県警察本部 and linked to the case that names its receipt number. Idempotent.
 */
@Injectable()
export class TipsDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly tips: TipsService,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'anonymous-tip', order: 25, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    if (await this.tips.demoExistsIn(tx, DEMO_TIP.receiptNumber)) return false;
    await this.tips.seedDemoTip(tx, { receiver: await as('tipline.receiver'), tipdesk: await as('npa.tipdesk'), coordinator: await as('hq.coordinator') }, DEMO_TIP);
    return true;
  }
}
