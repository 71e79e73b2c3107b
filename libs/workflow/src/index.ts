export { WorkflowModule, WorkflowJobsModule } from './workflow.module';
export { WorkflowError, WorkflowErrorCode } from './workflow.errors';
export { WORKFLOW_OPTIONS, DEFAULT_WORKFLOW_OPTIONS, type WorkflowOptions } from './workflow.options';
export { BusinessCalendar } from './calendar/business-calendar';
export {
  defineStateMachine,
  StateMachine,
  type StateMachineDefinition,
  type TransitionDefinition,
  type TransitionGuard,
} from './state-machine/state-machine';
export { StateMachineRegistry } from './state-machine/state-machine.registry';
export { DeadlineService } from './deadlines/deadline.service';
export { DeadlineHandlerRegistry } from './deadlines/deadline-handler.registry';
export {
  DeadlineEvent,
  OPEN_DEADLINE_STATES,
  type Deadline,
  type DeadlineHandler,
  type DeadlineStage,
  type DeadlineState,
  type ReconcileResult,
  type ScheduleDeadlineInput,
  type StageOutcome,
} from './deadlines/deadline.types';
export { WorkflowQueue, WorkflowJob, deadlineJobId, type DeadlineJobData } from './jobs/workflow-queues';
