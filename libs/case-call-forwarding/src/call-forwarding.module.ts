import { Module } from '@nestjs/common';

/** The CallForwarding case type (filled in by issue 4). */
@Module({})
export class CallForwardingCaseModule {}

/** The CallForwarding case type's job processors, for the worker role. */
@Module({})
export class CallForwardingJobsModule {}
