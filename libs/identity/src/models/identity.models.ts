import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyKind, PageInfo, Role, UnitKind } from '@renkei/core';

registerEnumType(AgencyKind, { name: 'AgencyKind', description: '組織の種別' });
registerEnumType(UnitKind, { name: 'UnitKind', description: '組織内の部署の種別' });
// GraphQL enum values cannot contain dots: the role is exposed as its name in a String.

@ObjectType('Prefecture', { description: '都道府県' })
export class PrefectureModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: '事件番号に使う略称（例: 甲）' })
  shortName: string;
}

@ObjectType('Unit', { description: '部署（推進本部・推進室など）' })
export class UnitModel {
  @Field(() => ID)
  id: string;

  @Field()
  code: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field()
  name: string;
}

@ObjectType('Agency', { description: '組織' })
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => AgencyKind, { nullable: true })
  kind: AgencyKind | null;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  prefectureId: string | null;

  @Field(() => String, { nullable: true })
  parentAgencyId: string | null;

  @Field(() => Boolean, { nullable: true })
  active: boolean | null;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' })
  redactedFields: string[];
}

@ObjectType('User', { description: '利用者' })
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  username: string | null;

  @Field(() => String, { nullable: true })
  displayName: string | null;

  @Field(() => String, { nullable: true })
  agencyId: string | null;

  @Field(() => String, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true, description: '役割（例: station.manager）' })
  role: Role | null;

  @Field(() => Boolean, { nullable: true })
  active: boolean | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field(() => Int, { nullable: true })
  version: number | null;

  @Field(() => [String], { description: '閲覧権限のない項目（null で返る）' })
  redactedFields: string[];
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserModel])
  nodes: UserModel[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType('Me', { description: 'ログイン中の利用者' })
export class MeModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field({ description: '役割（例: station.manager）' })
  role: string;

  @Field({ description: '役割の名称' })
  roleName: string;

  @Field(() => String)
  agencyId: string;

  @Field(() => String, { nullable: true })
  unitId: string | null;

  @Field(() => String, { nullable: true })
  prefectureId: string | null;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field()
  accessToken: string;

  @Field()
  expiresAt: Date;
}
