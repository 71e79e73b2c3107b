import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { CallForwardingService } from './call-forwarding.service';
import { CallForwardingRepository } from './call-forwarding.repository';
import { NumberType, NumberUsage } from './call-forwarding.types';

/** DEMO.md case 3, with exactly its values. */
export const DEMO_PROVIDER = {
  name: '合同会社ブルーライン転送',
  corporateNumber: '8010403012345',
  kotelNumber: '03-5555-0101',
  otsuMobileNumber: '050-5555-0202',
  damageYen: 4_800_000,
  victim: '佐藤 花子',
};

/**
 * Files demo case 3 as `chuo.manager` through the real service: the provider, its two numbers,
 * the damage, a suspension request to each carrier for its own number and the referral to the
 * regulator. Idempotent: nothing happens when 中央署 already has a provider with this 法人番号.
 *
 * The demo 法人番号 8010403012345 does not pass the check digit (the digit for 010403012345 is
 * 7): it is recorded as presented, flagged `corporateNumberValid: false`.
 */
@Injectable()
export class CallForwardingDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly service: CallForwardingService,
    private readonly repository: CallForwardingRepository,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'call-forwarding', order: 30, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    const ctx = await as('chuo.manager');
    if (await this.repository.providerExists(tx.em, ctx.actor!.agencyId, DEMO_PROVIDER.corporateNumber)) return false;
    const kotel = await this.repository.agencyIdByCode(tx.em, 'kotel');
    const otsuMobile = await this.repository.agencyIdByCode(tx.em, 'otsu-mobile');
    if (!kotel || !otsuMobile) throw new Error('demo carriers kotel / otsu-mobile are missing');
    const filed = await this.service.fileIn(ctx, tx, {
      provider: { name: DEMO_PROVIDER.name, corporateNumber: DEMO_PROVIDER.corporateNumber, recordInvalidCorporateNumber: true },
      numbers: [
        { number: DEMO_PROVIDER.kotelNumber, numberType: NumberType.FIXED, carrierAgencyId: kotel, usage: NumberUsage.FRAUD_USED },
        { number: DEMO_PROVIDER.otsuMobileNumber, numberType: NumberType.IP_050, carrierAgencyId: otsuMobile, usage: NumberUsage.STOCK },
      ],
      damages: [{ amountYen: DEMO_PROVIDER.damageYen, victimName: DEMO_PROVIDER.victim }],
    });
    await this.service.requestSuspensionIn(ctx, tx, filed.id);
    await this.service.referToRegulatorIn(ctx, tx, {
      caseId: filed.id,
      request: `電話転送サービス事業者「${DEMO_PROVIDER.name}」の番号が特殊詐欺に使用されたため、犯罪収益移転防止法に基づく監督上の措置をご検討ください。`,
    });
    return true;
  }
}
