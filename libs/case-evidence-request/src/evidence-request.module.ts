import { Module } from '@nestjs/common';

/** The EvidenceRequest case type (filled in by issue 5). */
@Module({})
export class EvidenceRequestCaseModule {}

/** The EvidenceRequest case type's job processors, for the worker role. */
@Module({})
export class EvidenceRequestJobsModule {}
