import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ, UPDATE } from '@renkei/authz';
import { CASE, CaseAction } from '@renkei/cases';
import { CallForwardingService } from './call-forwarding.service';
import { ForwardingImportService } from './forwarding-import.service';
import { CallForwardingAction, FORWARDING_DAMAGE, FORWARDING_NUMBER, FORWARDING_PROVIDER, REGULATOR_REFERRAL } from './call-forwarding.fields';
import {
  ContractHolderCountsModel,
  FiledForwardingProviderModel,
  ForwardingImportModel,
  ForwardingNumberModel,
  RegulatorReferralModel,
  StockRestrictionResultModel,
  SuspensionRequestResultModel,
} from './models/call-forwarding.models';
import { AnswerSuspensionInput, FileForwardingProviderInput, ReferToRegulatorInput, ReportSupervisoryActionInput } from './dto/call-forwarding.inputs';

/** Root queries and mutations of the call-forwarding case type; thin: the rules live in the services. */
@Resolver()
export class CallForwardingResolver {
  constructor(
    private readonly service: CallForwardingService,
    private readonly imports: ForwardingImportService,
  ) {}

  @Query(() => ForwardingImportModel, {
    description:
      '電話番号CSV一括取込の進捗（取込は POST /forwarding-imports）。全件一括（all-or-nothing）: 不正な行があれば1件も取り込まず、その行番号と理由を返す。',
  })
  @Allow(UPDATE, FORWARDING_NUMBER)
  async forwardingImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return { ...(await this.imports.find(ctx, id)), allOrNothing: true };
  }

  // Police only: 被害 (damage) is the field group only police read (VISIBILITY.md §2), checked again in the service.
  @Query(() => ContractHolderCountsModel, { description: '契約者ごとの番号数（閲覧できる事案のみ、警察のみ）と新規番号提供拒否の推奨' })
  @Allow(READ, FORWARDING_DAMAGE)
  forwardingContractHolders(@Ctx() ctx: RequestContext) {
    return this.service.contractHolderCounts(ctx);
  }

  @Mutation(() => StockRestrictionResultModel, {
    description: '在庫番号一括利用制限: 事業者の在庫番号をすべて制限し、通信事業者ごとに自社の在庫番号だけを対象とする依頼を作成',
  })
  @Allow(CallForwardingAction.REQUEST_SUSPENSION, FORWARDING_PROVIDER)
  restrictStockNumbers(@Ctx() ctx: RequestContext, @Args('caseId', { type: () => ID }, ParseUUIDPipe) caseId: string) {
    return this.service.restrictStockNumbers(ctx, caseId);
  }

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
