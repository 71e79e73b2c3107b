import { Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BusinessCalendar } from './calendar/business-calendar';
import { StateMachineRegistry } from './state-machine/state-machine.registry';
import { DeadlineEntity } from './entities/deadline.entity';
import { DeadlineRepository } from './deadlines/deadline.repository';
import { DeadlineService } from './deadlines/deadline.service';
import { DeadlineHandlerRegistry } from './deadlines/deadline-handler.registry';
import { DeadlineJobEnqueuer } from './deadlines/deadline-job-enqueuer';
import { DeadlineStageJob } from './jobs/deadline-stage.job';
import { DeadlineReconcilerJob } from './jobs/deadline-reconciler.job';
import { WorkflowQueue } from './jobs/workflow-queues';
import { DEFAULT_WORKFLOW_OPTIONS, WORKFLOW_OPTIONS } from './workflow.options';

/**
 * State machines, the business-day calendar, deadlines and escalations (no case-type
 * knowledge). Both roles (and the command-line tools): the API schedules deadlines and queues
 * their jobs after commit. No queue is registered here: the tools load the libs without Redis,
 * so DeadlineJobEnqueuer builds its queue from BullMQ's shared configuration when there is one.
 */
@Module({
  imports: [TypeOrmModule.forFeature([DeadlineEntity])],
  providers: [
    { provide: WORKFLOW_OPTIONS, useValue: DEFAULT_WORKFLOW_OPTIONS },
    BusinessCalendar,
    StateMachineRegistry,
    DeadlineHandlerRegistry,
    DeadlineRepository,
    DeadlineService,
    DeadlineJobEnqueuer,
  ],
  exports: [WORKFLOW_OPTIONS, BusinessCalendar, StateMachineRegistry, DeadlineHandlerRegistry, DeadlineRepository, DeadlineService],
})
export class WorkflowModule {}

/** The workflow lib's job processors and the reconciler's schedule, for the worker role. */
@Module({
  imports: [WorkflowModule, BullModule.registerQueue({ name: WorkflowQueue.DEADLINES }, { name: WorkflowQueue.MAINTENANCE })],
  providers: [DeadlineStageJob, DeadlineReconcilerJob],
})
export class WorkflowJobsModule {}
