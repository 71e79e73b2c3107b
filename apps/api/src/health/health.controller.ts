import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { Public } from '@renkei/authz';
import { REDIS } from '../redis.provider';

/** `GET /health`: the state of PostgreSQL and Redis; 503 when either is down. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.db.pingCheck('postgres', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        let timer: NodeJS.Timeout | undefined;
        try {
          const pong = await Promise.race([
            this.redis.ping(),
            new Promise<string>((_, reject) => {
              timer = setTimeout(() => reject(new Error('timeout')), 2000);
            }),
          ]);
          return pong === 'PONG' ? indicator.up() : indicator.down({ message: 'unexpected reply' });
        } catch {
          return indicator.down({ message: 'unreachable' });
        } finally {
          // A pending timer would keep a stopping process alive for two seconds.
          clearTimeout(timer);
        }
      },
    ]);
  }
}
