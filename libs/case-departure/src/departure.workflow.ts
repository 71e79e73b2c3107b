import { defineStateMachine } from '@renkei/workflow';
import type { TransitionInput } from '@renkei/cases';

export type DepartureState = 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
export type DepartureTransition = 'start' | 'close' | 'reopen';

export const DEPARTURE_CLOSED_STATES: readonly DepartureState[] = ['CLOSED'];

/**
 * 受理 (OPEN) → 照会中 (IN_PROGRESS) → 終結 (CLOSED). Closing needs every task (each bank's and
 * carrier's check, immigration's confirmation) answered or withdrawn.
 */
export const DEPARTURE_MACHINE = defineStateMachine<DepartureState, DepartureTransition, TransitionInput>({
  name: 'case.departing-resident',
  initial: 'OPEN',
  states: ['OPEN', 'IN_PROGRESS', 'CLOSED'],
  transitions: [
    { name: 'start', from: ['OPEN'], to: 'IN_PROGRESS' },
    { name: 'close', from: ['OPEN', 'IN_PROGRESS'], to: 'CLOSED', guard: (i) => (i.openTasks > 0 ? 'DEPARTURE.OPEN_TASKS' : null) },
    { name: 'reopen', from: ['CLOSED'], to: 'IN_PROGRESS' },
  ],
});

/** Task kinds this case type addresses to agencies. */
export enum DepartureTaskKind {
  /** a bank: the state of each of its accounts of the person */
  ACCOUNT_CHECK = 'DEPARTURE_ACCOUNT_CHECK',
  /** a carrier: the state of each of its contracts of the person */
  CONTRACT_CHECK = 'DEPARTURE_CONTRACT_CHECK',
  /** immigration: departure confirmed, re-entry permit */
  IMMIGRATION_CONFIRMATION = 'DEPARTURE_IMMIGRATION_CONFIRMATION',
}

/** The institutions answer within this many business days (overdue tasks escalate through the core). */
export const DEPARTURE_DUE_BUSINESS_DAYS = 5;
