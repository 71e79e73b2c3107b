export { DepartureCaseModule, DepartureJobsModule } from './departure.module';
