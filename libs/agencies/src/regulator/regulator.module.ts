import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { REGULATOR_POLICY } from './regulator.policy';

/** The REGULATOR agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(REGULATOR_POLICY)] })
export class RegulatorAgencyModule {}
