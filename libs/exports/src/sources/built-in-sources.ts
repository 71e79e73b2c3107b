import { Injectable, OnModuleInit } from '@nestjs/common';
import { CaseExportDetailRegistry, CasesService, CaseTypeRegistry, DashboardService, TasksService } from '@renkei/cases';
import { DirectoryService } from '@renkei/identity';
import { ExportSourceRegistry } from '../export-source.registry';
import { AgencyNames } from './agency-names';
import { caseExportSource } from './case-export.source';
import { dashboardExportSource } from './dashboard-export.source';
import { taskExportSource } from './task-export.source';

/** Registers the case, task and dashboard sources (both roles: the API validates, the worker writes). */
@Injectable()
export class BuiltInExportSources implements OnModuleInit {
  constructor(
    private readonly registry: ExportSourceRegistry,
    private readonly cases: CasesService,
    private readonly tasks: TasksService,
    private readonly dashboards: DashboardService,
    private readonly types: CaseTypeRegistry,
    private readonly details: CaseExportDetailRegistry,
    private readonly directory: DirectoryService,
  ) {}

  onModuleInit(): void {
    const agencies = new AgencyNames(this.directory);
    this.registry.register(caseExportSource(this.cases, this.types, this.details, agencies));
    this.registry.register(taskExportSource(this.tasks, this.cases, agencies));
    this.registry.register(dashboardExportSource(this.dashboards, this.types, agencies));
  }
}
