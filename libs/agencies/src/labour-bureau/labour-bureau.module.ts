import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { LABOUR_BUREAU_POLICY } from './labour-bureau.policy';

/** The LABOUR_BUREAU agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(LABOUR_BUREAU_POLICY)] })
export class LabourBureauAgencyModule {}
