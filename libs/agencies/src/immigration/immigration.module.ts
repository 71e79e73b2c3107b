import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { IMMIGRATION_POLICY } from './immigration.policy';

/** The IMMIGRATION agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(IMMIGRATION_POLICY)] })
export class ImmigrationAgencyModule {}
