import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { CARRIER_POLICY } from './carrier.policy';

/** The CARRIER agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(CARRIER_POLICY)] })
export class CarrierAgencyModule {}
