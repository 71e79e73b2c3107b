export { AgenciesModule } from './agencies.module';
export { ALL_AGENCY_POLICIES } from './policies';
