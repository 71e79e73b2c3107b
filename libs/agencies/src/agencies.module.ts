import { Module } from '@nestjs/common';
import { NpaAgencyModule } from './npa/npa.module';
import { PoliceHqAgencyModule } from './police-hq/police-hq.module';
import { PoliceStationAgencyModule } from './police-station/police-station.module';
import { ImmigrationAgencyModule } from './immigration/immigration.module';
import { LabourBureauAgencyModule } from './labour-bureau/labour-bureau.module';
import { FinancialInstitutionAgencyModule } from './financial-institution/financial-institution.module';
import { CarrierAgencyModule } from './carrier/carrier.module';
import { RegulatorAgencyModule } from './regulator/regulator.module';
import { TiplineOperatorAgencyModule } from './tipline-operator/tipline-operator.module';
import { SystemAgencyModule } from './system/system.module';

/** Every agency kind's module. An agency kind without a module here sees nothing. */
@Module({
  imports: [
    NpaAgencyModule,
    PoliceHqAgencyModule,
    PoliceStationAgencyModule,
    ImmigrationAgencyModule,
    LabourBureauAgencyModule,
    FinancialInstitutionAgencyModule,
    CarrierAgencyModule,
    RegulatorAgencyModule,
    TiplineOperatorAgencyModule,
    SystemAgencyModule,
  ],
})
export class AgenciesModule {}
