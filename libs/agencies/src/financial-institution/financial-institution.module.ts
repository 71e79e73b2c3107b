import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { FINANCIAL_INSTITUTION_POLICY } from './financial-institution.policy';

/** The FINANCIAL_INSTITUTION agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(FINANCIAL_INSTITUTION_POLICY)] })
export class FinancialInstitutionAgencyModule {}
