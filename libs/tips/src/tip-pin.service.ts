import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import { APP_CONFIG, Clock, type AppConfig, type RequestContext, type Tx } from '@renkei/core';
import { PasswordService } from '@renkei/identity';
import { TipsRepository, type ThrottleRow } from './tips.repository';
import { TIP } from './tips.fields';
import { TipsErrorCode } from './tips.errors';
import type { TipCredentials } from './tips.types';

/** Wrong PINs per receipt number before it is locked, and how long (seed 003: the PIN is the tipster's only proof). */
export const RECEIPT_MAX_FAILURES = 5;
/** Wrong PINs from one client (any receipt numbers, known or not) before it is locked. */
export const CLIENT_MAX_FAILURES = 20;
export const THROTTLE_WINDOW_MS = 60 * 60_000;
export const LOCK_MS = 60 * 60_000;
/**
 * Web tips one client address may file per window. The form is public: a person files a few, a
 * script thousands; generous, because mobile carriers put many tipsters behind one address (CGNAT).
 */
export const INTAKE_MAX_PER_WINDOW = 30;

export type PinCheck = { ok: true; tip: TipCredentials } | { ok: false; error: TipsErrorCode.ACCESS_DENIED | TipsErrorCode.ACCESS_LOCKED };

/**
 * The tipster's proof: receipt number + PIN, against the argon2id hash (PasswordService, as for
 * passwords). An unknown receipt number is verified against a dummy hash and counts and locks
 * like a known one, so neither the answer, nor its timing, nor the lockout tells whether a
 * number exists. Counters are kept in PostgreSQL, on the injected clock: deterministic in tests,
 * shared by every API instance. The client is the request's address, used only as an HMAC'd
 * throttle key, never stored with a tip.
 */
@Injectable()
export class TipPinService {
  constructor(
    private readonly repository: TipsRepository,
    private readonly passwords: PasswordService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  hash(pin: string): Promise<string> {
    return this.passwords.hash(pin);
  }

  /** The throttle key of a client address (a keyed hash: the table never holds the address). */
  clientKey(address: string | null | undefined): string | null {
    if (!address) return null;
    return createHmac('sha256', this.config.auth.tokenSecret).update(`tips.pin-throttle:${address}`).digest('hex');
  }

  /**
   * Counts one web tip for the client and says whether it may be filed: at most
   * INTAKE_MAX_PER_WINDOW per hour. Checked before the (deliberately slow) PIN hash, so a flood
   * costs neither CPU nor rows. Without an address (never in practice) the tip is admitted.
   */
  async admitIntake(tx: Tx, clientKey: string | null): Promise<boolean> {
    if (!clientKey) return true;
    const now = this.clock.now();
    await this.repository.purgeThrottles(tx.em, new Date(now.getTime() - THROTTLE_WINDOW_MS), now);
    const before = await this.repository.lockThrottle(tx.em, 'intake', clientKey);
    const fresh = !before || before.windowStartedAt.getTime() + THROTTLE_WINDOW_MS <= now.getTime();
    const count = (fresh ? 0 : before.failures) + 1;
    if (count > INTAKE_MAX_PER_WINDOW) return false;
    await this.repository.saveThrottle(tx.em, 'intake', clientKey, { failures: count, windowStartedAt: fresh ? now : before.windowStartedAt, lockedUntil: null }, now);
    return true;
  }

  /**
   * Checks a PIN inside the caller's transaction and records the outcome (counters, audit). The
   * caller commits, then throws the error: a failure stays counted. `byTipId` (the desk's
   * payment) looks the tip up by id; the public form by receipt number.
   */
  async check(ctx: RequestContext, tx: Tx, ref: { receiptNumber: string } | { tipId: string }, pin: string, clientKey: string | null): Promise<PinCheck> {
    const now = this.clock.now();
    await this.repository.purgeThrottles(tx.em, new Date(now.getTime() - THROTTLE_WINDOW_MS), now);
    const tip = 'tipId' in ref ? await this.repository.credentialsById(tx.em, ref.tipId) : await this.repository.credentials(tx.em, ref.receiptNumber);
    const receiptKey = 'tipId' in ref ? (tip?.receiptNumber ?? `id:${ref.tipId}`) : ref.receiptNumber;
    const keys: ['receipt' | 'client', string, number][] = [['receipt', receiptKey, RECEIPT_MAX_FAILURES]];
    if (clientKey) keys.push(['client', clientKey, CLIENT_MAX_FAILURES]);
    const throttles = await Promise.all(keys.map(async ([scope, key]) => this.repository.lockThrottle(tx.em, scope, key)));
    const event = (outcome: 'success' | 'failure', reason: string | null, extra: Record<string, unknown> = {}) =>
      tx.emit({ type: 'tips.tipster.access', outcome, ctx, subjectType: TIP, subjectId: tip?.id, details: { reason, ...extra } });

    if (throttles.some((t) => t?.lockedUntil && t.lockedUntil > now)) {
      event('failure', 'LOCKED');
      return { ok: false, error: TipsErrorCode.ACCESS_LOCKED };
    }
    const valid = await this.passwords.verify(tip?.pinHash ?? null, pin);
    if (!valid || !tip) {
      const locked: string[] = [];
      for (let i = 0; i < keys.length; i += 1) {
        const [scope, key, max] = keys[i];
        const before = throttles[i];
        const fresh = !before || before.windowStartedAt.getTime() + THROTTLE_WINDOW_MS <= now.getTime();
        const next: ThrottleRow = { failures: (fresh ? 0 : before.failures) + 1, windowStartedAt: fresh ? now : before.windowStartedAt, lockedUntil: null };
        if (next.failures >= max) {
          next.lockedUntil = new Date(now.getTime() + LOCK_MS);
          locked.push(scope);
        }
        await this.repository.saveThrottle(tx.em, scope, key, next, now);
      }
      event('failure', 'BAD_PIN', locked.length > 0 ? { lockedScopes: locked } : {});
      if (locked.length > 0) tx.emit({ type: 'tips.tipster.lockout', outcome: 'success', ctx, subjectType: TIP, subjectId: tip?.id, details: { scopes: locked } });
      return { ok: false, error: TipsErrorCode.ACCESS_DENIED };
    }
    await this.repository.clearThrottle(tx.em, 'receipt', receiptKey);
    event('success', null);
    return { ok: true, tip };
  }
}
