import { graphql } from '../gql';

// The tip pages' operations (public form, tipster page, notices; the desks' screens).
// The tipster's reads are mutations on the server (they move the PIN throttle): never cached.

export const SubmitTipDocument = graphql(`
  mutation SubmitTip($input: TipIntakeInput!) {
    submitTip(input: $input) {
      receiptNumber
      urgent
      message
    }
  }
`);

export const RecordPhoneTipDocument = graphql(`
  mutation RecordPhoneTip($input: TipIntakeInput!) {
    recordPhoneTip(input: $input) {
      receiptNumber
      urgent
      message
    }
  }
`);

export const TipsterViewDocument = graphql(`
  mutation TipsterView($input: TipsterCredentialsInput!) {
    tipsterView(input: $input) {
      receiptNumber
      questions {
        id
        question
        requestedAt
        state
      }
    }
  }
`);

export const AddTipInformationDocument = graphql(`
  mutation AddTipInformation($input: TipsterInformationInput!) {
    addTipInformation(input: $input) {
      receiptNumber
      message
    }
  }
`);

export const TipNoticesDocument = graphql(`
  query TipNotices {
    tipNotices {
      infoRequested {
        receiptNumber
        postedAt
      }
      rewards {
        receiptNumber
        postedAt
      }
    }
  }
`);

export const TipsDocument = graphql(`
  query Tips($filter: TipFilterInput, $after: String) {
    tips(first: 100, filter: $filter, after: $after) {
      nodes {
        id
        receiptNumber
        receivedAt
        channel
        category
        urgent
        classification
        forwardedAgencyId
        reportDueAt
        reportedAt
        caseId
        wantsReward
        rewardAmount
        redactedFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TipDocument = graphql(`
  query Tip($id: ID!) {
    tip(id: $id) {
      id
      version
      receiptNumber
      receivedAt
      channel
      category
      urgent
      content
      classification
      classifiedAt
      forwardedAgencyId
      forwardedAt
      caseId
      reportDueAt
      reportedAt
      selfIdentification
      wantsReward
      disqualifications
      rewardAmount
      rewardDecidedAt
      rewardNoticePostedAt
      rewardNoticeRemovedAt
      rewardPaidAt
      rewardPaymentMethod
      infoRequests {
        id
        question
        requestedAt
        state
        closedAt
      }
      additionalInformation {
        id
        channel
        content
        receivedAt
        reportDueAt
        reportedAt
        requestId
      }
      redactedFields
    }
  }
`);

export const ClassifyTipDocument = graphql(`
  mutation ClassifyTip($input: ClassifyTipInput!) {
    classifyTip(input: $input) {
      id
      version
      classification
    }
  }
`);

export const RequestTipInformationDocument = graphql(`
  mutation RequestTipInformation($input: RequestTipInformationInput!) {
    requestTipInformation(input: $input) {
      id
      version
    }
  }
`);

export const WithdrawTipInformationRequestDocument = graphql(`
  mutation WithdrawTipInformationRequest($input: WithdrawTipInformationRequestInput!) {
    withdrawTipInformationRequest(input: $input) {
      id
      version
    }
  }
`);

export const ForwardTipDocument = graphql(`
  mutation ForwardTip($input: ForwardTipInput!) {
    forwardTip(input: $input) {
      id
      version
      forwardedAgencyId
    }
  }
`);

export const DecideTipRewardDocument = graphql(`
  mutation DecideTipReward($input: DecideTipRewardInput!) {
    decideTipReward(input: $input) {
      id
      version
      rewardAmount
    }
  }
`);

export const RecordTipInformationDocument = graphql(`
  mutation RecordTipInformation($input: RecordTipInformationInput!) {
    recordTipInformation(input: $input) {
      id
      version
    }
  }
`);

export const RecordRewardPaymentDocument = graphql(`
  mutation RecordRewardPayment($input: RecordRewardPaymentInput!) {
    recordRewardPayment(input: $input) {
      tipId
      receiptNumber
      amount
      paidAt
      method
    }
  }
`);

export const OpenCaseFromTipDocument = graphql(`
  mutation OpenCaseFromTip($input: OpenCaseFromTipInput!) {
    openCaseFromTip(input: $input) {
      caseId
      reference
    }
  }
`);

export const RewardLedgerDocument = graphql(`
  query RewardLedger {
    rewardLedger {
      count
      totalAmount
      byMethod {
        method
        count
        totalAmount
      }
      entries {
        tipId
        receiptNumber
        rewardAmount
        rewardPaidAt
        rewardPaymentMethod
      }
    }
  }
`);

export const TipReportFilesDocument = graphql(`
  query TipReportFiles($filter: TipReportFileFilterInput) {
    tipReportFiles(first: 200, filter: $filter) {
      nodes {
        id
        form
        title
        receiptNumber
        period
        fileName
        sha256
        sizeBytes
        generatedAt
        firstDownloadedAt
        downloadCount
        redactedFields
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const GenerateTipReportDocument = graphql(`
  mutation GenerateTipReport($input: GenerateTipReportInput!) {
    generateTipReport(input: $input) {
      id
      form
      title
      fileName
    }
  }
`);
