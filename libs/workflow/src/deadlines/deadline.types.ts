import type { Tx } from '@renkei/core';

/** pending → warned → breached are open; done and cancelled are closed. */
export type DeadlineState = 'pending' | 'warned' | 'breached' | 'done' | 'cancelled';
export const OPEN_DEADLINE_STATES: readonly DeadlineState[] = ['pending', 'warned', 'breached'];

/** The moments a deadline acts on its own: the warning (at warnAt) and the breach (at dueAt). */
export type DeadlineStage = 'warning' | 'breach';

/** A due time tracked in PostgreSQL for one subject (a task, a tip...) and one kind. */
export interface Deadline {
  id: string;
  /** what the deadline is for, e.g. `task.due`; picks the handler */
  kind: string;
  subjectType: string;
  subjectId: string;
  /** whose 推進室 hears of a breach; null for deadlines outside a prefecture */
  prefectureId: string | null;
  dueAt: Date;
  warnAt: Date | null;
  state: DeadlineState;
  warnedAt: Date | null;
  breachedAt: Date | null;
  /** set with the breach: the breach handler is where escalation happens */
  escalatedAt: Date | null;
  completedAt: Date | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export interface ScheduleDeadlineInput {
  kind: string;
  subjectType: string;
  subjectId: string;
  prefectureId: string | null;
  dueAt: Date;
  /** when to warn (e.g. `calendar.subtractBusinessDays(dueAt, 1)`); none when omitted */
  warnAt?: Date | null;
}

/**
 * What a lib does when its deadlines warn or breach, e.g. cases marks the task overdue and
 * tells the prefecture's 推進室. Called inside the stage's transaction, after the deadline row
 * is updated: whatever the handler writes commits or rolls back with the stage, and an
 * exception leaves the stage to be retried. Raise events with `tx.emit`.
 */
export interface DeadlineHandler {
  onWarning(tx: Tx, deadline: Deadline): Promise<void> | void;
  onBreach(tx: Tx, deadline: Deadline): Promise<void> | void;
}

/** The domain events of deadlines (audited; the outbox may forward them). */
export enum DeadlineEvent {
  SCHEDULED = 'workflow.deadline.scheduled',
  COMPLETED = 'workflow.deadline.completed',
  CANCELLED = 'workflow.deadline.cancelled',
  WARNED = 'workflow.deadline.warned',
  BREACHED = 'workflow.deadline.breached',
}

/** Why a stage did or did not act; a job's return value, and what the tests check. */
export type StageOutcome =
  | { status: 'fired'; deadlineId: string; stage: DeadlineStage }
  | { status: 'early'; deadlineId: string; stage: DeadlineStage; remainingMs: number }
  | {
      status: 'skipped';
      deadlineId: string;
      stage: DeadlineStage;
      /** missing: no such row; closed: done or cancelled; stale: the time moved since the job was
       *  queued; already: the stage happened; superseded: a warning after the due time; no-warning */
      reason: 'missing' | 'closed' | 'stale' | 'already' | 'superseded' | 'no-warning';
    };

export interface ReconcileResult {
  fired: number;
  failed: number;
  /** the run stopped at its batch limit; the next run continues */
  more: boolean;
}
