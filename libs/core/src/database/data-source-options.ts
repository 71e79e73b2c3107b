import type { DataSourceOptions, MixedList } from 'typeorm';
import { StatementCounter } from './statement-counter';

/** One place that turns the config into TypeORM options. Never `synchronize`. */
export function dataSourceOptions(
  databaseUrl: string,
  migrations: MixedList<Function>,
  entities: MixedList<Function> = [],
  counter: StatementCounter = new StatementCounter(),
): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // 'query' only feeds the counter; it prints nothing.
    logging: ['query'],
    logger: counter,
    extra: { max: 10, application_name: 'renkei' },
  };
}
