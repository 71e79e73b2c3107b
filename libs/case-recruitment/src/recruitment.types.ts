import type { CaseContextRow } from '@renkei/cases';
/** Where a post came from (DOMAIN.md section 1: patrol, public report to IHC, tip, labour bureau). */
export enum SourceChannel {
  CYBER_PATROL = 'CYBER_PATROL',
  PUBLIC_REPORT = 'PUBLIC_REPORT',
  ANONYMOUS_TIP = 'ANONYMOUS_TIP',
  LABOUR_BUREAU = 'LABOUR_BUREAU',
}

/** 職業安定法第63条に基づく通報 (`LabourReferral`): its status. */
export enum LabourReferralStatus {
  NOT_REFERRED = 'NOT_REFERRED',
  REFERRED = 'REFERRED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACTION_TAKEN = 'ACTION_TAKEN',
  NO_ACTION = 'NO_ACTION',
}

export enum ContactKind {
  PHONE = 'PHONE',
  MESSENGER = 'MESSENGER',
}

export enum TakedownKind {
  /** 送信防止措置依頼 (`RemovalRequest`) */
  REMOVAL_REQUEST = 'REMOVAL_REQUEST',
  /** 返信による警告 (`ReplyWarning`) */
  REPLY_WARNING = 'REPLY_WARNING',
  RESULT = 'RESULT',
}

export enum TakedownChannel {
  PLATFORM = 'PLATFORM',
  /** インターネット・ホットラインセンター */
  IHC = 'IHC',
}

export enum TakedownResult {
  REMOVED = 'REMOVED',
  STILL_UP = 'STILL_UP',
  REPOSTED = 'REPOSTED',
}

/** The task kinds this case type addresses to agencies. */
export enum RecruitmentTaskKind {
  LABOUR_REFERRAL = 'LABOUR_REFERRAL',
  SUBSCRIBER_IDENTIFICATION = 'SUBSCRIBER_IDENTIFICATION',
}

/** The case context every row carries for the policies' conditions. */
export type CaseContext = CaseContextRow;

export interface PostRow extends CaseContext {
  id: string;
  platform: string;
  url: string;
  text: string;
  postedAt: Date | null;
  capturedAt: Date;
  screenshotHash: string | null;
  matchedKeywords: string[];
  riskScore: number;
  posterHandle: string | null;
  sourceChannel: SourceChannel;
  tipReceiptNumber: string | null;
  filedByAgencyId: string;
  labourReferralStatus: LabourReferralStatus;
  suspectIdentity: string | null;
  linkedCriminalCases: string[];
  investigationNotes: string | null;
  version: number;
}

export interface ContactRow extends CaseContext {
  id: string;
  kind: ContactKind;
  value: string;
  messengerService: string | null;
  carrierAgencyId: string | null;
}

export interface TakedownRow extends CaseContext {
  id: string;
  kind: TakedownKind;
  channel: TakedownChannel | null;
  templateId: string | null;
  result: TakedownResult | null;
  reference: string | null;
  occurredAt: Date;
  recheckDueAt: Date | null;
  createdBy: string;
}

export interface NewPost {
  caseId: string;
  platform: string;
  url: string;
  urlNormalized: string;
  text: string;
  postedAt: Date | null;
  capturedAt: Date;
  screenshotHash: string | null;
  matchedKeywords: string[];
  riskScore: number;
  posterHandle: string | null;
  sourceChannel: SourceChannel;
  tipReceiptNumber: string | null;
  filedByAgencyId: string;
  suspectIdentity: string | null;
  at: Date;
}

export interface NewContact {
  kind: ContactKind;
  value: string;
  messengerService: string | null;
  carrierAgencyId: string | null;
}
