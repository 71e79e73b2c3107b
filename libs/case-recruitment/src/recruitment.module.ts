import { Module } from '@nestjs/common';

/** The Recruitment case type (filled in by issue 4). */
@Module({})
export class RecruitmentCaseModule {}

/** The Recruitment case type's job processors, for the worker role. */
@Module({})
export class RecruitmentJobsModule {}
