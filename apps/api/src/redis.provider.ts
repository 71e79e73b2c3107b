import { Inject, Injectable, Logger, Module, OnApplicationShutdown, type Provider } from '@nestjs/common';
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
  useFactory: (config: AppConfig) => {
    // disconnectTimeout: ioredis keeps a ref'd 2 s timer after disconnecting a stream that never
    // connected, which held a stopping process (and Jest's workers) open.
    const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, disconnectTimeout: 200 });
    // Without a listener ioredis reports every reconnect failure as unhandled; /health shows the state.
    let warned = false;
    redis.on('error', (error: Error) => {
      if (!warned) new Logger('Redis').warn(`Redis unavailable: ${error.message}`);
      warned = true;
    });
    redis.on('ready', () => {
      warned = false;
    });
    return redis;
  },
};

/** One shared Redis client for health checks and small commands (BullMQ keeps its own). */
@Module({ providers: [redisProvider, RedisCloser], exports: [REDIS] })
export class RedisModule {}
