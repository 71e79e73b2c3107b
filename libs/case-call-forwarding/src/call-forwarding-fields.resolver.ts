import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Ctx } from '@renkei/authz';
import { CaseModel, CasesService } from '@renkei/cases';
import { CallForwardingService } from './call-forwarding.service';
import { ContractHolderCountModel, ForwardingDamageModel, ForwardingNumberModel, ForwardingProviderModel, RegulatorReferralModel } from './models/call-forwarding.models';

/** `Case.forwardingProvider`: null unless the case is of this type and the user may read its provider. */
@Resolver(() => CaseModel)
export class CaseForwardingProviderResolver {
  constructor(private readonly service: CallForwardingService) {}

  @ResolveField('forwardingProvider', () => ForwardingProviderModel, { nullable: true, description: '悪質な電話転送サービス事業者（閲覧できる場合のみ）' })
  forwardingProvider(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.service.providerOf(ctx, c.id);
  }
}

/** The provider's numbers, damage and referrals: each list holds only the rows the user may read. */
@Resolver(() => ForwardingProviderModel)
export class ForwardingProviderFieldsResolver {
  constructor(private readonly service: CallForwardingService) {}

  @ResolveField('numbers', () => [ForwardingNumberModel], { description: '電話番号（閲覧できるもののみ: 通信事業者は自社の番号だけ）' })
  numbers(@Ctx() ctx: RequestContext, @Parent() p: ForwardingProviderModel) {
    return this.service.numbersOf(ctx, p.caseId);
  }

  @ResolveField('damages', () => [ForwardingDamageModel], { description: '関連する特殊詐欺事件・被害（警察のみ）' })
  damages(@Ctx() ctx: RequestContext, @Parent() p: ForwardingProviderModel) {
    return this.service.damagesOf(ctx, p.caseId);
  }

  @ResolveField('referrals', () => [RegulatorReferralModel], { description: '総務省への通報と監督上の措置' })
  referrals(@Ctx() ctx: RequestContext, @Parent() p: ForwardingProviderModel) {
    return this.service.referralsOf(ctx, p.caseId);
  }
}

/** The cases behind a contract holder's count (numbers are read only on readable cases; each case is read through its own rules again). */
@Resolver(() => ContractHolderCountModel)
export class ContractHolderCasesResolver {
  constructor(private readonly caseService: CasesService) {}

  @ResolveField('cases', () => [CaseModel], { description: 'この契約者の番号がある事案' })
  async cases(@Ctx() ctx: RequestContext, @Parent() h: ContractHolderCountModel) {
    const found = await Promise.all(h.caseIds.map((id) => this.caseService.byId(ctx, id)));
    return found.filter((c) => c !== null);
  }
}
