import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encryptReport, generateReportKey } from '../tip-report.crypto';

// The compiled CLI, like the e2e tests use the compiled app (RENKEI_DIST: a build in another folder).
const DIST = process.env.RENKEI_DIST ?? resolve(__dirname, '../../../../../dist/apps/api/src');
const CLI = `${DIST}/cli/tip-report-decrypt.js`;
const PASSPHRASE = '警察庁と合意した暗証番号2026';
const CONTENT = Buffer.from('様式第1号 通報報告書 T-20261120-0042', 'utf8');

function run(args: string[], env: Record<string, string> = {}) {
  const clean = { ...process.env };
  delete clean.TIP_REPORT_PASSPHRASE;
  delete clean.TIP_REPORT_KEY;
  // stdin is not a terminal here: without env the CLI must refuse rather than wait
  return spawnSync(process.execPath, [CLI, ...args], { env: { ...clean, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('tip-report:decrypt CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tip-report-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('decrypts with the passphrase from the environment, to a file only its owner reads', () => {
    writeFileSync(join(dir, 'r.enc'), encryptReport(CONTENT, { passphrase: PASSPHRASE }));
    const result = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')], { TIP_REPORT_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'r.xlsx')).equals(CONTENT)).toBe(true);
    expect(statSync(join(dir, 'r.xlsx')).mode & 0o777).toBe(0o600);
    expect(result.stdout + result.stderr).not.toContain(PASSPHRASE);
  });

  it('decrypts with a raw key from the environment', () => {
    const key = generateReportKey();
    writeFileSync(join(dir, 'r.enc'), encryptReport(CONTENT, { key }));
    const result = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')], { TIP_REPORT_KEY: key.toString('base64') });
    expect(result.status).toBe(0);
    expect(readFileSync(join(dir, 'r.xlsx')).equals(CONTENT)).toBe(true);
  });

  it('fails with exit code 1 and a Japanese and English message on a wrong passphrase, writing nothing', () => {
    writeFileSync(join(dir, 'r.enc'), encryptReport(CONTENT, { passphrase: PASSPHRASE }));
    const result = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')], { TIP_REPORT_PASSPHRASE: '警察庁と合意した暗証番号2025' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('復号できませんでした');
    expect(result.stderr).toContain('Decryption failed');
    expect(result.stdout + result.stderr).not.toContain('暗証番号2025');
    expect(result.stdout + result.stderr).not.toContain('T-20261120-0042');
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });

  it('fails with exit code 1 on a tampered file', () => {
    const file = encryptReport(CONTENT, { passphrase: PASSPHRASE });
    file[file.length - 20] ^= 0x80;
    writeFileSync(join(dir, 'r.enc'), file);
    const result = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')], { TIP_REPORT_PASSPHRASE: PASSPHRASE });
    expect(result.status).toBe(1);
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
  });

  it('never takes the secret from the command line, and never overwrites', () => {
    writeFileSync(join(dir, 'r.enc'), encryptReport(CONTENT, { passphrase: PASSPHRASE }));
    const withArg = run([join(dir, 'r.enc'), join(dir, 'r.xlsx'), PASSPHRASE]);
    expect(withArg.status).toBe(2);
    const withFlag = run([join(dir, 'r.enc'), join(dir, 'r.xlsx'), `--passphrase=${PASSPHRASE}`]);
    expect(withFlag.status).toBe(2);
    expect(existsSync(join(dir, 'r.xlsx'))).toBe(false);
    const noSecret = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')]);
    expect(noSecret.status).toBe(2);
    expect(noSecret.stderr).toContain('TIP_REPORT_PASSPHRASE');

    writeFileSync(join(dir, 'r.xlsx'), 'keep me');
    const existing = run([join(dir, 'r.enc'), join(dir, 'r.xlsx')], { TIP_REPORT_PASSPHRASE: PASSPHRASE });
    expect(existing.status).toBe(2);
    expect(readFileSync(join(dir, 'r.xlsx'), 'utf8')).toBe('keep me');
  });
});
