import { Global, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActorResolver } from '@renkei/authz';
import { AgencyEntity } from './entities/agency.entity';
import { PrefectureEntity } from './entities/prefecture.entity';
import { SessionEntity } from './entities/session.entity';
import { UnitEntity } from './entities/unit.entity';
import { UserEntity } from './entities/user.entity';
import { RoleEntity } from './entities/role.entity';
import { IdentityRepository } from './identity.repository';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { AuthService } from './auth.service';
import { DirectoryService } from './directory.service';
import { IdentityResolver } from './identity.resolver';
import { AgencyFieldsResolver, MeFieldsResolver, UserFieldsResolver } from './directory-fields.resolver';
import { SessionCleanupJob } from './jobs/session-cleanup.job';
import { IdentityQueue } from './jobs/identity-queues';
import { DemoDirectorySeeder } from './demo/demo-directory.seeder';

const ENTITIES = [PrefectureEntity, AgencyEntity, UnitEntity, RoleEntity, UserEntity, SessionEntity];

/** The directory and sign-in. Global so the access guard finds the ActorResolver it provides. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(ENTITIES)],
  providers: [
    IdentityRepository,
    PasswordService,
    TokenService,
    AuthService,
    DirectoryService,
    { provide: ActorResolver, useExisting: AuthService },
    IdentityResolver,
    UserFieldsResolver,
    MeFieldsResolver,
    AgencyFieldsResolver,
    DemoDirectorySeeder,
  ],
  exports: [ActorResolver, AuthService, DirectoryService, PasswordService, IdentityRepository, DemoDirectorySeeder],
})
export class IdentityModule {}

/** The identity lib's job processors, for the worker role. */
@Module({
  imports: [BullModule.registerQueue({ name: IdentityQueue.MAINTENANCE })],
  providers: [SessionCleanupJob],
})
export class IdentityJobsModule {}
