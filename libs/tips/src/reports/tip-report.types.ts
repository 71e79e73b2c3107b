import { RewardPaymentMethod, TipCategory, TipChannel, TipClassification } from '@renkei/core';

/**
 * The plain inputs of the report forms to 警察庁 (seed 003 第7条, 別記様式第1号〜第5号).
 * No database types here: the tips lib maps its rows onto these, the builders only lay them out.
 * Dates are instants (stored UTC); the forms show them in Asia/Tokyo with the Japanese era.
 */

/** 別記様式の番号: the value is the form number. */
export enum TipReportForm {
  /** 様式第1号 通報報告書 (対象事案情報) */
  TIP = 1,
  /** 様式第2号 参考情報報告書 (参考情報, or not yet classified) */
  REFERENCE = 2,
  /** 様式第3号 追加情報報告書 */
  ADDITIONAL_INFORMATION = 3,
  /** 様式第4号 受付状況報告書 (one day) */
  DAILY_INTAKE = 4,
  /** 様式第5号 業務報告書 (one month) */
  MONTHLY_BUSINESS = 5,
}

export const TIP_REPORT_FORM_TITLE_JA: Record<TipReportForm, string> = {
  [TipReportForm.TIP]: '通報報告書',
  [TipReportForm.REFERENCE]: '参考情報報告書',
  [TipReportForm.ADDITIONAL_INFORMATION]: '追加情報報告書',
  [TipReportForm.DAILY_INTAKE]: '受付状況報告書',
  [TipReportForm.MONTHLY_BUSINESS]: '業務報告書',
};

export const TIP_CHANNEL_JA: Record<TipChannel, string> = {
  [TipChannel.PHONE]: '電話',
  [TipChannel.WEB]: 'インターネット',
};

export const TIP_CLASSIFICATION_JA: Record<TipClassification, string> = {
  [TipClassification.TARGET]: '対象事案情報',
  [TipClassification.REFERENCE]: '参考情報',
};

export const UNCLASSIFIED_JA = '未分類';
export const NO_CATEGORY_JA = '区分なし';

export const REWARD_PAYMENT_METHOD_JA: Record<RewardPaymentMethod, string> = {
  [RewardPaymentMethod.CASH]: '現金交付',
  [RewardPaymentMethod.TRANSFER]: '口座振込',
  [RewardPaymentMethod.POST]: '現金郵送',
};

/** Common to every form. */
export interface TipReportMeta {
  /** when the file is generated (the service's Clock) */
  generatedAt: Date;
  /** 受託者名, shown under the title when given */
  contractorName?: string | null;
}

/** One answer of the eligibility check (seed 003 第5条第8項(1), 不適格者ア〜キ). */
export interface EligibilityAnswer {
  /** the question as asked, in Japanese, e.g. '当該通報に係る事案等の被疑者ではないか' */
  question: string;
  /** YES: the tipster is such a person; NO: is not; UNKNOWN: not asked or not answered */
  answer: 'YES' | 'NO' | 'UNKNOWN';
}

/** 様式第1号 / 第2号: one tip. The form follows `classification` (TARGET → 1, otherwise 2). */
export interface TipReportInput {
  /** 受付番号, e.g. T-20261120-0042 */
  receiptNumber: string;
  receivedAt: Date;
  channel: TipChannel;
  /** null when neither the tipster nor the receiver chose one */
  category: TipCategory | null;
  /** null until 警察庁 decides (the receiver's first report is then a 参考情報報告書) */
  classification: TipClassification | null;
  urgent: boolean;
  /** for an urgent tip: when 警察庁 was told at once (第7条第2項) */
  urgentReportedAt?: Date | null;
  /** 通報内容 */
  content: string;
  /** 情報料の受領意思: null when not asked (e.g. the web form left it blank) */
  rewardWanted: boolean | null;
  eligibility: EligibilityAnswer[];
  /** 受付者の所見 */
  receiverNotes: string | null;
}

/** 様式第3号: one piece of additional information on a tip. */
export interface AdditionalInformationReportInput {
  receiptNumber: string;
  /** 1 for the first addition to this tip, 2 for the next, ... (also in the file name) */
  sequence: number;
  /** the request posted on the site (追加情報の求め), null when the tipster added on their own */
  question: string | null;
  /** 追加された情報 */
  information: string;
  receivedAt: Date;
  channel: TipChannel;
  receiverNotes?: string | null;
}

/** A tip as the daily and monthly reports count it. */
export interface TipSummary {
  receiptNumber: string;
  receivedAt: Date;
  channel: TipChannel;
  category: TipCategory | null;
  classification: TipClassification | null;
  urgent: boolean;
}

/** 様式第4号: the intake of one JST calendar day. */
export interface DailyIntakeReportInput {
  /** the JST date, YYYY-MM-DD */
  date: string;
  /** every tip received that day (JST); counts are computed from this list */
  tips: TipSummary[];
  /** additional information received that day */
  additionalInformation: { receiptNumber: string; receivedAt: Date; channel: TipChannel }[];
}

export interface RewardDecision {
  receiptNumber: string;
  decidedAt: Date;
  /** yen */
  amount: number;
}

export interface RewardPayment {
  receiptNumber: string;
  paidAt: Date;
  /** yen, the reward itself */
  amount: number;
  method: RewardPaymentMethod;
  /** yen: transfer fee, postage (第10条第8項 costs), 0 when none */
  costs: number;
}

/** A receipt number taken off the public site's list. */
export interface PublicListRemoval {
  receiptNumber: string;
  /** REWARD_NOTICE: 情報料の通知 (removed after one year, 第10条第3項); ADDITIONAL_INFORMATION_REQUEST: 追加情報の求め */
  list: 'REWARD_NOTICE' | 'ADDITIONAL_INFORMATION_REQUEST';
  postedAt: Date;
  removedAt: Date;
}

/** 様式第5号: one month's business. */
export interface MonthlyBusinessReportInput {
  /** the JST month, YYYY-MM */
  month: string;
  /** every tip received in the month (JST) */
  tips: TipSummary[];
  /** additional information received in the month */
  additionalInformationCount: number;
  /** rewards decided by 警察庁 in the month */
  rewardsDecided: RewardDecision[];
  /** rewards paid in the month */
  rewardsPaid: RewardPayment[];
  /** receipt numbers removed from the public list in the month */
  removals: PublicListRemoval[];
}

/** What a report file is about: the input of reportFileName. */
export type TipReportFileRef =
  | { form: TipReportForm.TIP | TipReportForm.REFERENCE; receiptNumber: string }
  | { form: TipReportForm.ADDITIONAL_INFORMATION; receiptNumber: string; sequence: number }
  | { form: TipReportForm.DAILY_INTAKE; date: string }
  | { form: TipReportForm.MONTHLY_BUSINESS; month: string };
