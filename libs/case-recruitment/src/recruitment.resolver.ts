import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, UPDATE } from '@renkei/authz';
import { CASE, CaseAction, CaseModel, TASK, TaskModel } from '@renkei/cases';
import { RecruitmentService } from './recruitment.service';
import { RECRUITMENT_POST, RecruitmentAction } from './recruitment.fields';
import { FiledRecruitmentPostModel, RecruitmentContactModel, RecruitmentPostModel, RecruitmentTakedownModel } from './models/recruitment.models';
import {
  FileRecruitmentPostInput,
  RecordRecruitmentTakedownInput,
  ReferRecruitmentToLabourInput,
  RequestRecruitmentSubscriberInput,
  SetLabourReferralStatusInput,
  UpdateRecruitmentInvestigationInput,
} from './dto/recruitment.inputs';

/** Root mutations of 犯罪実行者募集情報; the rules are in RecruitmentService. */
@Resolver()
export class RecruitmentResolver {
  constructor(private readonly recruitment: RecruitmentService) {}

  @Mutation(() => FiledRecruitmentPostModel, { description: '犯罪実行者募集情報の登録（同じURLが既にあれば既存の事案を返す）' })
  @Allow(CaseAction.CREATE, CASE)
  fileRecruitmentPost(@Ctx() ctx: RequestContext, @Args('input') input: FileRecruitmentPostInput) {
    return this.recruitment.file(ctx, input);
  }

  @Mutation(() => TaskModel, { description: '労働局への職業安定法第63条に基づく通報（依頼）' })
  @Allow(CaseAction.CREATE, TASK)
  referRecruitmentToLabourBureau(@Ctx() ctx: RequestContext, @Args('input') input: ReferRecruitmentToLabourInput) {
    return this.recruitment.referToLabourBureau(ctx, input.caseId, input.request ?? null, input.dueAt ?? null);
  }

  @Mutation(() => TaskModel, { description: '連絡先電話番号の契約者照会（その番号の事業者への依頼）' })
  @Allow(CaseAction.CREATE, TASK)
  requestRecruitmentSubscriber(@Ctx() ctx: RequestContext, @Args('input') input: RequestRecruitmentSubscriberInput) {
    return this.recruitment.requestSubscriber(ctx, input.caseId, input.contactId, input.dueAt ?? null);
  }

  @Mutation(() => RecruitmentPostModel, { description: '第63条通報の状況の更新' })
  @Allow(UPDATE, RECRUITMENT_POST)
  setLabourReferralStatus(@Ctx() ctx: RequestContext, @Args('input') input: SetLabourReferralStatusInput) {
    return this.recruitment.setLabourReferralStatus(ctx, input.caseId, input.version, input.status);
  }

  @Mutation(() => RecruitmentPostModel, { description: '捜査情報（被疑者、関連事件、メモ）の更新: 警察のみ' })
  @Allow(UPDATE, RECRUITMENT_POST)
  updateRecruitmentInvestigation(@Ctx() ctx: RequestContext, @Args('input') input: UpdateRecruitmentInvestigationInput) {
    const { caseId, version, ...changes } = input;
    return this.recruitment.updateInvestigation(ctx, caseId, version, changes);
  }

  @Mutation(() => RecruitmentTakedownModel, { description: '削除依頼・返信警告・結果の記録' })
  @Allow(RecruitmentAction.RECORD_TAKEDOWN, RECRUITMENT_POST)
  recordRecruitmentTakedown(@Ctx() ctx: RequestContext, @Args('input') input: RecordRecruitmentTakedownInput) {
    return this.recruitment.recordTakedown(ctx, input);
  }
}

/** The recruitment details of a case, each loaded through the actor's rows and projected. */
@Resolver(() => CaseModel)
export class RecruitmentCaseFieldsResolver {
  constructor(private readonly recruitment: RecruitmentService) {}

  @ResolveField('recruitmentPost', () => RecruitmentPostModel, { nullable: true, description: '犯罪実行者募集情報（閲覧できない場合 null）' })
  recruitmentPost(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.recruitment.post(ctx, c.id);
  }

  @ResolveField('recruitmentContacts', () => [RecruitmentContactModel], { description: '投稿中の連絡手段（閲覧できるもののみ）' })
  recruitmentContacts(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.recruitment.contacts(ctx, c.id);
  }

  @ResolveField('recruitmentTakedowns', () => [RecruitmentTakedownModel], { description: '削除依頼・返信警告・結果' })
  recruitmentTakedowns(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.recruitment.takedowns(ctx, c.id);
  }
}
