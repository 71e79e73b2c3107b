import { Global, Module } from '@nestjs/common';
import { TransactionRunner } from './database/transaction-runner';
import { Clock, SystemClock } from './time/clock';

/** Wiring every lib needs: transactions with their events, and the clock. */
@Global()
@Module({
  providers: [TransactionRunner, { provide: Clock, useClass: SystemClock }],
  exports: [TransactionRunner, Clock],
})
export class CoreModule {}
