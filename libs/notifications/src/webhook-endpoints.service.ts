import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, BadInputError, Clock, ForbiddenError, NotFoundError, TransactionRunner, type AppConfig, type RequestContext } from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { NotificationRuleRegistry } from './notification-rule.registry';
import { NotificationsRepository, type WebhookEndpointRow } from './notifications.repository';
import { WEBHOOK_ENDPOINT, WEBHOOK_ENDPOINT_SUBJECT } from './notifications.fields';

export const REGISTER = 'create';

/**
 * How an agency configures its webhooks: its liaison registers an endpoint for the event types it
 * wants and receives the signing secret once; it may list and deactivate its own endpoints.
 */
@Injectable()
export class WebhookEndpointsService implements OnModuleInit {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly rules: NotificationRuleRegistry,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.registry.registerSubject(WEBHOOK_ENDPOINT_SUBJECT);
  }

  async list(ctx: RequestContext): Promise<Projected<WebhookEndpointRow>[]> {
    const rows = await this.repository.listEndpoints(this.fields.rowsSql(ctx, READ, WEBHOOK_ENDPOINT, 'e'));
    return rows.map((r) => this.fields.project(ctx, WEBHOOK_ENDPOINT, r));
  }

  async register(ctx: RequestContext, input: { url: string; eventTypes: string[]; agencyId?: string | null }) {
    const url = this.checkUrl(input.url);
    const unknown = input.eventTypes.filter((t) => !this.rules.handles(t));
    if (input.eventTypes.length === 0 || unknown.length > 0) {
      throw new BadInputError('Unknown event types', unknown.map((t) => ({ field: 'eventTypes', reason: `UNKNOWN_EVENT_TYPE:${t.slice(0, 60)}` })));
    }
    const draft: WebhookEndpointRow = {
      id: '', agencyId: input.agencyId ?? ctx.actor!.agencyId, url, eventTypes: [...new Set(input.eventTypes)], active: true, createdAt: this.clock.now(),
    };
    if (!this.fields.canOn(ctx, REGISTER, WEBHOOK_ENDPOINT, draft)) throw new ForbiddenError('You may not register webhooks for this agency', [], 'NOTIFICATIONS.WEBHOOK_NOT_ALLOWED');
    const secret = randomBytes(32).toString('base64url');
    const id = await this.transactions.run(async (tx) => {
      const endpointId = await this.repository.insertEndpoint(tx.em, { ...draft, secret });
      tx.emit({ type: 'notifications.webhook.registered', outcome: 'success', ctx, subjectType: WEBHOOK_ENDPOINT, subjectId: endpointId, details: { eventTypes: draft.eventTypes } });
      return endpointId;
    });
    const [endpoint] = (await this.list(ctx)).filter((e) => e.id === id);
    return { endpoint, secret };
  }

  async deactivate(ctx: RequestContext, id: string): Promise<Projected<WebhookEndpointRow>> {
    await this.transactions.run(async (tx) => {
      const [row] = await this.repository.listEndpoints(this.fields.rowsSql(ctx, READ, WEBHOOK_ENDPOINT, 'e'), id);
      if (!row) throw new NotFoundError('WebhookEndpoint');
      this.fields.assertCanWrite(ctx, WEBHOOK_ENDPOINT, row, ['active']);
      await this.repository.deactivateEndpoint(tx.em, id);
      tx.emit({ type: 'notifications.webhook.deactivated', outcome: 'success', ctx, subjectType: WEBHOOK_ENDPOINT, subjectId: id, fields: ['active'] });
    });
    const [row] = await this.repository.listEndpoints(this.fields.rowsSql(ctx, READ, WEBHOOK_ENDPOINT, 'e'), id);
    return this.fields.project(ctx, WEBHOOK_ENDPOINT, row);
  }

  /** https only in production; plain http is accepted elsewhere for local receivers. */
  private checkUrl(raw: string): string {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new BadInputError('Invalid URL', [{ field: 'url', reason: 'INVALID_URL' }]);
    }
    const allowed = this.config.env === 'production' ? ['https:'] : ['https:', 'http:'];
    if (!allowed.includes(url.protocol) || url.username || url.password) throw new BadInputError('Invalid URL', [{ field: 'url', reason: 'SCHEME_NOT_ALLOWED' }]);
    return url.toString();
  }
}
