export { ExportsModule, ExportsJobsModule } from './exports.module';
