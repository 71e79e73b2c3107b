import { graphql } from '../gql';

// The operations of the other case types (募集情報・電話転送・証拠提供要請), comments and
// attachments, typed by codegen from schema.graphql (`npm run codegen:web`).

export const CtCaseDocument = graphql(`
  query CtCase($id: ID!) {
    case(id: $id) {
      id
      reference
      type
      state
      title
      priority
      filedAt
      updatedAt
      version
      owningAgencyId
      availableTransitions
      redactedFields
      tasks {
        id
        agencyId
        kind
        state
        dueAt
        request
        answer
        answeredAt
        rejectionReason
        redactedFields
      }
      timeline {
        id
        type
        occurredAt
        taskId
        audience
        audienceAgencyId
        redactedFields
      }
      comments {
        id
        body
        audience
        audienceAgencyId
        authorAgencyId
        createdAt
        redactedFields
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
        audience
        audienceAgencyId
        uploadedAgencyId
        createdAt
        redactedFields
      }
      departingResident {
        ...ResidentFields
      }
      recruitmentPost {
        ...CtRecruitmentPostFields
      }
      recruitmentContacts {
        id
        kind
        value
        messengerService
        carrierAgencyId
        redactedFields
      }
      recruitmentTakedowns {
        id
        kind
        channel
        result
        reference
        occurredAt
        recheckDueAt
        redactedFields
      }
      forwardingProvider {
        ...CtForwardingProviderFields
      }
      evidenceRequest {
        ...CtEvidenceRequestFields
      }
    }
  }
`);

export const CtRecruitmentPostFieldsFragment = graphql(`
  fragment CtRecruitmentPostFields on RecruitmentPost {
    id
    version
    platform
    url
    text
    postedAt
    capturedAt
    posterHandle
    sourceChannel
    riskScore
    matchedKeywords
    labourReferralStatus
    screenshotHash
    suspectIdentity
    tipReceiptNumber
    linkedCriminalCases
    investigationNotes
    redactedFields
  }
`);

export const CtForwardingProviderFieldsFragment = graphql(`
  fragment CtForwardingProviderFields on ForwardingProvider {
    id
    name
    serviceName
    corporateNumber
    corporateNumberValid
    notificationNumber
    address
    representative
    version
    redactedFields
    numbers {
      id
      number
      numberType
      usage
      carrierAgencyId
      reseller
      contractHolder
      result
      resultReason
      suspendedOn
      requestedAt
      answeredAt
      restrictedAt
      suspensionTaskId
      version
      redactedFields
    }
    damages {
      id
      fraudCaseReference
      amountYen
      victimName
      redactedFields
    }
    referrals {
      id
      regulatorAgencyId
      request
      referredAt
      supervisoryAction
      actionTakenOn
      reportedAt
      taskId
      version
      redactedFields
    }
  }
`);

export const CtEvidenceRequestFieldsFragment = graphql(`
  fragment CtEvidenceRequestFields on EvidenceRequest {
    id
    channel
    country
    foreignAuthority
    offence
    legalBasis
    dualCriminality
    dualCriminalityNote
    requestedItems
    indispensability
    translationStatus
    conditionsOnUse
    urgency
    draftedAt
    hqApprovedAt
    sentToNpaAt
    sentAbroadAt
    acknowledgedAt
    partiallyAnsweredAt
    answeredAt
    closedAt
    receivedAt
    receivedEvidence
    version
    redactedFields
  }
`);

export const CtFileRecruitmentDocument = graphql(`
  mutation CtFileRecruitmentPost($input: FileRecruitmentPostInput!) {
    fileRecruitmentPost(input: $input) {
      caseId
      reference
      alreadyKnown
    }
  }
`);

export const CtFileForwardingDocument = graphql(`
  mutation CtFileForwardingProvider($input: FileForwardingProviderInput!) {
    fileForwardingProvider(input: $input) {
      id
      reference
    }
  }
`);

export const CtFileEvidenceDocument = graphql(`
  mutation CtFileEvidenceRequest($input: FileEvidenceRequestInput!) {
    fileEvidenceRequest(input: $input) {
      caseId
      reference
    }
  }
`);

export const CtTransitionDocument = graphql(`
  mutation CtTransitionCase($input: TransitionCaseInput!) {
    transitionCase(input: $input) {
      id
      state
      version
      availableTransitions
    }
  }
`);

export const CtAddCommentDocument = graphql(`
  mutation CtAddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      id
      body
      audience
      audienceAgencyId
      createdAt
      redactedFields
    }
  }
`);

export const CtReferLabourDocument = graphql(`
  mutation CtReferRecruitmentToLabour($input: ReferRecruitmentToLabourInput!) {
    referRecruitmentToLabourBureau(input: $input) {
      id
      state
    }
  }
`);

export const CtRequestSubscriberDocument = graphql(`
  mutation CtRequestRecruitmentSubscriber($input: RequestRecruitmentSubscriberInput!) {
    requestRecruitmentSubscriber(input: $input) {
      id
      state
    }
  }
`);

export const CtRequestSuspensionDocument = graphql(`
  mutation CtRequestSuspension($caseId: ID!) {
    requestSuspension(caseId: $caseId) {
      taskIds
    }
  }
`);

export const CtReferRegulatorDocument = graphql(`
  mutation CtReferToRegulator($input: ReferToRegulatorInput!) {
    referToRegulator(input: $input) {
      id
    }
  }
`);

export const CtTaskDocument = graphql(`
  query CtTask($id: ID!) {
    task(id: $id) {
      id
      caseId
      agencyId
      kind
      state
      dueAt
      request
      legalBasis
      answer
      answeredAt
      rejectionReason
      scopeRefs
      version
      redactedFields
    }
  }
`);

export const CtAcknowledgeTaskDocument = graphql(`
  mutation CtAcknowledgeTask($input: TaskVersionInput!) {
    acknowledgeTask(input: $input) {
      id
      state
      version
    }
  }
`);

export const CtAnswerTaskDocument = graphql(`
  mutation CtAnswerTask($input: AnswerTaskInput!) {
    answerTask(input: $input) {
      id
      state
      answer
      answeredAt
      version
    }
  }
`);

export const CtRejectTaskDocument = graphql(`
  mutation CtRejectTask($input: RejectTaskInput!) {
    rejectTask(input: $input) {
      id
      state
      rejectionReason
      version
    }
  }
`);

export const CtAnswerSuspensionDocument = graphql(`
  mutation CtAnswerSuspension($input: AnswerSuspensionInput!) {
    answerSuspension(input: $input) {
      id
      result
      resultReason
      suspendedOn
      contractHolder
      answeredAt
      version
      redactedFields
    }
  }
`);

export const CtReportSupervisoryActionDocument = graphql(`
  mutation CtReportSupervisoryAction($input: ReportSupervisoryActionInput!) {
    reportSupervisoryAction(input: $input) {
      id
      supervisoryAction
      actionTakenOn
      reportedAt
      version
      redactedFields
    }
  }
`);

// 警察庁 records what came back from abroad, on the request's own version (not the case's).
export const CtRecordEvidenceReceivedDocument = graphql(`
  mutation CtRecordEvidenceReceived($input: RecordEvidenceRequestReceivedInput!) {
    recordEvidenceRequestReceived(input: $input) {
      id
      receivedAt
      receivedEvidence
      version
      redactedFields
    }
  }
`);

// 労働局 sets its 職安法63条 status on the post's version shown.
export const CtSetLabourReferralStatusDocument = graphql(`
  mutation CtSetLabourReferralStatus($input: SetLabourReferralStatusInput!) {
    setLabourReferralStatus(input: $input) {
      id
      labourReferralStatus
      version
      redactedFields
    }
  }
`);
