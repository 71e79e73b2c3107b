import type { RewardPaymentMethod, TipCategory, TipChannel, TipClassification } from '@renkei/core';

/**
 * 不適格者 (seed 003 第5条第8項(1) ア〜キ): a tipster in one of these is paid no reward.
 * Recorded from the tipster's own answers at intake.
 */
export enum RewardDisqualification {
  /** ア 当該通報に係る事案等の被疑者 */
  SUSPECT = 'SUSPECT',
  /** イ 当該通報に係る事案等の被害者 */
  VICTIM = 'VICTIM',
  /** ウ 警察職員 */
  POLICE_STAFF = 'POLICE_STAFF',
  /** エ 受託者 */
  CONTRACTOR = 'CONTRACTOR',
  /** オ 公務員であって、公務の過程において通報に係る情報を知った者 */
  OFFICIAL_ON_DUTY = 'OFFICIAL_ON_DUTY',
  /** カ 学校の教職員・児童福祉施設の職員・医師・保健師・弁護士等であって、業務の過程で知った者 */
  PROFESSIONAL_AT_WORK = 'PROFESSIONAL_AT_WORK',
  /** キ アからカまでに掲げる者と意を通じて通報した者等 */
  COLLUDING = 'COLLUDING',
}

/** An additional-information request (追加情報の求め) moves OPEN → ANSWERED or WITHDRAWN. */
export enum TipInfoRequestState {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  WITHDRAWN = 'WITHDRAWN',
}

export interface TipInfoRequestItem {
  id: string;
  question: string;
  state: TipInfoRequestState;
  requestedAt: Date;
  closedAt: Date | null;
}

export interface TipAdditionalInformationItem {
  id: string;
  requestId: string | null;
  channel: TipChannel;
  content: string;
  receivedAt: Date;
  reportDueAt: Date;
  reportedAt: Date | null;
}

/** A tip as the repository loads it (never the PIN hash). */
export interface TipRow {
  id: string;
  version: number;
  receiptNumber: string;
  category: TipCategory;
  channel: TipChannel;
  receivedAt: Date;
  content: string;
  urgent: boolean;
  classification: TipClassification | null;
  classifiedAt: Date | null;
  forwardedAgencyId: string | null;
  forwardedAt: Date | null;
  caseId: string | null;
  reportDueAt: Date;
  reportedAt: Date | null;
  infoRequests: TipInfoRequestItem[];
  additionalInformation: TipAdditionalInformationItem[];
  selfIdentification: string | null;
  disqualifications: RewardDisqualification[];
  wantsReward: boolean;
  rewardAmount: number | null;
  rewardDecidedAt: Date | null;
  rewardNoticePostedAt: Date | null;
  rewardNoticeRemovedAt: Date | null;
  rewardPaymentMethod: RewardPaymentMethod | null;
  rewardPaidAt: Date | null;
}

export interface NewTip {
  receiptNumber: string;
  category: TipCategory;
  channel: TipChannel;
  receivedAt: Date;
  content: string;
  urgent: boolean;
  recordedBy: string | null;
  pinHash: string;
  selfIdentification: string | null;
  disqualifications: RewardDisqualification[];
  wantsReward: boolean;
  reportDueAt: Date;
}

/** What the PIN check needs, loaded without any row condition (the tipster has no account). */
export interface TipCredentials {
  id: string;
  receiptNumber: string;
  pinHash: string;
}

/** One line of the 情報料支払台帳. */
export interface RewardLedgerRow {
  tipId: string;
  receiptNumber: string;
  rewardAmount: number;
  rewardPaymentMethod: RewardPaymentMethod;
  rewardPaidAt: Date;
}
