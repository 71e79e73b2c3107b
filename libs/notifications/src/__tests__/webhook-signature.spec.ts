/** The webhook signature and the sender, against a local HTTP server. */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signWebhookBody, verifyWebhookSignature } from '../webhook.signature';
import { WebhookSender } from '../webhook.sender';
import { NotificationsOptions } from '../notifications.options';

const SECRET = 'endpoint-secret-0123456789';

describe('webhook signature', () => {
  it('is sha256=<hex HMAC-SHA256 of the raw body>', () => {
    const body = '{"deliveryId":"d1","reference":"甲-2026-000123"}';
    const expected = createHmac('sha256', SECRET).update(Buffer.from(body, 'utf8')).digest('hex');
    expect(signWebhookBody(SECRET, body)).toBe(`sha256=${expected}`);
    expect(verifyWebhookSignature(SECRET, body, `sha256=${expected}`)).toBe(true);
    expect(verifyWebhookSignature(SECRET, `${body} `, `sha256=${expected}`)).toBe(false);
    expect(verifyWebhookSignature('another-secret-0123456789', body, `sha256=${expected}`)).toBe(false);
    expect(verifyWebhookSignature(SECRET, body, undefined)).toBe(false);
  });
});

describe('WebhookSender', () => {
  let server: Server;
  let base: string;
  const seen: { url: string; headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (req.url === '/slow') return; // never answers
        if (req.url === '/redirect') {
          res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere' }).end();
          return;
        }
        res.writeHead(req.url === '/fail' ? 503 : 204).end(req.url === '/fail' ? 'receiver stack trace' : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const sender = new WebhookSender(Object.assign(new NotificationsOptions(), { webhookTimeoutMs: 300 }));

  it('posts the body with its signature, delivery id and event type', async () => {
    const body = JSON.stringify({ deliveryId: 'd1' });
    await expect(sender.post(`${base}/ok`, SECRET, 'd1', 'test.event', body)).resolves.toEqual({ ok: true, statusCode: 204, error: null });
    const got = seen.find((s) => s.url === '/ok')!;
    expect(got.body).toBe(body);
    expect(got.headers['content-type']).toBe('application/json');
    expect(got.headers['x-renkei-delivery']).toBe('d1');
    expect(got.headers['x-renkei-event']).toBe('test.event');
    expect(verifyWebhookSignature(SECRET, got.body, got.headers['x-renkei-signature'] as string)).toBe(true);
  });

  it('reports a status, a timeout, a redirect and a refused connection as codes only', async () => {
    await expect(sender.post(`${base}/fail`, SECRET, 'd2', 'test.event', '{}')).resolves.toEqual({ ok: false, statusCode: 503, error: 'HTTP 503' });
    await expect(sender.post(`${base}/slow`, SECRET, 'd3', 'test.event', '{}')).resolves.toEqual({ ok: false, statusCode: null, error: 'timeout after 300 ms' });
    await expect(sender.post(`${base}/redirect`, SECRET, 'd4', 'test.event', '{}')).resolves.toEqual({ ok: false, statusCode: 302, error: 'HTTP 302' });
    const refused = await sender.post('http://127.0.0.1:1/hook?token=abc', SECRET, 'd5', 'test.event', '{}');
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).not.toContain('token');
    expect(refused.error).not.toContain('127.0.0.1');
  });
});
