import { Module } from '@nestjs/common';
import { WorkflowModule } from '@renkei/workflow';
import { CasesRepository } from './cases.repository';
import { CaseTypeRegistry } from './case-type.registry';
import { CasesService } from './cases.service';
import { TasksService } from './tasks.service';
import { CommentsService } from './comments.service';
import { CasesResolver } from './cases.resolver';
import { CaseFieldsResolver } from './case-fields.resolver';
import { DashboardService } from './dashboard.service';
import { DashboardResolver } from './dashboard.resolver';

/** The Case aggregate: tasks, comments, timeline; the CaseTypeRegistry the case types plug into. */
@Module({
  imports: [WorkflowModule],
  providers: [CasesRepository, CaseTypeRegistry, CasesService, TasksService, CommentsService, DashboardService, CasesResolver, CaseFieldsResolver, DashboardResolver],
  exports: [CaseTypeRegistry, CasesService, TasksService, CommentsService],
})
export class CasesModule {}
