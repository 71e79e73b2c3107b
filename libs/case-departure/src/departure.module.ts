import { Module } from '@nestjs/common';

/** The Departure case type (filled in by issue 5). */
@Module({})
export class DepartureCaseModule {}

/** The Departure case type's job processors, for the worker role. */
@Module({})
export class DepartureJobsModule {}
