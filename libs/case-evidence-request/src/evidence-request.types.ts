import type { CaseContextRow } from '@renkei/cases';
/** The route a request travels (DOMAIN.md section 4; glossary: `MutualLegalAssistance`). */
export enum EvidenceRequestChannel {
  /** ICPO: 警察庁 is the national central bureau */
  ICPO = 'ICPO',
  /** 刑事共助条約 (central authority 国家公安委員会) */
  TREATY = 'TREATY',
  /** 外交ルート: 警察庁 → 外務省 → embassy → foreign authority */
  DIPLOMATIC = 'DIPLOMATIC',
  /** 24/7 contact point: data preservation before the formal request (Budapest Convention) */
  PRESERVATION_24_7 = 'PRESERVATION_24_7',
}

/** Whether the conduct is an offence in the requested country too (双方可罰性). */
export enum DualCriminality {
  NOT_CHECKED = 'NOT_CHECKED',
  SATISFIED = 'SATISFIED',
  NOT_REQUIRED = 'NOT_REQUIRED',
  DOUBTFUL = 'DOUBTFUL',
}

export enum TranslationStatus {
  NOT_NEEDED = 'NOT_NEEDED',
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}

export enum EvidenceRequestUrgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
  IMMEDIATE = 'IMMEDIATE',
}

/** The case context every row carries for the policies' conditions. */
export type CaseContext = CaseContextRow;

export interface EvidenceRequestRow extends CaseContext {
  id: string;
  channel: EvidenceRequestChannel;
  country: string;
  foreignAuthority: string;
  offence: string;
  legalBasis: string | null;
  dualCriminality: DualCriminality;
  dualCriminalityNote: string | null;
  requestedItems: string;
  indispensability: string | null;
  translationStatus: TranslationStatus;
  conditionsOnUse: string | null;
  linkedCaseIds: string[];
  urgency: EvidenceRequestUrgency;
  draftedAt: Date;
  hqApprovedAt: Date | null;
  sentToNpaAt: Date | null;
  sentAbroadAt: Date | null;
  acknowledgedAt: Date | null;
  partiallyAnsweredAt: Date | null;
  answeredAt: Date | null;
  closedAt: Date | null;
  receivedEvidence: string | null;
  receivedAt: Date | null;
  version: number;
}

export interface NewEvidenceRequest {
  caseId: string;
  channel: EvidenceRequestChannel;
  country: string;
  foreignAuthority: string;
  offence: string;
  legalBasis: string | null;
  dualCriminality: DualCriminality;
  dualCriminalityNote: string | null;
  requestedItems: string;
  indispensability: string | null;
  translationStatus: TranslationStatus;
  conditionsOnUse: string | null;
  linkedCaseIds: string[];
  urgency: EvidenceRequestUrgency;
  at: Date;
}
