import { createHmac, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SIGNATURE_HEADER = 'X-Renkei-Signature';
export const WEBHOOK_DELIVERY_HEADER = 'X-Renkei-Delivery';
export const WEBHOOK_EVENT_HEADER = 'X-Renkei-Event';

/** `sha256=<hex HMAC-SHA256 of the raw body with the endpoint's secret>` */
export function signWebhookBody(secret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/** For receivers (and tests): checks a signature header in constant time. */
export function verifyWebhookSignature(secret: string, rawBody: string | Buffer, header: string | undefined | null): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(secret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
