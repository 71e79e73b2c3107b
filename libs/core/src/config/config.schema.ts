import { z } from 'zod';

/** Shown in development only; production refuses to boot with it. */
export const DEV_TOKEN_SECRET = 'renkei-dev-only-secret-do-not-use-in-production-0000';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z
      .string({ error: 'DATABASE_URL is required (postgres://user:pass@host:5432/db)' })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://'),
    REDIS_URL: z
      .string({ error: 'REDIS_URL is required (redis://host:6379)' })
      .regex(/^rediss?:\/\//, 'REDIS_URL must start with redis:// or rediss://'),
    REDIS_PREFIX: z.string().min(1).default('renkei'),
    AUTH_TOKEN_SECRET: z.string().min(32, 'AUTH_TOKEN_SECRET must be at least 32 characters').default(DEV_TOKEN_SECRET),
    AUTH_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(3600).default(900),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
    DEMO_DATA: bool.default(false),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    GRAPHQL_INTROSPECTION: bool.optional(),
    ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
    ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    // Behind a reverse proxy: which hops to trust for the client address (Express 'trust proxy':
    // a hop count, or addresses/subnets such as "loopback, 10.0.0.0/8"). Unset: the socket's peer.
    TRUST_PROXY: z
      .string()
      .regex(/^(\d{1,2}|[0-9A-Za-z.:/, ]+)$/, 'TRUST_PROXY must be a hop count or a list of addresses/subnets (e.g. "loopback, 10.0.0.0/8")')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (env.AUTH_TOKEN_SECRET === DEV_TOKEN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_TOKEN_SECRET'],
        message: 'production refuses the development default secret: set AUTH_TOKEN_SECRET to a random value of 32+ characters',
      });
    }
    if (env.DEMO_DATA) {
      ctx.addIssue({
        code: 'custom',
        path: ['DEMO_DATA'],
        message: 'production refuses to load demo data (the demo password is public): unset DEMO_DATA',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export interface AppConfig {
  env: Env['NODE_ENV'];
  port: number;
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  auth: {
    tokenSecret: string;
    tokenTtlSeconds: number;
    sessionIdleMinutes: number;
    sessionMaxHours: number;
    loginMaxFailures: number;
    loginLockMinutes: number;
  };
  demoData: boolean;
  logLevel: Env['LOG_LEVEL'];
  graphqlIntrospection: boolean;
  attachments: { dir: string; maxBytes: number };
  /** Express 'trust proxy' (the client address used for per-client throttles); null: none */
  trustProxy: number | string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, at boot, and names every problem at once. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`),
    );
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    auth: {
      tokenSecret: e.AUTH_TOKEN_SECRET,
      tokenTtlSeconds: e.AUTH_TOKEN_TTL_SECONDS,
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionMaxHours: e.SESSION_MAX_HOURS,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginLockMinutes: e.LOGIN_LOCK_MINUTES,
    },
    demoData: e.DEMO_DATA,
    logLevel: e.LOG_LEVEL,
    graphqlIntrospection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    attachments: { dir: e.ATTACHMENTS_DIR, maxBytes: e.ATTACHMENT_MAX_BYTES },
    trustProxy: e.TRUST_PROXY === undefined ? null : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
  };
}
