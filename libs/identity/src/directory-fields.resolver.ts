import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Ctx } from '@renkei/authz';
import { DirectoryService } from './directory.service';
import { AgencyModel, MeModel, PrefectureModel, UnitModel, UserModel } from './models/identity.models';

/** Nested objects of users, batched per request through the directory's DataLoaders. */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField('agency', () => AgencyModel, { nullable: true })
  agency(@Ctx() ctx: RequestContext, @Parent() user: UserModel) {
    return user.agencyId ? this.directory.agency(ctx, user.agencyId) : null;
  }

  @ResolveField('unit', () => UnitModel, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() user: UserModel) {
    return user.unitId ? this.directory.unit(ctx, user.unitId) : null;
  }
}

@Resolver(() => MeModel)
export class MeFieldsResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField('agency', () => AgencyModel)
  agency(@Ctx() ctx: RequestContext, @Parent() me: MeModel) {
    return this.directory.agency(ctx, me.agencyId);
  }

  @ResolveField('unit', () => UnitModel, { nullable: true })
  unit(@Ctx() ctx: RequestContext, @Parent() me: MeModel) {
    return me.unitId ? this.directory.unit(ctx, me.unitId) : null;
  }

  @ResolveField('prefecture', () => PrefectureModel, { nullable: true })
  prefecture(@Ctx() ctx: RequestContext, @Parent() me: MeModel) {
    return me.prefectureId ? this.directory.prefecture(ctx, me.prefectureId) : null;
  }
}

/** An agency's units and prefecture (names for forms: the user form's units, immigration's prefecture choice). */
@Resolver(() => AgencyModel)
export class AgencyFieldsResolver {
  constructor(private readonly directory: DirectoryService) {}

  // The 'organisation' group: own agency (and the administrator); null (非表示) for others.
  @ResolveField('units', () => [UnitModel], { nullable: true, description: '組織の所属（課・係）。自機関（と管理者）のみ' })
  units(@Ctx() ctx: RequestContext, @Parent() agency: AgencyModel) {
    return agency.redactedFields.includes('units') ? null : this.directory.unitsOfAgency(ctx, agency.id);
  }

  // Follows the projection: a redacted prefectureId leaves no prefecture either.
  @ResolveField('prefecture', () => PrefectureModel, { nullable: true, description: '都道府県' })
  prefecture(@Ctx() ctx: RequestContext, @Parent() agency: AgencyModel) {
    return agency.prefectureId ? this.directory.prefecture(ctx, agency.prefectureId) : null;
  }
}
