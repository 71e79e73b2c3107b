import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullModule } from '@nestjs/bullmq';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, ConfigModule, CoreModule, dataSourceOptions, LOG_REDACT_PATHS, type AppConfig } from '@renkei/core';
import { AuthzModule } from '@renkei/authz';
import { MIGRATIONS } from '@renkei/migrations';
import { RedisModule } from './redis.provider';

/** What both roles (API and worker) stand on: config, logs, PostgreSQL, Redis, BullMQ, authz. */
@Module({})
export class InfrastructureModule {
  /** `redis: false` for the command-line tools, which only need PostgreSQL. */
  static forRoot(config: AppConfig, opts: { redis: boolean } = { redis: true }): DynamicModule {
    const redis = opts.redis
      ? [
          BullModule.forRootAsync({
            inject: [APP_CONFIG],
            useFactory: (c: AppConfig) => ({ connection: { url: c.redisUrl, maxRetriesPerRequest: null }, prefix: c.redisPrefix }),
          }),
          RedisModule,
        ]
      : [];
    return {
      module: InfrastructureModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            redact: { paths: LOG_REDACT_PATHS, censor: '[masked]' },
            // Request bodies carry personal data and passwords: never logged.
            serializers: { req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
            autoLogging: { ignore: (req) => req.url === '/health' },
          },
        }),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (c: AppConfig) => ({ ...dataSourceOptions(c.databaseUrl, MIGRATIONS), autoLoadEntities: true }),
        }),
        ...redis,
        CoreModule,
        AuthzModule,
      ],
      exports: opts.redis ? [RedisModule] : [],
    };
  }
}
