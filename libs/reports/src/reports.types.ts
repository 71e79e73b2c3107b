import type { ActivityKind } from '@renkei/core';

/** The approval path of a report (DOMAIN.md: the 運用責任者 files, the 統括責任者 approves). */
export enum ActivityReportState {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  /** sent back by the supervisor with a reason; edited and submitted again */
  RETURNED = 'RETURNED',
}

/** The counts a report carries: non-negative integers; a count that does not apply stays 0. */
export const COUNT_FIELDS = ['participants', 'foreignResidentsReached', 'interpreters', 'inspections', 'arrests'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** What the filer writes (create and update). */
export interface ActivityReportContent {
  kind: ActivityKind;
  activityDate: string;
  place: string;
  participants: number;
  foreignResidentsReached: number;
  interpreters: number;
  languages: string[];
  inspections: number;
  arrests: number;
  partnerAgencies: string[];
  notes: string | null;
}

/** One report as loaded: every field of the subject plus its condition fields. */
export interface ActivityReportRow extends ActivityReportContent {
  id: string;
  stationAgencyId: string;
  stationName: string;
  prefectureId: string;
  state: ActivityReportState;
  returnReason: string | null;
  filedBy: string | null;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface NewActivityReport extends ActivityReportContent {
  stationAgencyId: string;
  prefectureId: string;
  filedBy: string | null;
  at: Date;
}

export interface ActivityReportFilter {
  stationAgencyId?: string | null;
  kind?: ActivityKind | null;
  state?: ActivityReportState | null;
  /** inclusive JST dates */
  from?: string | null;
  to?: string | null;
}

export enum ActivityReportSortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum ActivityReportGroupBy {
  STATION = 'STATION',
  KIND = 'KIND',
  /** calendar month of the activity date (JST) */
  MONTH = 'MONTH',
}

export interface ActivityReportTotalRow {
  key: string;
  label: string;
  reports: number;
  participants: number;
  foreignResidentsReached: number;
  interpreters: number;
  inspections: number;
  arrests: number;
}
