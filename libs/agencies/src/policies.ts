import { NPA_POLICY } from './npa/npa.policy';
import { POLICE_HQ_POLICY } from './police-hq/police-hq.policy';
import { POLICE_STATION_POLICY } from './police-station/police-station.policy';
import { IMMIGRATION_POLICY } from './immigration/immigration.policy';
import { LABOUR_BUREAU_POLICY } from './labour-bureau/labour-bureau.policy';
import { FINANCIAL_INSTITUTION_POLICY } from './financial-institution/financial-institution.policy';
import { CARRIER_POLICY } from './carrier/carrier.policy';
import { REGULATOR_POLICY } from './regulator/regulator.policy';
import { TIPLINE_OPERATOR_POLICY } from './tipline-operator/tipline-operator.policy';
import { SYSTEM_POLICY } from './system/system.policy';

/** All policy files, for tests and documentation that read the policy as data. */
export const ALL_AGENCY_POLICIES = [
  NPA_POLICY,
  POLICE_HQ_POLICY,
  POLICE_STATION_POLICY,
  IMMIGRATION_POLICY,
  LABOUR_BUREAU_POLICY,
  FINANCIAL_INSTITUTION_POLICY,
  CARRIER_POLICY,
  REGULATOR_POLICY,
  TIPLINE_OPERATOR_POLICY,
  SYSTEM_POLICY,
];
