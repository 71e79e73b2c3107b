import type { SubjectDefinition } from '@renkei/authz';

/** The protected type (glossary: 匿名通報 → `Tip`). */
export const TIP = 'Tip';

/** The field groups of VISIBILITY.md section 5, by the names the grant files use. The PIN hash is no field at all. */
export enum TipGroup {
  /** receipt number, category (別表1〜9), channel, received at, content, urgency */
  BASIC = 'basic',
  /** classification (対象事案 / 参考情報), forwarding, the case opened from it, the report to 警察庁 */
  TRIAGE = 'triage',
  /** additional-information requests and answers */
  ADDITIONAL_INFORMATION = 'additionalInformation',
  /** reward: eligibility answers (and the tipster's volunteered identity), decision, notice, payment, ledger */
  REWARD = 'reward',
}

/** Actions beyond field reads and writes; each service method checks its own on the row. */
export enum TipAction {
  /** record a phone tip (受付者) */
  CREATE = 'create',
  /** record additional information received by phone */
  RECORD_INFORMATION = 'recordInformation',
  /** 対象事案 / 参考情報 */
  CLASSIFY = 'classify',
  /** ask the tipster for more (and withdraw the request) */
  REQUEST_INFORMATION = 'requestInformation',
  /** forward to a prefecture's police HQ */
  FORWARD = 'forward',
  /** open a case from a forwarded tip */
  OPEN_CASE = 'openCase',
  /** decide a reward (情報料) */
  DECIDE_REWARD = 'decideReward',
  /** pay it, after PIN verification */
  RECORD_PAYMENT = 'recordPayment',
}

export const TIP_SUBJECT: SubjectDefinition = {
  name: TIP,
  alwaysVisible: ['id', 'version'],
  groups: {
    [TipGroup.BASIC]: ['receiptNumber', 'category', 'channel', 'receivedAt', 'content', 'urgent'],
    [TipGroup.TRIAGE]: ['classification', 'classifiedAt', 'forwardedAgencyId', 'forwardedAt', 'caseId', 'reportDueAt', 'reportedAt'],
    [TipGroup.ADDITIONAL_INFORMATION]: ['infoRequests', 'additionalInformation'],
    [TipGroup.REWARD]: [
      'selfIdentification', 'disqualifications', 'wantsReward', 'rewardAmount', 'rewardDecidedAt', 'rewardNoticePostedAt', 'rewardNoticeRemovedAt',
      'rewardPaymentMethod', 'rewardPaidAt',
    ],
  },
  columns: {
    id: { expr: '{alias}.id' },
    receiptNumber: { expr: '{alias}.receipt_number' },
    category: { expr: '{alias}.category' },
    receivedAt: { expr: '{alias}.received_at' },
    urgent: { expr: '{alias}.urgent' },
    classification: { expr: '{alias}.classification' },
    forwardedAgencyId: { expr: '{alias}.forwarded_agency_id' },
    rewardPaidAt: { expr: '{alias}.reward_paid_at' },
  },
};
