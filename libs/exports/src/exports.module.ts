import { Module } from '@nestjs/common';

/** CSV and Excel exports built through the same field masking as GraphQL, as BullMQ jobs, audited. */
@Module({})
export class ExportsModule {}

/** The worker role's part: the export job processor. */
@Module({})
export class ExportsJobsModule {}
