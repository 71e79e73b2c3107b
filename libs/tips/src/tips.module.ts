import { Module } from '@nestjs/common';

/** 匿名通報 (anonymous tips): intake, tipster access by receipt number and PIN, triage, rewards, reports to 警察庁. */
@Module({})
export class TipsModule {}

/** The worker role's part of the tips lib (scheduled removals, report deadlines). */
@Module({})
export class TipsJobsModule {}
