/**
 * The file types an attachment may have, each with the signature its first bytes must show, so
 * a declared type is checked against the content (an .exe renamed to .pdf is refused).
 */
const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'application/pdf': (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  // Office Open XML files are zip archives.
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  'text/plain': isUtf8Text,
  'text/csv': isUtf8Text,
};

export const ALLOWED_CONTENT_TYPES = Object.keys(SIGNATURES);

function isUtf8Text(b: Buffer): boolean {
  if (b.includes(0)) return false;
  return Buffer.from(b.toString('utf8'), 'utf8').equals(b);
}

export function contentMatches(contentType: string, bytes: Buffer): boolean {
  const check = SIGNATURES[contentType];
  return !!check && check(bytes);
}
