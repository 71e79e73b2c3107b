import { Role } from '@renkei/core';
import { defineStateMachine } from '@renkei/workflow';
import type { TransitionInput } from '@renkei/cases';

/**
 * The outgoing path of DOMAIN.md section 4 (犯罪捜査規範 §225): drafted at the station → approved
 * by the 警察本部長 (HQ) → sent to 警察庁 → sent abroad by 警察庁 (ICPO / treaty / diplomatic
 * route) → acknowledged → partially answered → answered → closed.
 */
export enum EvidenceRequestState {
  DRAFTED = 'DRAFTED',
  HQ_APPROVED = 'HQ_APPROVED',
  SENT_TO_NPA = 'SENT_TO_NPA',
  SENT_ABROAD = 'SENT_ABROAD',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  PARTIALLY_ANSWERED = 'PARTIALLY_ANSWERED',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}

export type EvidenceRequestTransition =
  | 'approveByHq'
  | 'sendToNpa'
  | 'sendAbroad'
  | 'acknowledge'
  | 'recordPartialAnswer'
  | 'recordAnswer'
  | 'close';

const HQ: readonly string[] = [Role.HQ_DIRECTOR, Role.HQ_COORDINATOR];
const NPA: readonly string[] = [Role.NPA_TIPDESK];
const CLOSERS: readonly string[] = [Role.STATION_MANAGER, Role.STATION_SUPERVISOR, Role.HQ_COORDINATOR];

/** A guard that lets only these roles take the transition. */
const only = (roles: readonly string[], code: string) => (i: TransitionInput) => (i.role && roles.includes(i.role) ? null : code);

export const EVIDENCE_REQUEST_MACHINE = defineStateMachine<EvidenceRequestState, EvidenceRequestTransition, TransitionInput>({
  name: 'case.foreign-evidence-request',
  initial: EvidenceRequestState.DRAFTED,
  states: Object.values(EvidenceRequestState),
  transitions: [
    { name: 'approveByHq', from: [EvidenceRequestState.DRAFTED], to: EvidenceRequestState.HQ_APPROVED, guard: only(HQ, 'EVIDENCE_REQUEST.APPROVAL_BY_HQ') },
    { name: 'sendToNpa', from: [EvidenceRequestState.HQ_APPROVED], to: EvidenceRequestState.SENT_TO_NPA, guard: only(HQ, 'EVIDENCE_REQUEST.SENDING_BY_HQ') },
    { name: 'sendAbroad', from: [EvidenceRequestState.SENT_TO_NPA], to: EvidenceRequestState.SENT_ABROAD, guard: only(NPA, 'EVIDENCE_REQUEST.SENDING_ABROAD_BY_NPA') },
    { name: 'acknowledge', from: [EvidenceRequestState.SENT_ABROAD], to: EvidenceRequestState.ACKNOWLEDGED, guard: only(NPA, 'EVIDENCE_REQUEST.FOREIGN_REPLY_BY_NPA') },
    {
      name: 'recordPartialAnswer', from: [EvidenceRequestState.SENT_ABROAD, EvidenceRequestState.ACKNOWLEDGED], to: EvidenceRequestState.PARTIALLY_ANSWERED,
      guard: only(NPA, 'EVIDENCE_REQUEST.FOREIGN_REPLY_BY_NPA'),
    },
    {
      name: 'recordAnswer',
      from: [EvidenceRequestState.SENT_ABROAD, EvidenceRequestState.ACKNOWLEDGED, EvidenceRequestState.PARTIALLY_ANSWERED],
      to: EvidenceRequestState.ANSWERED,
      guard: only(NPA, 'EVIDENCE_REQUEST.FOREIGN_REPLY_BY_NPA'),
    },
    { name: 'close', from: [EvidenceRequestState.ANSWERED], to: EvidenceRequestState.CLOSED, guard: only(CLOSERS, 'EVIDENCE_REQUEST.CLOSURE_BY_SUPERVISOR') },
  ],
});

export const EVIDENCE_REQUEST_CLOSED_STATES: readonly string[] = [EvidenceRequestState.CLOSED];

/** The column of the hop date each state sets (the date of each hop, DOMAIN.md section 4). */
export const HOP_COLUMN: Partial<Record<EvidenceRequestState, string>> = {
  [EvidenceRequestState.HQ_APPROVED]: 'hq_approved_at',
  [EvidenceRequestState.SENT_TO_NPA]: 'sent_to_npa_at',
  [EvidenceRequestState.SENT_ABROAD]: 'sent_abroad_at',
  [EvidenceRequestState.ACKNOWLEDGED]: 'acknowledged_at',
  [EvidenceRequestState.PARTIALLY_ANSWERED]: 'partially_answered_at',
  [EvidenceRequestState.ANSWERED]: 'answered_at',
  [EvidenceRequestState.CLOSED]: 'closed_at',
};

/** Follow-up reminders without an answer, in days after sending abroad; one deadline kind each. */
export const FOLLOW_UP_DAYS = [30, 60, 90] as const;
export const followUpKind = (days: number): string => `evidence-request.follow-up-${days}`;
/** States in which an answer has come: reminders stop. */
export const ANSWERED_STATES: readonly string[] = [EvidenceRequestState.ANSWERED, EvidenceRequestState.CLOSED];
