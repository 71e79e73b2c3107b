import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startTestApp } from '../setup/test-app';

const MAIN = resolve(__dirname, '../../dist/apps/api/src/main.js');
const WORKER = resolve(__dirname, '../../dist/apps/api/src/worker.js');

describe('booting', () => {
  const run = (file: string, env: Record<string, string>) =>
    spawnSync(process.execPath, [file], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x', REDIS_URL: 'redis://127.0.0.1:1', ...env },
      encoding: 'utf8',
      timeout: 20_000,
    });

  it.each([MAIN, WORKER])('%s refuses production with the default secret or demo data, saying what to fix', (file) => {
    const noSecret = run(file, { NODE_ENV: 'production' });
    expect(noSecret.status).toBe(78);
    expect(noSecret.stderr).toContain('AUTH_TOKEN_SECRET: production refuses the development default secret');
    const demo = run(file, { NODE_ENV: 'production', AUTH_TOKEN_SECRET: 'p'.repeat(40), DEMO_DATA: 'true' });
    expect(demo.status).toBe(78);
    expect(demo.stderr).toContain('DEMO_DATA: production refuses to load demo data');
    expect(demo.stderr).not.toContain('p'.repeat(40));
  });

  it('reports a missing setting by name', () => {
    const res = spawnSync(process.execPath, [MAIN], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8', timeout: 20_000 });
    expect(res.status).toBe(78);
    expect(res.stderr).toMatch(/DATABASE_URL: DATABASE_URL is required/);
    expect(res.stderr).toMatch(/REDIS_URL: REDIS_URL is required/);
  });

  it('reports Redis down on /health with 503, PostgreSQL still up', async () => {
    const t = await startTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      const res = await t.http().get('/health');
      expect(res.status).toBe(503);
      expect(res.body.details).toMatchObject({ postgres: { status: 'up' }, redis: { status: 'down' } });
    } finally {
      await t.close();
    }
  });
});
