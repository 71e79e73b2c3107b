import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { SYSTEM_POLICY } from './system.policy';

/** The SYSTEM agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(SYSTEM_POLICY)] })
export class SystemAgencyModule {}
