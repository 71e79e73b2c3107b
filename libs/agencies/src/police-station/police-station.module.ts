import { Module } from '@nestjs/common';
import { AgencyPolicyModule } from '../shared/agency-policy.module';
import { POLICE_STATION_POLICY } from './police-station.policy';

/** The POLICE_STATION agency kind: its roles' policy (and, with later issues, its desk). */
@Module({ imports: [AgencyPolicyModule.forPolicy(POLICE_STATION_POLICY)] })
export class PoliceStationAgencyModule {}
