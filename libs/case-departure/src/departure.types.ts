import type { CaseContextRow } from '@renkei/cases';
/** 普通 / 当座 / 貯蓄. */
export enum AccountType {
  ORDINARY = 'ORDINARY',
  CURRENT = 'CURRENT',
  SAVINGS = 'SAVINGS',
}

/** 音声 / データ専用 / プリペイド. */
export enum ContractType {
  VOICE = 'VOICE',
  DATA_ONLY = 'DATA_ONLY',
  PREPAID = 'PREPAID',
}

/** The institution's answer per account or contract (DOMAIN.md §3). */
export enum DepartureRowStatus {
  /** 該当なし（自社で保有していない） */
  NOT_HELD = 'NOT_HELD',
  NORMAL = 'NORMAL',
  /** 出金制限（取引制限） */
  WITHDRAWALS_RESTRICTED = 'WITHDRAWALS_RESTRICTED',
  /** 凍結（取引停止） */
  FROZEN = 'FROZEN',
  /** 解約 */
  CLOSED = 'CLOSED',
}

export enum DepartureNoteKind {
  IMMIGRATION = 'IMMIGRATION',
  POLICE_RISK = 'POLICE_RISK',
}


export interface ResidentRow extends CaseContextRow {
  id: string;
  romajiName: string;
  kanaName: string | null;
  dateOfBirth: string;
  residenceCardNumber: string;
  nationality: string | null;
  statusOfResidence: string | null;
  address: string | null;
  applicationPending: boolean;
  applicationNumber: string | null;
  applicationDate: string | null;
  residenceExpiry: string;
  /** computed in SQL: residenceExpiry + 2 months when an application is pending (入管法 §20(6)) */
  gracePeriodEnd: string | null;
  plannedDeparture: string | null;
  confirmedDeparture: string | null;
  updatedAt: Date;
  version: number;
}

interface AnswerFields {
  taskId: string | null;
  status: DepartureRowStatus | null;
  legalBasis: string | null;
  statusOn: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface AccountRow extends CaseContextRow, AnswerFields {
  id: string;
  bankAgencyId: string;
  branchName: string;
  accountType: AccountType;
  accountNumber: string;
  holderKana: string | null;
}

export interface ContractRow extends CaseContextRow, AnswerFields {
  id: string;
  carrierAgencyId: string;
  number: string;
  contractType: ContractType | null;
}

export interface NoteRow extends CaseContextRow {
  id: string;
  body: string;
  authorId: string;
  createdAt: Date;
}
