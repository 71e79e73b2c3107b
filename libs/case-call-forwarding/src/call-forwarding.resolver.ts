import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, UPDATE } from '@renkei/authz';
import { CASE, CaseAction } from '@renkei/cases';
import { CallForwardingService } from './call-forwarding.service';
import { CallForwardingAction, FORWARDING_NUMBER, FORWARDING_PROVIDER, REGULATOR_REFERRAL } from './call-forwarding.fields';
import { FiledForwardingProviderModel, ForwardingNumberModel, RegulatorReferralModel, SuspensionRequestResultModel } from './models/call-forwarding.models';
import { AnswerSuspensionInput, FileForwardingProviderInput, ReferToRegulatorInput, ReportSupervisoryActionInput } from './dto/call-forwarding.inputs';

/** Root mutations of the call-forwarding case type; thin: the rules live in the service. */
@Resolver()
export class CallForwardingResolver {
  constructor(private readonly service: CallForwardingService) {}

  @Mutation(() => FiledForwardingProviderModel, { description: '悪質な電話転送サービス事業者の事案を登録（事業者・番号・被害）' })
  @Allow(CaseAction.CREATE, CASE)
  fileForwardingProvider(@Ctx() ctx: RequestContext, @Args('input') input: FileForwardingProviderInput) {
    return this.service.file(ctx, input);
  }

  @Mutation(() => SuspensionRequestResultModel, { description: '利用停止等要請: 通信事業者ごとに自社の番号だけを対象とする依頼を作成' })
  @Allow(CallForwardingAction.REQUEST_SUSPENSION, FORWARDING_PROVIDER)
  async requestSuspension(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }, ParseUUIDPipe) caseId: string) {
    return { taskIds: await this.service.requestSuspension(ctx, caseId) };
  }

  @Mutation(() => ForwardingNumberModel, { description: '利用停止等要請への番号ごとの回答（停止日／拒否の理由／自社の番号ではない）' })
  @Allow(UPDATE, FORWARDING_NUMBER)
  answerSuspension(@Ctx() ctx: RequestContext, @Args('input') input: AnswerSuspensionInput) {
    return this.service.answerSuspension(ctx, input);
  }

  @Mutation(() => RegulatorReferralModel, { description: '総務省への通報（依頼として作成）' })
  @Allow(CallForwardingAction.REFER_TO_REGULATOR, FORWARDING_PROVIDER)
  async referToRegulator(@Ctx() ctx: RequestContext, @Args('input') input: ReferToRegulatorInput) {
    await this.service.referToRegulator(ctx, input);
    const referrals = await this.service.referralsOf(ctx, input.caseId);
    return referrals[referrals.length - 1];
  }

  @Mutation(() => RegulatorReferralModel, { description: '総務省: 監督上の措置の報告' })
  @Allow(UPDATE, REGULATOR_REFERRAL)
  reportSupervisoryAction(@Ctx() ctx: RequestContext, @Args('input') input: ReportSupervisoryActionInput) {
    return this.service.reportSupervisoryAction(ctx, input);
  }
}
