import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, type RequestContext } from '@renkei/core';
import { FieldAccessService, READ, type Projected } from '@renkei/authz';
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
    const cases = this.fields.rowsSql(ctx, READ, CASE, 'c', counter);
    const type = this.fields.guardedColumn(ctx, CASE, 'type', 'c', counter);
    const state = this.fields.guardedColumn(ctx, CASE, 'state', 'c', counter);
    const closedAt = this.fields.guardedColumn(ctx, CASE, 'closedAt', 'c', counter);
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

    const tasks = this.fields.rowsSql(ctx, READ, TASK, 't', counter);
    const agency = this.fields.guardedColumn(ctx, TASK, 'agencyId', 't', counter);
    const tState = this.fields.guardedColumn(ctx, TASK, 'state', 't', counter);
    const due = this.fields.guardedColumn(ctx, TASK, 'dueAt', 't', counter);
    const answeredAt = this.fields.guardedColumn(ctx, TASK, 'answeredAt', 't', counter);
    const params = { ...tasks.params, ...agency.params, ...tState.params, ...due.params, ...answeredAt.params, now, from, to };
    const overdue = `(${tState.sql} = 'OVERDUE' OR (${tState.sql} IN ('OPEN','ACKNOWLEDGED') AND ${due.sql} < :now))`;
    const tasksByAgency = await this.dataSource
      .createQueryBuilder()
      .select(`${agency.sql}`, 'agencyId')
      .addSelect(`count(*) FILTER (WHERE ${tState.sql} IN ('OPEN','ACKNOWLEDGED','OVERDUE'))::int`, 'open')
      .addSelect(`count(*) FILTER (WHERE ${overdue})::int`, 'overdue')
      .from('tasks', 't')
      .where(tasks.sql)
      .setParameters(params)
      .groupBy('1')
      .having(`count(*) FILTER (WHERE ${tState.sql} IN ('OPEN','ACKNOWLEDGED','OVERDUE')) > 0`)
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
