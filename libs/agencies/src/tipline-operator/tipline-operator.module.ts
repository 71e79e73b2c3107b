import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { TIPLINE_OPERATOR_POLICY } from './tipline-operator.policy';

/** The TIPLINE_OPERATOR agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(TIPLINE_OPERATOR_POLICY)] })
export class TiplineOperatorAgencyModule {}
