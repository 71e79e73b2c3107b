import type { DataSourceOptions, MixedList } from 'typeorm';

/** One place that turns the config into TypeORM options. Never `synchronize`. */
export function dataSourceOptions(
  databaseUrl: string,
  migrations: MixedList<Function>,
  entities: MixedList<Function> = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    logging: false,
    extra: { max: 10, application_name: 'renkei' },
  };
}
