import { Inject, Injectable, Module, OnApplicationShutdown, type Provider } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@renkei/core';

export const REDIS = Symbol('REDIS');

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false }),
};

/** One shared Redis client for health checks and small commands (BullMQ keeps its own). */
@Module({ providers: [redisProvider, RedisCloser], exports: [REDIS] })
export class RedisModule {}
