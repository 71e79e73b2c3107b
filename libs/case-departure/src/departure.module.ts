import { Module } from '@nestjs/common';
import { CasesModule } from '@renkei/cases';
import { WorkflowModule } from '@renkei/workflow';
import { DepartureRepository } from './departure.repository';
import { DepartureService } from './departure.service';
import { CaseDepartingResidentResolver, DepartingResidentFieldsResolver, DepartureResolver } from './departure.resolver';
import { DepartureDemoSeeder } from './departure.demo';

/**
 * The 帰国する在留外国人の口座・携帯電話 case type (`DEPARTING_RESIDENT`): subjects, state machine,
 * GraphQL (filing, the institutions' answers per row, notes, `Case.departingResident`), demo case 1.
 */
@Module({
  imports: [CasesModule, WorkflowModule],
  providers: [DepartureRepository, DepartureService, DepartureResolver, CaseDepartingResidentResolver, DepartingResidentFieldsResolver, DepartureDemoSeeder],
  exports: [DepartureService],
})
export class DepartureCaseModule {}

/** The Departure case type's job processors, for the worker role (none yet: the CSV intake is not built). */
@Module({})
export class DepartureJobsModule {}
