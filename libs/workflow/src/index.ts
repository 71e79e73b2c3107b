export { WorkflowModule, WorkflowJobsModule } from './workflow.module';
