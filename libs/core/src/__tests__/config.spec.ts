import { ConfigError, DEV_TOKEN_SECRET, loadConfig } from '../config/config.schema';
import { withoutValues } from '../errors/format-error';
import { describeSafely } from '../errors/app-error.filter';

const BASE = { DATABASE_URL: 'postgres://u:p@localhost:5432/renkei', REDIS_URL: 'redis://localhost:6379' };

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('configuration validated at boot', () => {
  it('applies the defaults of a development machine', () => {
    const c = loadConfig(BASE);
    expect(c).toMatchObject({ env: 'development', port: 3000, demoData: false, graphqlIntrospection: true, attachments: { dir: '.data/attachments', maxBytes: 10485760 } });
    expect(c.auth).toEqual({
      tokenSecret: DEV_TOKEN_SECRET, tokenTtlSeconds: 900, sessionIdleMinutes: 30, sessionMaxHours: 12, loginMaxFailures: 5, loginLockMinutes: 10,
    });
  });

  it('reads TRUST_PROXY as a hop count or a list of subnets, and refuses anything else', () => {
    expect(loadConfig(BASE).trustProxy).toBeNull();
    expect(loadConfig({ ...BASE, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...BASE, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(problems({ ...BASE, TRUST_PROXY: 'true; rm -rf /' })).toEqual([expect.stringMatching(/^TRUST_PROXY: TRUST_PROXY must be a hop count/)]);
  });

  it('names every problem at once, with what to fix', () => {
    const found = problems({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AUTH_TOKEN_SECRET: 'short' });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PORT: /),
        expect.stringMatching(/^DATABASE_URL: .*postgres:\/\//),
        expect.stringMatching(/^REDIS_URL: .*required/),
        expect.stringMatching(/^AUTH_TOKEN_SECRET: .*32/),
      ]),
    );
    expect(found.join('\n')).not.toContain('short');
  });

  it('refuses production with the default secret or with demo data', () => {
    const prod = { ...BASE, NODE_ENV: 'production' };
    expect(problems(prod)).toEqual([expect.stringMatching(/^AUTH_TOKEN_SECRET: production refuses/)]);
    const secret = 'x'.repeat(48);
    expect(problems({ ...prod, AUTH_TOKEN_SECRET: secret, DEMO_DATA: 'true' })).toEqual([expect.stringMatching(/^DEMO_DATA: production refuses/)]);
    const ok = loadConfig({ ...prod, AUTH_TOKEN_SECRET: secret });
    expect(ok.demoData).toBe(false);
    expect(ok.graphqlIntrospection).toBe(false);
  });

  it('rejects a flag that is not a boolean word', () => {
    expect(problems({ ...BASE, DEMO_DATA: 'maybe' })).toEqual([expect.stringMatching(/^DEMO_DATA: /)]);
  });
});

describe('what errors and logs may say', () => {
  it('drops a rejected variable value from the message but keeps the field', () => {
    const msg = 'Variable "$i" got invalid value { id: "1", password: "s3cret;x" } at "i.password"; Field "password" is not defined by type "UpdateUserInput".';
    expect(withoutValues(msg)).toBe('Variable "$i" got an invalid value at "i.password". Field "password" is not defined by type "UpdateUserInput".');
    const coercion = 'Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"';
    expect(withoutValues(coercion)).toBe('Variable "$n" got an invalid value.');
  });

  it('logs a database error without its detail or parameters', () => {
    const err = Object.assign(new Error('null value in column "role" violates not-null constraint'), {
      code: '23502', table: 'users', column: 'role', detail: 'Failing row contains (…, secret-hash, …)', parameters: ['secret-param'],
    });
    const logged = JSON.stringify(describeSafely(err));
    expect(logged).toContain('23502');
    expect(logged).not.toContain('secret-hash');
    expect(logged).not.toContain('secret-param');
  });
});
