import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { RecruitmentService } from './recruitment.service';
import { SourceChannel } from './recruitment.types';

/** Demo case 2 of spec/DEMO.md, with exactly those values. */
export const DEMO_RECRUITMENT = {
  platform: 'X',
  url: 'https://x.example.com/kanto_job/status/1790000000000000001',
  text: '【即日即金】荷物を運ぶだけで日給5万円 ホワイト案件 詳しくはDMで',
  posterHandle: '@kanto_job_2026',
  phone: '090-3141-5926',
  phoneE164: '+819031415926',
  carrierCode: 'kotel',
  suspectIdentity: '田中 一郎',
  tipReceiptNumber: 'T-20261120-0042',
} as const;

/**
 * Files demo case 2 as `chuo.manager` through the real services (same rules as a user's
 * filing): the post, its contact phone (甲テレコム), the suspect identity, the tip receipt
 * number, a 職安法63条 referral to the labour bureau and a subscriber request to 甲テレコム.
 */
@Injectable()
export class RecruitmentDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly recruitment: RecruitmentService,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'recruitment-post', order: 20, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    const d = DEMO_RECRUITMENT;
    if (await this.recruitment.isKnownIn(tx, d.url)) return false;
    const ctx = await as('chuo.manager');
    const carrier = await this.recruitment.agencyIdByCodeIn(tx, d.carrierCode);
    if (!carrier) throw new Error(`demo agency ${d.carrierCode} is missing`);
    const filed = await this.recruitment.fileIn(ctx, tx, {
      platform: d.platform, url: d.url, text: d.text, posterHandle: d.posterHandle,
      phones: [{ number: d.phone, carrierAgencyId: carrier }],
      sourceChannel: SourceChannel.ANONYMOUS_TIP, tipReceiptNumber: d.tipReceiptNumber,
    });
    await this.recruitment.updateInvestigationIn(ctx, tx, filed.id, { suspectIdentity: d.suspectIdentity });
    await this.recruitment.referToLabourBureauIn(ctx, tx, filed.id, null, null);
    await this.recruitment.requestSubscriberIn(ctx, tx, filed.id, { phone: d.phone }, null);
    return true;
  }
}
