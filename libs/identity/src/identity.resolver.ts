import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseUUIDPipe } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { Allow, Authenticated, Ctx, Public, READ, UPDATE } from '@renkei/authz';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { AgencyModel, LoginPayload, MeModel, UserConnection, UserModel } from './models/identity.models';
import { LoginArgs, UpdateUserInput, UsersArgs } from './dto/identity.inputs';
import { AGENCY, REVOKE_SESSIONS, USER } from './identity.fields';

/** Root queries and mutations of the directory; thin: the rules are in the services. */
@Resolver()
export class IdentityResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: DirectoryService,
  ) {}

  @Mutation(() => LoginPayload, { description: 'ログイン。5回続けて失敗すると10分間ロックされる' })
  @Public()
  login(@Ctx() ctx: RequestContext, @Args() args: LoginArgs): Promise<LoginPayload> {
    return this.auth.login(ctx, args.username, args.password);
  }

  @Mutation(() => LoginPayload, { description: 'アクセストークンの更新（セッションが有効な間のみ）' })
  @Authenticated()
  refreshAccessToken(@Ctx() ctx: RequestContext): Promise<LoginPayload> {
    return this.auth.refresh(ctx);
  }

  @Mutation(() => Boolean, { description: 'ログアウト（このセッションを終了）' })
  @Authenticated()
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.auth.logout(ctx);
  }

  @Query(() => MeModel, { description: 'ログイン中の利用者・組織・役割' })
  @Authenticated()
  me(@Ctx() ctx: RequestContext) {
    return this.directory.me(ctx);
  }

  @Query(() => UserConnection, { description: '利用者の一覧（見てよい利用者・項目のみ）' })
  @Allow(READ, USER)
  users(@Ctx() ctx: RequestContext, @Args() args: UsersArgs) {
    return this.directory.listUsers(ctx, args.filter ?? {}, args.sort ?? null, args.first, args.after);
  }

  @Query(() => UserModel, { description: '利用者1名' })
  @Allow(READ, USER)
  user(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }, ParseUUIDPipe) id: string) {
    return this.directory.getUser(ctx, id);
  }

  @Query(() => [AgencyModel], { description: '組織の一覧' })
  @Allow(READ, AGENCY)
  agencies(@Ctx() ctx: RequestContext) {
    return this.directory.listAgencies(ctx);
  }

  @Mutation(() => UserModel, { description: '利用者の変更（版数が一致するときのみ）' })
  @Allow(UPDATE, USER)
  updateUser(@Ctx() ctx: RequestContext, @Args('input') input: UpdateUserInput) {
    const { id, version, ...changes } = input;
    return this.directory.updateUser(ctx, id, version, changes);
  }

  @Mutation(() => Int, { description: '利用者の全セッションを失効させる。次の要求から拒否される' })
  @Allow(REVOKE_SESSIONS, USER)
  revokeUserSessions(@Ctx() ctx: RequestContext, @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string) {
    return this.directory.revokeUserSessions(ctx, userId);
  }
}
