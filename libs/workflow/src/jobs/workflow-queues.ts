import type { DeadlineStage } from '../deadlines/deadline.types';

/** The workflow lib's BullMQ queue names, in one place. */
export enum WorkflowQueue {
  /** delayed jobs that fire a deadline's warning and breach; enqueued by both roles */
  DEADLINES = 'workflow-deadlines',
  /** the periodic reconciler (worker role) */
  MAINTENANCE = 'workflow-maintenance',
}

export enum WorkflowJob {
  DEADLINE_WARNING = 'deadline-warning',
  DEADLINE_BREACH = 'deadline-breach',
  RECONCILE_DEADLINES = 'reconcile-deadlines',
}

export interface DeadlineJobData {
  deadlineId: string;
  stage: DeadlineStage;
  /** the stage time the job was queued for (ISO); a job whose time moved is stale */
  at: string;
}

export const STAGE_JOB: Record<DeadlineStage, WorkflowJob> = {
  warning: WorkflowJob.DEADLINE_WARNING,
  breach: WorkflowJob.DEADLINE_BREACH,
};

/**
 * One job id per deadline, stage and time, so enqueueing twice (a retried commit listener, a
 * re-schedule to the same time) adds nothing while the first is waiting. BullMQ refuses custom
 * ids with ':' (it reserves them for its repeat keys), hence '-'.
 */
export function deadlineJobId(deadlineId: string, stage: DeadlineStage, at: Date): string {
  return `deadline-${deadlineId}-${stage === 'warning' ? 'warn' : 'breach'}-${at.getTime()}`;
}
