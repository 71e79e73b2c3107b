import { Args, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { DashboardService } from './dashboard.service';
import { DashboardModel } from './models/case.models';
import { DashboardArgs } from './dto/case.inputs';
import { TASK } from './cases.fields';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Query(() => DashboardModel, { description: '横断状況ダッシュボード（期間は期限の到来日で集計）' })
  @Allow(READ, TASK)
  dashboard(@Ctx() ctx: RequestContext, @Args() args: DashboardArgs) {
    return this.dashboards.dashboard(ctx, args.from, args.to);
  }
}
