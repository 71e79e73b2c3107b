import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
// By relative path: a plain node script, no Nest application (the tips lib's index would load its module).
import { decryptReport, inspectReport, reportKey, type ReportSecret } from '../../../../libs/tips/src/reports/tip-report.crypto';
import { TipReportError, TipReportErrorCode } from '../../../../libs/tips/src/reports/tip-report.errors';

/**
 * `npm run tip-report:decrypt -- <file.enc> <out.xlsx>`: decrypts a report file to 警察庁
 * (docs/adr/0013-tip-report-encryption.md). The secret never comes from argv (it would show in
 * `ps` and the shell history): env TIP_REPORT_PASSPHRASE, or env TIP_REPORT_KEY (base64, 32
 * bytes), or typed on a terminal without echo. Exit 0 on success, 1 when the file does not
 * decrypt, 2 for usage or file errors. The output is written only after the file authenticated,
 * with mode 0600, and never over an existing file.
 */

const USAGE = [
  '使い方 / usage: node dist/apps/api/src/cli/tip-report-decrypt.js <暗号化ファイル file.enc> <出力先 out.xlsx>',
  '  暗証番号は環境変数 TIP_REPORT_PASSPHRASE、鍵は TIP_REPORT_KEY (Base64) で指定するか、端末で入力してください。',
  '  Passphrase via env TIP_REPORT_PASSPHRASE, raw key via env TIP_REPORT_KEY (base64), or typed at the prompt.',
  '  The secret is never accepted on the command line.',
].join('\n');

class UsageError extends Error {}

async function main(args: string[]): Promise<number> {
  if (args.length !== 2 || args.some((a) => a.startsWith('-'))) {
    throw new UsageError(`引数が正しくありません / wrong arguments\n${USAGE}`);
  }
  const [input, output] = args.map((a) => resolve(a));
  if (!existsSync(input)) throw new UsageError(`入力ファイルがありません / input file not found: ${input}`);
  if (existsSync(output)) throw new UsageError(`出力先が既に存在します（上書きしません） / output exists, not overwriting: ${output}`);

  const file = readFileSync(input);
  const secret = await secretFor(file);
  const plaintext = decryptReport(file, secret);
  writeFileSync(output, plaintext, { mode: 0o600, flag: 'wx' });
  process.stderr.write(`復号しました / decrypted: ${output} (${plaintext.length} bytes)\n`);
  return 0;
}

async function secretFor(file: Buffer): Promise<ReportSecret> {
  const passphrase = process.env.TIP_REPORT_PASSPHRASE;
  const key = process.env.TIP_REPORT_KEY;
  if (passphrase && key) {
    throw new UsageError('TIP_REPORT_PASSPHRASE と TIP_REPORT_KEY の両方が設定されています / set only one of TIP_REPORT_PASSPHRASE and TIP_REPORT_KEY');
  }
  if (passphrase) return { passphrase };
  if (key) return reportKey(key);
  if (!process.stdin.isTTY) {
    throw new UsageError(`暗証番号または鍵が指定されていません / no passphrase or key given\n${USAGE}`);
  }
  // The header only says which kind of secret to ask for; it is authenticated when decrypting.
  const wantsKey = inspectReport(file)?.kdf === 'raw-key';
  const typed = await promptHidden(wantsKey ? '鍵 (Base64) / key (base64): ' : '暗証番号 / passphrase: ');
  return wantsKey ? reportKey(typed) : { passphrase: typed };
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(prompt: string): Promise<string> {
  return new Promise((resolvePrompt, reject) => {
    const stdin = process.stdin;
    let typed = '';
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolvePrompt(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new UsageError('中断しました / interrupted'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

function explain(error: unknown): [number, string] {
  if (error instanceof UsageError) return [2, error.message];
  if (error instanceof TipReportError) {
    if (error.tipReportCode === TipReportErrorCode.DECRYPTION_FAILED) {
      return [1, '復号できませんでした。暗証番号（鍵）が違うか、ファイルが破損・改ざんされています。\nDecryption failed: wrong passphrase or key, or the file is damaged or was altered.'];
    }
    if (error.tipReportCode === TipReportErrorCode.KEY_INVALID) {
      return [2, '鍵の形式が正しくありません（Base64 で 32 バイト）。\nInvalid key: expected 32 bytes in base64.'];
    }
  }
  const code = (error as NodeJS.ErrnoException)?.code;
  return [2, `ファイルを処理できませんでした / could not process the file${code ? ` (${code})` : ''}`];
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const [code, message] = explain(error);
    process.stderr.write(`${message}\n`);
    process.exit(code);
  },
);
