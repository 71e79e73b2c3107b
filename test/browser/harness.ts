import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Type } from '@nestjs/common';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@renkei/identity';
import { startTestApp, type TestApp } from '../setup/test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = resolve(__dirname, '../..');
/** Screenshots of every browser test (gitignored). */
export const SHOTS = join(ROOT, 'test/artifacts/browser');
/** The client's stored session, read in the page (these files are compiled without the DOM lib). */
export const READ_SESSION = 'sessionStorage.getItem("renkei.session")';

export interface BrowserHarness {
  t: TestApp;
  /** http://127.0.0.1:<port> of the API serving the client */
  base: string;
  /** A fresh browser context (Japanese locale, Asia/Tokyo) and its page. */
  newPage(): Promise<Page>;
  login(page: Page, username: string): Promise<void>;
  /** Logs out through the header and closes the page's context. */
  logout(page: Page): Promise<void>;
  close(): Promise<void>;
}

/**
 * The web client built from the current source, once per source version: the folder is named by
 * a hash of apps/web, so the browser suites of one run (and later runs on unchanged source)
 * share one vite build. A lock directory keeps two workers from building at once; the build is
 * written beside and renamed into place, so a reader never sees half a build.
 */
async function builtClient(): Promise<string> {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name === 'dist' || name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${relative(ROOT, path)}\0`).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'apps/web'));
  for (const f of ['package-lock.json', 'tsconfig.json']) if (existsSync(join(ROOT, f))) hash.update(readFileSync(join(ROOT, f)));
  const dir = join(tmpdir(), `renkei-web-${hash.digest('hex').slice(0, 16)}`);
  const lock = `${dir}.lock`;
  for (let waited = 0; !existsSync(join(dir, 'index.html')); waited += 200) {
    try {
      mkdirSync(lock);
    } catch {
      // Another worker is building it (or died doing so: a lock older than 5 minutes is stale).
      if (waited > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (existsSync(join(dir, 'index.html'))) break;
      const staging = mkdtempSync(join(tmpdir(), 'renkei-web-staging-'));
      const built = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', join(ROOT, 'apps/web/vite.config.mts'), '--outDir', staging, '--emptyOutDir', '--logLevel', 'error'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } },
      );
      if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(staging, dir);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dir;
}

/**
 * One browser test's world: the web client built from the current source (shared by the suites), the real API (clock at real time, so that the browser's clock agrees) listening on a free
 * port and serving it, and Debian's chromium driven by playwright-core. Fails, never skips,
 * without chromium (.ci/run installs it with apt).
 */
export async function startBrowserHarness(opts: { extraModules?: Type[] } = {}): Promise<BrowserHarness> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (bash .ci/run does it)`);
  mkdirSync(SHOTS, { recursive: true });
  const webDist = await builtClient();
  process.env.RENKEI_WEB_DIST = webDist;

  const t = await startTestApp({ now: new Date(), extraModules: opts.extraModules });
  await t.app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--lang=ja-JP', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });

  return {
    t,
    base,
    async newPage() {
      const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
      const page = await context.newPage();
      page.on('pageerror', (e) => process.stderr.write(`browser error: ${e.message}\n`));
      return page;
    },
    async login(page, username) {
      await page.goto(`${base}/`);
      await page.getByLabel('ユーザー名').fill(username);
      await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
      // Keyboard: Enter in the password field submits the form.
      await page.getByLabel('パスワード').press('Enter');
      await page.getByRole('button', { name: 'ログアウト' }).waitFor();
    },
    async logout(page) {
      await page.getByRole('button', { name: 'ログアウト' }).click();
      await page.getByRole('heading', { name: 'ログイン' }).waitFor();
      await page.context().close();
    },
    async close() {
      await browser.close();
      await t.close();
      delete process.env.RENKEI_WEB_DIST;
    },
  };
}
