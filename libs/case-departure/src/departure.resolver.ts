import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, UPDATE } from '@renkei/authz';
import { CASE, CaseAction, CaseModel } from '@renkei/cases';
import { DepartureService } from './departure.service';
import { DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_IMMIGRATION_NOTE, DEPARTURE_RISK_NOTE } from './departure.fields';
import { DepartureNoteKind } from './departure.types';
import { DepartingResidentModel, DepartureAccountModel, DepartureContractModel, DepartureNoteModel, FiledDepartingResidentModel } from './models/departure.models';
import { AddDepartureNoteInput, AnswerDepartureRowInput, FileDepartingResidentInput } from './dto/departure.inputs';

/** Root mutations of the departure case type; thin: the rules live in the service. */
@Resolver()
export class DepartureResolver {
  constructor(private readonly service: DepartureService) {}

  @Mutation(() => FiledDepartingResidentModel, { description: '帰国する在留外国人の事案を登録（警察・入管）: 金融機関・通信事業者ごと、入管への依頼を作成' })
  @Allow(CaseAction.CREATE, CASE)
  fileDepartingResident(@Ctx() ctx: RequestContext, @Args('input') input: FileDepartingResidentInput) {
    return this.service.file(ctx, input);
  }

  @Mutation(() => DepartureAccountModel, { description: '金融機関: 自社の口座ごとの回答（状態・根拠・日付）' })
  @Allow(UPDATE, DEPARTURE_ACCOUNT)
  answerDepartureAccount(@Ctx() ctx: RequestContext, @Args('input') input: AnswerDepartureRowInput) {
    return this.service.answerAccount(ctx, input);
  }

  @Mutation(() => DepartureContractModel, { description: '通信事業者: 自社の契約ごとの回答（状態・根拠・日付）' })
  @Allow(UPDATE, DEPARTURE_CONTRACT)
  answerDepartureContract(@Ctx() ctx: RequestContext, @Args('input') input: AnswerDepartureRowInput) {
    return this.service.answerContract(ctx, input);
  }

  @Mutation(() => DepartureNoteModel, { description: '入管の連絡事項（出国確認・再入国許可）を追加（入管のみ）' })
  @Allow(UPDATE, DEPARTURE_IMMIGRATION_NOTE)
  addDepartureImmigrationNote(@Ctx() ctx: RequestContext, @Args('input') input: AddDepartureNoteInput) {
    return this.service.addNote(ctx, input.caseId, DepartureNoteKind.IMMIGRATION, input.body);
  }

  @Mutation(() => DepartureNoteModel, { description: '警察のリスク情報（口座売買の疑いなど）を追加（警察のみ）' })
  @Allow(UPDATE, DEPARTURE_RISK_NOTE)
  addDepartureRiskNote(@Ctx() ctx: RequestContext, @Args('input') input: AddDepartureNoteInput) {
    return this.service.addNote(ctx, input.caseId, DepartureNoteKind.POLICE_RISK, input.body);
  }
}

/** `Case.departingResident`: null unless the case is of this type and the user may read its person. */
@Resolver(() => CaseModel)
export class CaseDepartingResidentResolver {
  constructor(private readonly service: DepartureService) {}

  @ResolveField('departingResident', () => DepartingResidentModel, { nullable: true, description: '帰国する在留外国人（閲覧できる場合のみ）' })
  departingResident(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.service.residentOf(ctx, c.id);
  }
}

/** The person's accounts, contracts and notes: each list holds only the rows the user may read. */
@Resolver(() => DepartingResidentModel)
export class DepartingResidentFieldsResolver {
  constructor(private readonly service: DepartureService) {}

  @ResolveField('accounts', () => [DepartureAccountModel], { description: '口座（金融機関は自社の口座だけ）' })
  accounts(@Ctx() ctx: RequestContext, @Parent() r: DepartingResidentModel) {
    return this.service.accountsOf(ctx, r.caseId);
  }

  @ResolveField('contracts', () => [DepartureContractModel], { description: '携帯電話契約（通信事業者は自社の契約だけ）' })
  contracts(@Ctx() ctx: RequestContext, @Parent() r: DepartingResidentModel) {
    return this.service.contractsOf(ctx, r.caseId);
  }

  @ResolveField('immigrationNotes', () => [DepartureNoteModel], { description: '入管の連絡事項' })
  immigrationNotes(@Ctx() ctx: RequestContext, @Parent() r: DepartingResidentModel) {
    return this.service.notesOf(ctx, r.caseId, DepartureNoteKind.IMMIGRATION);
  }

  @ResolveField('riskNotes', () => [DepartureNoteModel], { description: '警察のリスク情報（警察のみ）' })
  riskNotes(@Ctx() ctx: RequestContext, @Parent() r: DepartingResidentModel) {
    return this.service.notesOf(ctx, r.caseId, DepartureNoteKind.POLICE_RISK);
  }
}
