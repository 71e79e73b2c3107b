import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { NPA_POLICY } from './npa.policy';

/** The NPA agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(NPA_POLICY)] })
export class NpaAgencyModule {}
