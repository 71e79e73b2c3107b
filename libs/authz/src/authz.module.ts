import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PolicyRegistry } from './policy/policy-registry';
import { AbilityFactory } from './ability/ability.factory';
import { FieldAccessService } from './fields/field-access.service';
import { AccessGuard } from './guard/access.guard';
import { AccessAuditPlugin } from './guard/access-audit.plugin';

/** The authorization core. Every lib registers its subjects and policies into the registry. */
@Global()
@Module({
  providers: [PolicyRegistry, AbilityFactory, FieldAccessService],
  exports: [PolicyRegistry, AbilityFactory, FieldAccessService],
})
export class AuthzModule {}

/** Installs the deny-by-default guard and the access audit plugin (the API app only). */
@Module({
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, AccessAuditPlugin],
})
export class AccessControlModule {}
