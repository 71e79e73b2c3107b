import { Module } from '@nestjs/common';

/** 施策実施報告 (station activity reports): filing, approval, HQ totals. */
@Module({})
export class ReportsModule {}
