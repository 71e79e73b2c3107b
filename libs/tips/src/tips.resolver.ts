import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, Public, READ } from '@renkei/authz';
import { TipsService } from './tips.service';
import { TipPinService } from './tip-pin.service';
import { TIP, TipAction } from './tips.fields';
import {
  OpenedCaseFromTipModel, RewardLedgerModel, TipConnectionModel, RewardReceiptModel, TipModel, TipNoticesModel, TipReceiptModel, TipsterInformationReceiptModel, TipsterViewModel,
} from './models/tips.models';
import {
  ClassifyTipInput, DecideTipRewardInput, ForwardTipInput, OpenCaseFromTipInput, RecordRewardPaymentInput, RecordTipInformationInput,
  RequestTipInformationInput, TipIntakeInput, TipsArgs, TipsterCredentialsInput, TipsterInformationInput, WithdrawTipInformationRequestInput,
} from './dto/tips.inputs';

/** The request's address: only a throttle key (TipPinService hashes it), never stored with a tip. */
type HttpRequest = { ip?: string; socket?: { remoteAddress?: string } };
const addressOf = (req: HttpRequest | undefined) => req?.ip ?? req?.socket?.remoteAddress ?? null;

/** Root fields of 匿名通報; thin: the rules are in TipsService. */
@Resolver()
export class TipsResolver {
  constructor(
    private readonly service: TipsService,
    private readonly pins: TipPinService,
  ) {}

  // ---- public: the tipster and the web site ----

  @Mutation(() => TipReceiptModel, { description: '匿名通報（ウェブサイトの通報フォーム）。受付番号を返す。緊急時は110番通報を案内する' })
  @Public()
  submitTip(@Ctx() ctx: RequestContext, @Context('req') req: HttpRequest, @Args('input') input: TipIntakeInput) {
    return this.service.submitWeb(ctx, input, this.pins.clientKey(addressOf(req)));
  }

  @Mutation(() => TipsterViewModel, { description: '受付番号と暗証番号で、通報者への追加情報の求めを確認する（誤りが続くと一定時間利用できない）' })
  @Public()
  tipsterView(@Ctx() ctx: RequestContext, @Context('req') req: HttpRequest, @Args('input') input: TipsterCredentialsInput) {
    return this.service.tipsterView(ctx, input.receiptNumber, input.pin, this.pins.clientKey(addressOf(req)));
  }

  @Mutation(() => TipsterInformationReceiptModel, { description: '受付番号と暗証番号で追加情報を送る' })
  @Public()
  addTipInformation(@Ctx() ctx: RequestContext, @Context('req') req: HttpRequest, @Args('input') input: TipsterInformationInput) {
    return this.service.tipsterAddInformation(ctx, input, this.pins.clientKey(addressOf(req)));
  }

  @Query(() => TipNoticesModel, { description: '「匿名通報」ウェブサイトの掲載事項: 追加情報を求めている受付番号と、情報料の支払対象の受付番号' })
  @Public()
  tipNotices() {
    return this.service.notices();
  }

  // ---- the desk ----

  @Mutation(() => TipReceiptModel, { description: '電話による通報の記録（受付者）' })
  @Allow(TipAction.CREATE, TIP)
  recordPhoneTip(@Ctx() ctx: RequestContext, @Args('input') input: TipIntakeInput) {
    return this.service.recordPhone(ctx, input);
  }

  @Mutation(() => TipModel, { description: '電話で受けた追加情報の記録（受付者。通報者の暗証番号で本人確認）' })
  @Allow(TipAction.RECORD_INFORMATION, TIP)
  recordTipInformation(@Ctx() ctx: RequestContext, @Args('input') input: RecordTipInformationInput) {
    return this.service.recordPhoneInformation(ctx, input);
  }

  @Query(() => TipConnectionModel, { description: '匿名通報の一覧（見てよい通報・項目のみ、受付の新しい順）' })
  @Allow(READ, TIP)
  tips(@Ctx() ctx: RequestContext, @Args() args: TipsArgs) {
    return this.service.list(ctx, args.filter ?? {}, args.first, args.after ?? null);
  }

  @Query(() => TipModel, { description: '匿名通報1件' })
  @Allow(READ, TIP)
  tip(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => TipModel, { description: '対象事案情報 / 参考情報の判断（警察庁主管課）' })
  @Allow(TipAction.CLASSIFY, TIP)
  classifyTip(@Ctx() ctx: RequestContext, @Args('input') input: ClassifyTipInput) {
    return this.service.classify(ctx, input);
  }

  @Mutation(() => TipModel, { description: '通報者に追加情報を求める（受付番号がウェブサイトに掲載される）' })
  @Allow(TipAction.REQUEST_INFORMATION, TIP)
  requestTipInformation(@Ctx() ctx: RequestContext, @Args('input') input: RequestTipInformationInput) {
    return this.service.requestInformation(ctx, input);
  }

  @Mutation(() => TipModel, { description: '追加情報の求めの取下げ（掲載を終了する）' })
  @Allow(TipAction.REQUEST_INFORMATION, TIP)
  withdrawTipInformationRequest(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawTipInformationRequestInput) {
    return this.service.withdrawInformationRequest(ctx, input);
  }

  @Mutation(() => TipModel, { description: '通報を都道府県警察本部へ転送する（警察庁主管課）' })
  @Allow(TipAction.FORWARD, TIP)
  forwardTip(@Ctx() ctx: RequestContext, @Args('input') input: ForwardTipInput) {
    return this.service.forward(ctx, input);
  }

  @Mutation(() => OpenedCaseFromTipModel, { description: '転送された通報から犯罪実行者募集情報の事件を作成する（受付番号を事件の端緒として記録）' })
  @Allow(TipAction.OPEN_CASE, TIP)
  openCaseFromTip(@Ctx() ctx: RequestContext, @Args('input') input: OpenCaseFromTipInput) {
    return this.service.openCase(ctx, input);
  }

  @Mutation(() => TipModel, { description: '情報料の決定（警察庁主管課）。受付番号を1年間ウェブサイトに掲載する' })
  @Allow(TipAction.DECIDE_REWARD, TIP)
  decideTipReward(@Ctx() ctx: RequestContext, @Args('input') input: DecideTipRewardInput) {
    return this.service.decideReward(ctx, input);
  }

  @Mutation(() => RewardReceiptModel, { description: '情報料の支払の記録（受付者。暗証番号で本人確認の上）。領収書を返す' })
  @Allow(TipAction.RECORD_PAYMENT, TIP)
  recordRewardPayment(@Ctx() ctx: RequestContext, @Args('input') input: RecordRewardPaymentInput) {
    return this.service.recordPayment(ctx, input);
  }

  @Query(() => RewardLedgerModel, { description: '情報料支払台帳（受付者・警察庁主管課）' })
  @Allow(READ, TIP)
  rewardLedger(@Ctx() ctx: RequestContext) {
    return this.service.ledger(ctx);
  }
}
