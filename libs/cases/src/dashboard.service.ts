import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, type RequestContext } from '@renkei/core';
import { FieldAccessService, type Projected } from '@renkei/authz';
import { CASE, TASK } from './cases.fields';
import { TasksService } from './tasks.service';
import type { TaskRow } from './cases.types';

export interface Dashboard {
  openCases: { type: string; state: string; count: number }[];
  tasksByAgency: { agencyId: string; open: number; overdue: number }[];
  compliance: { due: number; answeredOnTime: number; answeredLate: number; stillOpen: number; rate: number | null };
  oldestOverdue: Projected<TaskRow>[];
}

/**
 * The cross-agency status for 推進本部 / 推進室, and the same query for anyone else: every figure
 * is aggregated in SQL over the rows the actor may read only, grouping only on fields the actor
 * may read, so no count reveals a hidden row (a liaison sees its own agency's tasks).
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fields: FieldAccessService,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  async dashboard(ctx: RequestContext, from: Date, to: Date): Promise<Dashboard> {
    const now = this.clock.now();
    const counter = { next: 0 };
    const readableCases = this.fields.readableQuery(ctx, CASE, 'c', counter);
    const cases = readableCases.rows;
    const type = readableCases.column('type');
    const state = readableCases.column('state');
    const closedAt = readableCases.column('closedAt');
    const openCases = await this.dataSource
      .createQueryBuilder()
      .select(`${type.sql}`, 'type')
      .addSelect(`${state.sql}`, 'state')
      .addSelect('count(*)::int', 'count')
      .from('cases', 'c')
      .where(cases.sql, cases.params)
      .andWhere(`${closedAt.sql} IS NULL`)
      .setParameters({ ...type.params, ...state.params, ...closedAt.params })
      .groupBy('1, 2')
      .orderBy('1')
      .addOrderBy('2')
      .getRawMany<{ type: string; state: string; count: number }>();

    const readableTasks = this.fields.readableQuery(ctx, TASK, 't', counter);
    const tasks = readableTasks.rows;
    const agency = readableTasks.column('agencyId');
    const tState = readableTasks.column('state');
    const due = readableTasks.column('dueAt');
    const answeredAt = readableTasks.column('answeredAt');
    const params = { ...tasks.params, ...agency.params, ...tState.params, ...due.params, ...answeredAt.params, now, from, to };
    const overdue = `(${tState.sql} = 'OVERDUE' OR (${tState.sql} IN ('OPEN','ACKNOWLEDGED') AND ${due.sql} < :now))`;
    const tasksByAgency = await this.dataSource
      .createQueryBuilder()
      .select(`${agency.sql}`, 'agencyId')
      .addSelect(`count(*)::int`, 'open')
      .addSelect(`count(*) FILTER (WHERE ${overdue})::int`, 'overdue')
      .from('tasks', 't')
      .where(tasks.sql)
      // Open tasks only (a partial index holds just those): an agency without one is not listed.
      .andWhere(`${tState.sql} IN ('OPEN','ACKNOWLEDGED','OVERDUE')`)
      .setParameters(params)
      .groupBy('1')
      .orderBy('1')
      .getRawMany<{ agencyId: string; open: number; overdue: number }>();

    const [c] = await this.dataSource
      .createQueryBuilder()
      .select('count(*)::int', 'due')
      .addSelect(`count(*) FILTER (WHERE ${tState.sql} IN ('ANSWERED','REJECTED') AND ${answeredAt.sql} <= ${due.sql})::int`, 'answeredOnTime')
      .addSelect(`count(*) FILTER (WHERE ${tState.sql} IN ('ANSWERED','REJECTED') AND ${answeredAt.sql} > ${due.sql})::int`, 'answeredLate')
      .addSelect(`count(*) FILTER (WHERE ${tState.sql} IN ('OPEN','ACKNOWLEDGED','OVERDUE'))::int`, 'stillOpen')
      .from('tasks', 't')
      .where(tasks.sql)
      .andWhere(`${due.sql} >= :from AND ${due.sql} < :to`)
      .setParameters(params)
      .getRawMany<{ due: number; answeredOnTime: number; answeredLate: number; stillOpen: number }>();
    const answered = c.answeredOnTime + c.answeredLate;

    const oldest = await this.tasks.inboxOverdueAll(ctx, 10);
    return {
      openCases,
      tasksByAgency,
      compliance: { ...c, rate: answered + c.stillOpen > 0 ? c.answeredOnTime / (answered + c.stillOpen) : null },
      oldestOverdue: oldest,
    };
  }
}
