import { Role } from '@renkei/core';
import { defineStateMachine } from '@renkei/workflow';
import type { TransitionInput } from '@renkei/cases';

/**
 * The flow of spec/DOMAIN.md section 1: detected → triaged (違法 / 有害) → removal requested
 * (送信防止措置依頼) → removed / still up → optionally investigation (事件化) → closed.
 * A reposted URL reopens the case (`reopen`, also fired by a REPOSTED result).
 */
export enum RecruitmentState {
  DETECTED = 'DETECTED',
  TRIAGED = 'TRIAGED',
  REMOVAL_REQUESTED = 'REMOVAL_REQUESTED',
  STILL_UP = 'STILL_UP',
  REMOVED = 'REMOVED',
  INVESTIGATING = 'INVESTIGATING',
  CLOSED = 'CLOSED',
}

export type RecruitmentTransition = 'triage' | 'requestRemoval' | 'markStillUp' | 'markRemoved' | 'openInvestigation' | 'close' | 'reopen';

/** Closure is approved by the 統括責任者 or the 推進室 (VISIBILITY.md roles). */
const CLOSERS: readonly string[] = [Role.STATION_SUPERVISOR, Role.HQ_COORDINATOR];

export const RECRUITMENT_MACHINE = defineStateMachine<RecruitmentState, RecruitmentTransition, TransitionInput>({
  name: 'case.recruitment-post',
  initial: RecruitmentState.DETECTED,
  states: Object.values(RecruitmentState),
  transitions: [
    { name: 'triage', from: [RecruitmentState.DETECTED], to: RecruitmentState.TRIAGED },
    { name: 'requestRemoval', from: [RecruitmentState.TRIAGED, RecruitmentState.STILL_UP], to: RecruitmentState.REMOVAL_REQUESTED },
    { name: 'markStillUp', from: [RecruitmentState.REMOVAL_REQUESTED], to: RecruitmentState.STILL_UP },
    { name: 'markRemoved', from: [RecruitmentState.REMOVAL_REQUESTED, RecruitmentState.STILL_UP], to: RecruitmentState.REMOVED },
    {
      name: 'openInvestigation',
      from: [RecruitmentState.TRIAGED, RecruitmentState.REMOVAL_REQUESTED, RecruitmentState.STILL_UP, RecruitmentState.REMOVED],
      to: RecruitmentState.INVESTIGATING,
    },
    {
      name: 'close',
      from: [RecruitmentState.TRIAGED, RecruitmentState.REMOVED, RecruitmentState.INVESTIGATING],
      to: RecruitmentState.CLOSED,
      guard: (i) => (i.openTasks > 0 ? 'RECRUITMENT.OPEN_TASKS' : i.role && CLOSERS.includes(i.role) ? null : 'RECRUITMENT.CLOSURE_BY_SUPERVISOR'),
    },
    { name: 'reopen', from: [RecruitmentState.REMOVED, RecruitmentState.CLOSED], to: RecruitmentState.TRIAGED },
  ],
});

export const RECRUITMENT_CLOSED_STATES: readonly string[] = [RecruitmentState.CLOSED];

/** The deadline kind of a takedown re-check (workflow knows it only by this name). */
export const RECRUITMENT_RECHECK = 'recruitment.recheck';
/** Business days between a removal request and its re-check, unless configured. */
export const DEFAULT_RECHECK_BUSINESS_DAYS = 3;

