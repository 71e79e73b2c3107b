import { defineStateMachine } from '@renkei/workflow';
import type { TransitionInput } from '@renkei/cases';

export type CallForwardingState = 'OPEN' | 'IN_PROGRESS' | 'CLOSED';
export type CallForwardingTransition = 'start' | 'close' | 'reopen';

export const CALL_FORWARDING_CLOSED_STATES: readonly CallForwardingState[] = ['CLOSED'];

/**
 * 認知 (OPEN) → 利用停止等要請・総務省への通報 (IN_PROGRESS) → 終結 (CLOSED). Closing needs every
 * task (each carrier's suspension request, the referral) answered or withdrawn.
 */
export const CALL_FORWARDING_MACHINE = defineStateMachine<CallForwardingState, CallForwardingTransition, TransitionInput>({
  name: 'case.call-forwarding-provider',
  initial: 'OPEN',
  states: ['OPEN', 'IN_PROGRESS', 'CLOSED'],
  transitions: [
    { name: 'start', from: ['OPEN'], to: 'IN_PROGRESS' },
    { name: 'close', from: ['OPEN', 'IN_PROGRESS'], to: 'CLOSED', guard: (i) => (i.openTasks > 0 ? 'CALL_FORWARDING.OPEN_TASKS' : null) },
    { name: 'reopen', from: ['CLOSED'], to: 'IN_PROGRESS' },
  ],
});

/** Task kinds this case type addresses to agencies. */
export enum CallForwardingTaskKind {
  SUSPENSION_REQUEST = 'SUSPENSION_REQUEST',
  REGULATOR_REFERRAL = 'REGULATOR_REFERRAL',
}

/** 利用停止: misuse found → numbers cut within about a week (DOMAIN.md). */
export const SUSPENSION_DUE_DAYS = 7;
