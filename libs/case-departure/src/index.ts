export { DepartureCaseModule, DepartureJobsModule } from './departure.module';
export {
  DEPARTING_RESIDENT_CASE,
  DEPARTING_RESIDENT,
  DEPARTURE_ACCOUNT,
  DEPARTURE_CONTRACT,
  DEPARTURE_IMMIGRATION_NOTE,
  DEPARTURE_RISK_NOTE,
  DepartureGroup,
} from './departure.fields';
export { DepartureTaskKind } from './departure.workflow';
