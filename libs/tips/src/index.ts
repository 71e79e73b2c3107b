export { TipsModule, TipsJobsModule } from './tips.module';
