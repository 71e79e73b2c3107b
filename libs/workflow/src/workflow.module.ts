import { Module } from '@nestjs/common';

/** State machines, the business-day calendar, deadlines and escalations (no case-type knowledge). */
@Module({})
export class WorkflowModule {}

/** The workflow lib's job processors, for the worker role. */
@Module({})
export class WorkflowJobsModule {}
