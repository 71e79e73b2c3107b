import { createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import {
  decryptReport,
  decryptReportAsync,
  encryptReport,
  encryptReportAsync,
  generateReportKey,
  generateReportPassphrase,
  inspectReport,
  reportKey,
  REPORT_SCRYPT_PARAMS,
} from '../tip-report.crypto';
import { TipReportError, TipReportErrorCode } from '../tip-report.errors';

const PASSPHRASE = 'correct-horse-battery-staple-警察庁';
const CONTENT = Buffer.from('通報報告書 T-20261120-0042 特殊詐欺の受け子を募集する投稿', 'utf8');
/** scrypt header: magic 4 + fixed 6 + salt 16 + iv length 1 + iv 12 */
const SCRYPT_HEADER = 39;
/** raw key header: magic 4 + fixed 6 + iv length 1 + iv 12 */
const RAW_HEADER = 23;
const TAG = 16;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof TipReportError ? error.tipReportCode : `not a TipReportError: ${String(error)}`;
  }
  return undefined;
}

function flip(file: Buffer, at: number): Buffer {
  const copy = Buffer.from(file);
  copy[at] ^= 0x01;
  return copy;
}

describe('tip report encryption (AES-256-GCM envelope)', () => {
  // One passphrase file for the tamper tests: scrypt costs ~0.1 s per derivation.
  const byPassphrase = encryptReport(CONTENT, { passphrase: PASSPHRASE });
  const key = generateReportKey();
  const byKey = encryptReport(CONTENT, { key });

  it('round-trips with the passphrase and with the raw key', () => {
    expect(decryptReport(byPassphrase, { passphrase: PASSPHRASE }).equals(CONTENT)).toBe(true);
    expect(decryptReport(byKey, { key }).equals(CONTENT)).toBe(true);
    expect(decryptReport(byKey, reportKey(key.toString('base64'))).equals(CONTENT)).toBe(true);
    expect(decryptReport(byKey, reportKey(key.toString('base64url'))).equals(CONTENT)).toBe(true);
  });

  it('round-trips through the async variants, interchangeable with the sync ones', async () => {
    const file = await encryptReportAsync(CONTENT, { passphrase: PASSPHRASE });
    expect(decryptReport(file, { passphrase: PASSPHRASE }).equals(CONTENT)).toBe(true);
    expect((await decryptReportAsync(byPassphrase, { passphrase: PASSPHRASE })).equals(CONTENT)).toBe(true);
    await expect(decryptReportAsync(file, { passphrase: `${PASSPHRASE}x` })).rejects.toMatchObject({ tipReportCode: TipReportErrorCode.DECRYPTION_FAILED });
  });

  it('round-trips an empty and a large report', () => {
    const large = randomBytes(3 * 1024 * 1024);
    expect(decryptReport(encryptReport(large, { key }), { key }).equals(large)).toBe(true);
    expect(decryptReport(encryptReport(Buffer.alloc(0), { key }), { key }).length).toBe(0);
  });

  it('does not contain the plaintext, the passphrase or the key', () => {
    for (const file of [byPassphrase, byKey]) {
      expect(file.includes(CONTENT)).toBe(false);
      expect(file.includes(Buffer.from('T-20261120-0042'))).toBe(false);
      expect(file.includes(Buffer.from(PASSPHRASE))).toBe(false);
      expect(file.includes(key)).toBe(false);
    }
    expect(byPassphrase.length).toBe(SCRYPT_HEADER + CONTENT.length + TAG);
    expect(byKey.length).toBe(RAW_HEADER + CONTENT.length + TAG);
  });

  it('writes the documented header: magic, version, KDF and its parameters', () => {
    expect(byPassphrase.subarray(0, 10)).toEqual(Buffer.from([0x52, 0x4b, 0x54, 0x52, 1, 1, 15, 8, 1, 16]));
    expect(byPassphrase[26]).toBe(12);
    expect(byKey.subarray(0, 11)).toEqual(Buffer.from([0x52, 0x4b, 0x54, 0x52, 1, 2, 0, 0, 0, 0, 12]));
    expect(inspectReport(byPassphrase)).toEqual({ version: 1, kdf: 'scrypt', scrypt: { ...REPORT_SCRYPT_PARAMS } });
    expect(inspectReport(byKey)).toEqual({ version: 1, kdf: 'raw-key', scrypt: null });
    expect(inspectReport(Buffer.from('PK\u0003\u0004 not a report at all, just a zip header........'))).toBeNull();
  });

  it('follows the ADR recipe: an independent AES-256-GCM decrypts it with AAD = header, and not without', () => {
    const gcm = (file: Buffer, headerLength: number, keyBytes: Buffer, aad: boolean) => {
      const decipher = createDecipheriv('aes-256-gcm', keyBytes, file.subarray(headerLength - 12, headerLength), { authTagLength: 16 });
      if (aad) decipher.setAAD(file.subarray(0, headerLength));
      decipher.setAuthTag(file.subarray(file.length - TAG));
      return Buffer.concat([decipher.update(file.subarray(headerLength, file.length - TAG)), decipher.final()]);
    };
    const derived = scryptSync(Buffer.from(PASSPHRASE.normalize('NFC')), byPassphrase.subarray(10, 26), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    expect(gcm(byPassphrase, SCRYPT_HEADER, derived, true).equals(CONTENT)).toBe(true);
    expect(() => gcm(byPassphrase, SCRYPT_HEADER, derived, false)).toThrow();
    expect(gcm(byKey, RAW_HEADER, key, true).equals(CONTENT)).toBe(true);
    expect(() => gcm(byKey, RAW_HEADER, key, false)).toThrow();
  });

  it('fails with a wrong passphrase, with one code and no hint', () => {
    let error: unknown;
    try {
      decryptReport(byPassphrase, { passphrase: 'correct-horse-battery-staple-警察署' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TipReportError);
    const failure = error as TipReportError;
    expect(failure.tipReportCode).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.details).toEqual([]);
    expect(JSON.stringify({ message: failure.message, details: failure.details })).not.toMatch(/tag|header|passphrase|key|salt|correct-horse/i);
  });

  it('fails with a wrong key, and with a secret of the other kind', () => {
    expect(codeOf(() => decryptReport(byKey, { key: generateReportKey() }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(codeOf(() => decryptReport(byKey, { passphrase: PASSPHRASE }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(codeOf(() => decryptReport(byPassphrase, { key }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
  });

  it('fails when any single bit of the header, ciphertext or tag is flipped', () => {
    // Every header byte (magic, version, KDF id and parameters, salt, IV length, IV) with the passphrase file...
    for (let at = 0; at < SCRYPT_HEADER; at++) {
      expect([at, codeOf(() => decryptReport(flip(byPassphrase, at), { passphrase: PASSPHRASE }))]).toEqual([at, TipReportErrorCode.DECRYPTION_FAILED]);
    }
    // ...and, cheaper with the raw key, every byte of the whole file.
    for (let at = 0; at < byKey.length; at++) {
      expect([at, codeOf(() => decryptReport(flip(byKey, at), { key }))]).toEqual([at, TipReportErrorCode.DECRYPTION_FAILED]);
    }
    expect(codeOf(() => decryptReport(flip(byPassphrase, SCRYPT_HEADER + 3), { passphrase: PASSPHRASE }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(codeOf(() => decryptReport(flip(byPassphrase, byPassphrase.length - 1), { passphrase: PASSPHRASE }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
  });

  it('fails on a truncated or extended file', () => {
    for (const length of [0, 3, 10, RAW_HEADER, RAW_HEADER + TAG - 1, byKey.length - 1]) {
      expect([length, codeOf(() => decryptReport(byKey.subarray(0, length), { key }))]).toEqual([length, TipReportErrorCode.DECRYPTION_FAILED]);
    }
    expect(codeOf(() => decryptReport(Buffer.concat([byKey, Buffer.from([0])]), { key }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(codeOf(() => decryptReport(byPassphrase.subarray(0, SCRYPT_HEADER + TAG), { passphrase: PASSPHRASE }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
  });

  it('refuses a header asking for a huge scrypt cost before deriving anything', () => {
    const costly = Buffer.from(byPassphrase);
    costly[6] = 30; // N = 2^30 would need 128 GiB
    const started = Date.now();
    expect(codeOf(() => decryptReport(costly, { passphrase: PASSPHRASE }))).toBe(TipReportErrorCode.DECRYPTION_FAILED);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('gives a different file for the same content each time (random salt and IV)', () => {
    const again = encryptReport(CONTENT, { passphrase: PASSPHRASE });
    expect(again.equals(byPassphrase)).toBe(false);
    expect(again.subarray(10, 26).equals(byPassphrase.subarray(10, 26))).toBe(false); // salt
    expect(again.subarray(27, 39).equals(byPassphrase.subarray(27, 39))).toBe(false); // IV
    const againByKey = encryptReport(CONTENT, { key });
    expect(againByKey.subarray(11, 23).equals(byKey.subarray(11, 23))).toBe(false);
    expect(againByKey.subarray(RAW_HEADER).equals(byKey.subarray(RAW_HEADER))).toBe(false);
  });

  it('treats the passphrase as NFC text: composed and decomposed forms decrypt alike', () => {
    const composed = 'パスフレーズは長めに設定する';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const file = encryptReport(CONTENT, { passphrase: composed });
    expect(decryptReport(file, { passphrase: decomposed }).equals(CONTENT)).toBe(true);
  });

  it('refuses a weak passphrase with a stable code', () => {
    for (const weak of ['', 'short', 'elevenchars', 'aaaaaaaaaaaaaaaa', '121212121212121212', 'abcdabcdabcd']) {
      expect([weak, codeOf(() => encryptReport(CONTENT, { passphrase: weak }))]).toEqual([weak, TipReportErrorCode.PASSPHRASE_TOO_WEAK]);
    }
    expect(codeOf(() => encryptReport(CONTENT, { passphrase: 'x'.repeat(1025) }))).toBe(TipReportErrorCode.PASSPHRASE_TOO_WEAK);
    // exactly 12 characters, 5 distinct: accepted
    expect(codeOf(() => encryptReport(CONTENT, { passphrase: 'abcdeabcdeab' }))).toBeUndefined();
    try {
      encryptReport(CONTENT, { passphrase: 'secret-ab' });
    } catch (error) {
      expect(JSON.stringify((error as TipReportError).details)).not.toContain('secret-ab');
    }
  });

  it('refuses a raw key that is not 256 bits', () => {
    expect(codeOf(() => reportKey(randomBytes(16)))).toBe(TipReportErrorCode.KEY_INVALID);
    expect(codeOf(() => reportKey(randomBytes(33).toString('base64')))).toBe(TipReportErrorCode.KEY_INVALID);
    expect(codeOf(() => reportKey('not base64 at all!'))).toBe(TipReportErrorCode.KEY_INVALID);
    expect(codeOf(() => encryptReport(CONTENT, { key: randomBytes(31) }))).toBe(TipReportErrorCode.KEY_INVALID);
    expect(codeOf(() => decryptReport(byKey, { key: randomBytes(24) }))).toBe(TipReportErrorCode.KEY_INVALID);
  });

  it('generates passphrases that pass the policy and differ', () => {
    const a = generateReportPassphrase();
    const b = generateReportPassphrase();
    expect(a).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){5}$/);
    expect(a).not.toBe(b);
    expect(decryptReport(encryptReport(CONTENT, { passphrase: a }), { passphrase: a }).equals(CONTENT)).toBe(true);
  });
});
