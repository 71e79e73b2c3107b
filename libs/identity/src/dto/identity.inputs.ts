import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageArgs, Role } from '@renkei/core';

export enum UserSortField {
  USERNAME = 'username',
  DISPLAY_NAME = 'displayName',
  LAST_LOGIN_AT = 'lastLoginAt',
  CREATED_AT = 'createdAt',
}
registerEnumType(UserSortField, { name: 'UserSortField' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ArgsType()
export class LoginArgs {
  @Field()
  @IsString()
  @MaxLength(200)
  username: string;

  @Field()
  @IsString()
  @MaxLength(1000)
  password: string;
}

@InputType()
export class UserFilterInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  lastLoginBefore?: Date;
}

@InputType()
export class UserSortInput {
  @Field(() => UserSortField)
  @IsEnum(UserSortField)
  field: UserSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction: SortDirection = SortDirection.ASC;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UserFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserFilterInput)
  filter?: UserFilterInput;

  @Field(() => UserSortInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserSortInput)
  sort?: UserSortInput;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int, { description: 'the version the change is based on' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
