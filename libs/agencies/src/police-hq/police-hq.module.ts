import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { POLICE_HQ_POLICY } from './police-hq.policy';

/** The POLICE_HQ agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(POLICE_HQ_POLICY)] })
export class PoliceHqAgencyModule {}
