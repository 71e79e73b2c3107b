import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, UPDATE } from '@renkei/authz';
import { CASE, CaseAction, CaseModel } from '@renkei/cases';
import { EvidenceRequestService } from './evidence-request.service';
import { EVIDENCE_REQUEST } from './evidence-request.fields';
import { EvidenceRequestModel, FiledEvidenceRequestModel } from './models/evidence-request.models';
import { FileEvidenceRequestInput, RecordEvidenceRequestReceivedInput, TransitionEvidenceRequestInput } from './dto/evidence-request.inputs';

/** Root mutations of 外国捜査機関への証拠提供要請; the rules are in EvidenceRequestService. */
@Resolver()
export class EvidenceRequestResolver {
  constructor(private readonly requests: EvidenceRequestService) {}

  @Mutation(() => FiledEvidenceRequestModel, { description: '外国捜査機関への証拠提供要請の起案（警察）' })
  @Allow(CaseAction.CREATE, CASE)
  fileEvidenceRequest(@Ctx() ctx: RequestContext, @Args('input') input: FileEvidenceRequestInput) {
    return this.requests.file(ctx, input);
  }

  @Mutation(() => CaseModel, { description: '要請の進行（本部長承認・警察庁へ送付・外国へ送付・受領確認・一部回答・回答・終結）と各段階の日付の記録' })
  @Allow(CaseAction.TRANSITION, CASE)
  transitionEvidenceRequest(@Ctx() ctx: RequestContext, @Args('input') input: TransitionEvidenceRequestInput) {
    return this.requests.transition(ctx, input.caseId, input.version, input.transition);
  }

  @Mutation(() => EvidenceRequestModel, { description: '受領した証拠の記録 (S)' })
  @Allow(UPDATE, EVIDENCE_REQUEST)
  recordEvidenceRequestReceived(@Ctx() ctx: RequestContext, @Args('input') input: RecordEvidenceRequestReceivedInput) {
    return this.requests.recordReceived(ctx, input.caseId, input.version, input.receivedEvidence, input.receivedAt ?? null);
  }
}

/** The request of a case, loaded through the actor's rows and projected. */
@Resolver(() => CaseModel)
export class EvidenceRequestCaseFieldsResolver {
  constructor(private readonly requests: EvidenceRequestService) {}

  @ResolveField('evidenceRequest', () => EvidenceRequestModel, { nullable: true, description: '外国捜査機関への証拠提供要請（閲覧できない場合 null）' })
  evidenceRequest(@Ctx() ctx: RequestContext, @Parent() c: CaseModel) {
    return this.requests.request(ctx, c.id);
  }
}
