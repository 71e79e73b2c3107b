import type { CaseContextRow } from '@renkei/cases';
/** 固定 / 050 / 携帯. */
export enum NumberType {
  FIXED = 'FIXED',
  IP_050 = 'IP_050',
  MOBILE = 'MOBILE',
}

/** 特殊詐欺に使用された番号 / 在庫番号 (stockNumber). */
export enum NumberUsage {
  FRAUD_USED = 'FRAUD_USED',
  STOCK = 'STOCK',
}

/** The carrier's answer per number to a suspension request. */
export enum SuspensionResult {
  SUSPENDED = 'SUSPENDED',
  REFUSED = 'REFUSED',
  NOT_OURS = 'NOT_OURS',
}


export interface ProviderRow extends CaseContextRow {
  id: string;
  name: string;
  corporateNumber: string | null;
  corporateNumberValid: boolean | null;
  address: string | null;
  representative: string | null;
  notificationNumber: string | null;
  serviceName: string | null;
  updatedAt: Date;
  version: number;
}

export interface NumberRow extends CaseContextRow {
  id: string;
  providerId: string;
  number: string;
  numberType: NumberType;
  carrierAgencyId: string;
  reseller: string | null;
  usage: NumberUsage;
  warnedAt: Date | null;
  restrictedAt: Date | null;
  createdAt: Date;
  requestedAt: Date | null;
  suspensionTaskId: string | null;
  result: SuspensionResult | null;
  resultReason: string | null;
  suspendedOn: string | null;
  contractHolder: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  updatedAt: Date;
  version: number;
}

export interface DamageRow extends CaseContextRow {
  id: string;
  fraudCaseReference: string | null;
  amountYen: number;
  victimName: string | null;
  createdAt: Date;
}

export interface ReferralRow extends CaseContextRow {
  id: string;
  regulatorAgencyId: string;
  taskId: string;
  request: string;
  referredBy: string;
  referredAt: Date;
  supervisoryAction: string | null;
  actionTakenOn: string | null;
  reportedBy: string | null;
  reportedAt: Date | null;
  updatedAt: Date;
  version: number;
}

/** An import's life: queued → running → succeeded (every row in) or failed (no row in). */
export enum ImportState {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export interface ImportRow {
  id: string;
  caseId: string;
  state: ImportState;
  fileKey: string;
  fileName: string | null;
  totalRows: number | null;
  processedRows: number;
  importedRows: number;
  errorCount: number;
  errors: { line: number; reason: string }[];
  failure: string | null;
  createdBy: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}
