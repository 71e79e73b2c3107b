/** Tunables of the deadline machinery; override the provider (tests) to change them. */
export interface WorkflowOptions {
  /** how often the reconciler looks for deadlines whose job was lost */
  reconcileEveryMs: number;
  /** the most stages one reconciler run fires; the next run continues */
  reconcileBatchSize: number;
  /** tries of a stage job before it is left to the reconciler */
  stageJobAttempts: number;
}

export const WORKFLOW_OPTIONS = Symbol('WORKFLOW_OPTIONS');

export const DEFAULT_WORKFLOW_OPTIONS: WorkflowOptions = {
  reconcileEveryMs: 60_000,
  reconcileBatchSize: 500,
  stageJobAttempts: 5,
};
