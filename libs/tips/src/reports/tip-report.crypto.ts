import { createCipheriv, createDecipheriv, randomBytes, scrypt, scryptSync, type ScryptOptions } from 'node:crypto';
import { TipReportError, TipReportErrorCode } from './tip-report.errors';

/**
 * Report files to 警察庁 (seed 003 第8条): AES-256-GCM (CRYPTREC) in a self-describing envelope.
 * The format, its parameters and the reasons are in docs/adr/0013-tip-report-encryption.md.
 *
 * Envelope v1 (big-endian, offsets in bytes):
 *   0  magic "RKTR" (0x52 0x4B 0x54 0x52)
 *   4  format version 0x01
 *   5  KDF id: 0x01 scrypt (passphrase), 0x02 none (raw 256-bit key)
 *   6  scrypt log2(N)   (0 for a raw key)
 *   7  scrypt r         (0 for a raw key)
 *   8  scrypt p         (0 for a raw key)
 *   9  salt length S    (16 for scrypt, 0 for a raw key)
 *  10  salt (S bytes)
 *  10+S      IV length (12)
 *  11+S      IV (12 bytes)
 *  23+S      ciphertext (same length as the plaintext)
 *  end-16    GCM tag (16 bytes)
 * Bytes 0 .. 22+S are the header; all of it is the GCM additional authenticated data, so a
 * change to any header byte (e.g. weaker KDF parameters) fails authentication.
 */

/** The secret the recipient holds: a passphrase agreed out of band, or a raw 256-bit key. */
export type ReportSecret = { passphrase: string } | { key: Buffer };

export type ReportKdf = 'scrypt' | 'raw-key';

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

/** What every new file uses: N=2^15, r=8, p=1 (about 32 MiB and ~0.1 s per derivation). */
export const REPORT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({ log2N: 15, r: 8, p: 1 });

export const REPORT_PASSPHRASE_MIN_LENGTH = 12;
const PASSPHRASE_MAX_LENGTH = 1024;
const PASSPHRASE_MIN_DISTINCT = 5;

const MAGIC = Buffer.from('RKTR', 'ascii');
const VERSION = 0x01;
const KDF_SCRYPT = 0x01;
const KDF_RAW = 0x02;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FIXED_HEADER = MAGIC.length + 6; // magic, version, kdf, log2N, r, p, salt length

/*
 * The parameter range a file may ask for on decryption: wide enough for a future stronger
 * default, narrow enough that a crafted header cannot make us burn gigabytes or minutes.
 */
const SCRYPT_BOUNDS = { log2N: [14, 20], r: [1, 16], p: [1, 4] } as const;
const SCRYPT_MAX_MEMORY = 256 * 1024 * 1024;

interface ParsedEnvelope {
  header: Buffer;
  kdf: ReportKdf;
  scrypt: ScryptParams | null;
  salt: Buffer;
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/** Refuses a passphrase below the policy; NFC first so the same text typed on any OS is the same bytes. */
export function assertPassphrasePolicy(passphrase: string): void {
  const chars = [...passphrase.normalize('NFC')];
  const reasons: string[] = [];
  if (chars.length < REPORT_PASSPHRASE_MIN_LENGTH) reasons.push(`shorter than ${REPORT_PASSPHRASE_MIN_LENGTH} characters`);
  if (chars.length > PASSPHRASE_MAX_LENGTH) reasons.push(`longer than ${PASSPHRASE_MAX_LENGTH} characters`);
  if (new Set(chars).size < PASSPHRASE_MIN_DISTINCT) reasons.push(`fewer than ${PASSPHRASE_MIN_DISTINCT} distinct characters`);
  if (reasons.length > 0) {
    throw new TipReportError(TipReportErrorCode.PASSPHRASE_TOO_WEAK, reasons.map((reason) => ({ field: 'passphrase', reason })));
  }
}

/** A raw key from bytes or from base64/base64url text; anything but exactly 32 bytes is refused. */
export function reportKey(key: Buffer | string): { key: Buffer } {
  let bytes: Buffer;
  if (typeof key === 'string') {
    const text = key.trim();
    if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new TipReportError(TipReportErrorCode.KEY_INVALID, [{ field: 'key', reason: 'not base64' }]);
    bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  } else {
    bytes = Buffer.from(key);
  }
  if (bytes.length !== KEY_BYTES) throw new TipReportError(TipReportErrorCode.KEY_INVALID, [{ field: 'key', reason: 'not 32 bytes' }]);
  return { key: bytes };
}

/** A fresh random 256-bit key (for recipients who prefer a key file to a passphrase). */
export function generateReportKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/**
 * A random passphrase that passes the policy by a wide margin: 24 characters from an alphabet
 * without look-alikes (57 symbols, about 140 bits), grouped by 4 so it can be read out over the phone.
 */
export function generateReportPassphrase(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  const chars: string[] = [];
  // Rejection sampling keeps every character equally likely.
  while (chars.length < 24) {
    for (const byte of randomBytes(32)) {
      if (byte < 256 - (256 % alphabet.length) && chars.length < 24) chars.push(alphabet[byte % alphabet.length]);
    }
  }
  return chars.join('').match(/.{4}/g)!.join('-');
}

/** Encrypts a report file. A passphrase is checked against the policy and stretched with scrypt. */
export function encryptReport(plaintext: Buffer, secret: ReportSecret): Buffer {
  const { header, kdf, salt, iv } = newHeader(secret);
  const key = 'passphrase' in secret ? deriveSync(secret.passphrase, salt, kdf) : checkedKey(secret.key);
  return seal(plaintext, header, iv, key, 'passphrase' in secret);
}

/** The same as encryptReport, with scrypt off the event loop (for use inside the server). */
export async function encryptReportAsync(plaintext: Buffer, secret: ReportSecret): Promise<Buffer> {
  const { header, kdf, salt, iv } = newHeader(secret);
  const key = 'passphrase' in secret ? await deriveAsync(secret.passphrase, salt, kdf) : checkedKey(secret.key);
  return seal(plaintext, header, iv, key, 'passphrase' in secret);
}

/**
 * Decrypts a report file. A wrong secret, a secret of the other kind, any changed byte, a
 * truncated file or a file that is not a report all throw TIP_REPORT.DECRYPTION_FAILED.
 */
export function decryptReport(file: Buffer, secret: ReportSecret): Buffer {
  const envelope = parseOrFail(file, secret);
  const key = 'passphrase' in secret ? deriveSync(secret.passphrase, envelope.salt, envelope.scrypt!) : checkedKey(secret.key);
  return open(envelope, key, 'passphrase' in secret);
}

export async function decryptReportAsync(file: Buffer, secret: ReportSecret): Promise<Buffer> {
  const envelope = parseOrFail(file, secret);
  const key = 'passphrase' in secret ? await deriveAsync(secret.passphrase, envelope.salt, envelope.scrypt!) : checkedKey(secret.key);
  return open(envelope, key, 'passphrase' in secret);
}

/**
 * Reads the (still unauthenticated) header: which kind of secret the file wants. Only a hint for
 * tools (the decrypt CLI asks for a passphrase or a key); null when it is not a v1 report file.
 */
export function inspectReport(file: Buffer): { version: number; kdf: ReportKdf; scrypt: ScryptParams | null } | null {
  const envelope = parse(file);
  return envelope ? { version: VERSION, kdf: envelope.kdf, scrypt: envelope.scrypt } : null;
}

function newHeader(secret: ReportSecret): { header: Buffer; kdf: ScryptParams; salt: Buffer; iv: Buffer } {
  const usesPassphrase = 'passphrase' in secret;
  if (usesPassphrase) assertPassphrasePolicy(secret.passphrase);
  const kdf = REPORT_SCRYPT_PARAMS;
  const salt = usesPassphrase ? randomBytes(SALT_BYTES) : Buffer.alloc(0);
  const iv = randomBytes(IV_BYTES);
  const fixed = usesPassphrase
    ? [VERSION, KDF_SCRYPT, kdf.log2N, kdf.r, kdf.p, salt.length]
    : [VERSION, KDF_RAW, 0, 0, 0, 0];
  const header = Buffer.concat([MAGIC, Buffer.from(fixed), salt, Buffer.from([iv.length]), iv]);
  return { header, kdf, salt, iv };
}

function seal(plaintext: Buffer, header: Buffer, iv: Buffer, key: Buffer, ownsKey: boolean): Buffer {
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(header);
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([header, ciphertext, cipher.getAuthTag()]);
  } finally {
    if (ownsKey) key.fill(0);
  }
}

function open(envelope: ParsedEnvelope, key: Buffer, ownsKey: boolean): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, envelope.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(envelope.header);
    decipher.setAuthTag(envelope.tag);
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    // OpenSSL's message is the same for every cause, and we do not pass it on anyway.
    throw decryptionFailed();
  } finally {
    if (ownsKey) key.fill(0);
  }
}

function parseOrFail(file: Buffer, secret: ReportSecret): ParsedEnvelope {
  const envelope = parse(file);
  const wantsPassphrase = envelope?.kdf === 'scrypt';
  if (!envelope || wantsPassphrase !== 'passphrase' in secret) throw decryptionFailed();
  if (!('passphrase' in secret)) checkedKey(secret.key);
  return envelope;
}

/** Strict: every length and parameter must be one we write or allow; otherwise null. */
function parse(file: Buffer): ParsedEnvelope | null {
  if (!Buffer.isBuffer(file) || file.length < FIXED_HEADER + 1 + IV_BYTES + TAG_BYTES) return null;
  if (!file.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const [version, kdfId, log2N, r, p, saltLength] = file.subarray(MAGIC.length, FIXED_HEADER);
  if (version !== VERSION) return null;
  let scrypt: ScryptParams | null = null;
  if (kdfId === KDF_SCRYPT) {
    if (saltLength !== SALT_BYTES || !scryptAllowed({ log2N, r, p })) return null;
    scrypt = { log2N, r, p };
  } else if (kdfId === KDF_RAW) {
    if (log2N !== 0 || r !== 0 || p !== 0 || saltLength !== 0) return null;
  } else {
    return null;
  }
  const ivAt = FIXED_HEADER + saltLength;
  if (file.length < ivAt + 1 + IV_BYTES + TAG_BYTES || file[ivAt] !== IV_BYTES) return null;
  const headerEnd = ivAt + 1 + IV_BYTES;
  return {
    header: file.subarray(0, headerEnd),
    kdf: scrypt ? 'scrypt' : 'raw-key',
    scrypt,
    salt: file.subarray(FIXED_HEADER, ivAt),
    iv: file.subarray(ivAt + 1, headerEnd),
    ciphertext: file.subarray(headerEnd, file.length - TAG_BYTES),
    tag: file.subarray(file.length - TAG_BYTES),
  };
}

function scryptAllowed(params: ScryptParams): boolean {
  const within = (value: number, [min, max]: readonly [number, number]) => value >= min && value <= max;
  return (
    within(params.log2N, SCRYPT_BOUNDS.log2N) &&
    within(params.r, SCRYPT_BOUNDS.r) &&
    within(params.p, SCRYPT_BOUNDS.p) &&
    scryptMemory(params) <= SCRYPT_MAX_MEMORY
  );
}

/** OpenSSL's own estimate (128·r·(N+p+2) bytes); Node's default maxmem of 32 MiB is just too small for N=2^15, r=8. */
function scryptMemory({ log2N, r, p }: ScryptParams): number {
  return 128 * r * (2 ** log2N + p + 2);
}

function scryptOptions(params: ScryptParams): ScryptOptions {
  return { N: 2 ** params.log2N, r: params.r, p: params.p, maxmem: scryptMemory(params) + 1024 * 1024 };
}

function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

function deriveSync(passphrase: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(passphraseBytes(passphrase), salt, KEY_BYTES, scryptOptions(params));
}

function deriveAsync(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(passphraseBytes(passphrase), salt, KEY_BYTES, scryptOptions(params), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function checkedKey(key: Buffer): Buffer {
  if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
    throw new TipReportError(TipReportErrorCode.KEY_INVALID, [{ field: 'key', reason: 'not 32 bytes' }]);
  }
  return key;
}

function decryptionFailed(): TipReportError {
  return new TipReportError(TipReportErrorCode.DECRYPTION_FAILED);
}
