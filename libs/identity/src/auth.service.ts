import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  Clock,
  TransactionRunner,
  type Actor,
  type AppConfig,
  type DomainEvent,
  type RequestContext,
} from '@renkei/core';
import { ActorResolver } from '@renkei/authz';
import { IdentityRepository } from './identity.repository';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';
import { IdentityError, IdentityErrorCode } from './identity.errors';
import { USER } from './identity.fields';

/** Don't write last_seen_at on every request: once a minute is precise enough for idle checks. */
const TOUCH_INTERVAL_MS = 60_000;
const MAX_USERNAME = 64;
const MAX_PASSWORD = 256;

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
}

/** Login, logout, session revocation, and turning a token into an actor on every request. */
@Injectable()
export class AuthService extends ActorResolver {
  constructor(
    private readonly repository: IdentityRepository,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  /**
   * Five failures in a row lock the username for ten minutes (both configurable), whether or not
   * the user exists, so a lockout reveals nothing. The failure and the lockout are audited.
   */
  async login(ctx: RequestContext, username: string, password: string): Promise<LoginResult> {
    const key = username.trim().toLowerCase();
    if (key.length === 0 || key.length > MAX_USERNAME || password.length > MAX_PASSWORD) {
      await this.passwords.verify(null, password.slice(0, MAX_PASSWORD));
      throw new IdentityError(IdentityErrorCode.INVALID_CREDENTIALS);
    }
    const { auth } = this.config;
    const outcome = await this.transactions.run(async (tx) => {
      const now = this.clock.now();
      const throttle = await this.repository.lockThrottle(tx.em, key);
      const user = await this.repository.findCredentials(tx.em, key);
      const actorRef = { userId: user?.id ?? null, agencyId: user?.agencyId ?? null, username: key, prefectureId: user?.prefectureId ?? null };
      const event = (type: string, outcome: DomainEvent['outcome'], details: Record<string, unknown>): DomainEvent => ({
        type, outcome, ctx, subjectType: USER, subjectId: user?.id, actorOverride: actorRef, details,
      });

      if (throttle.lockedUntil && throttle.lockedUntil > now) {
        tx.emit(event('identity.login', 'failure', { reason: 'LOCKED' }));
        return { ok: false, error: IdentityErrorCode.ACCOUNT_LOCKED } as const;
      }
      const valid = (await this.passwords.verify(user?.passwordHash ?? null, password)) && !!user?.active;
      if (!valid || !user) {
        const failures = throttle.failures + 1;
        if (failures >= auth.loginMaxFailures) {
          const until = new Date(now.getTime() + auth.loginLockMinutes * 60_000);
          await this.repository.saveThrottle(tx.em, key, 0, until, now);
          tx.emit(event('identity.login', 'failure', { reason: 'BAD_CREDENTIALS', failures }));
          tx.emit(event('identity.lockout', 'success', { lockedUntil: until.toISOString(), failures }));
        } else {
          await this.repository.saveThrottle(tx.em, key, failures, null, now);
          tx.emit(event('identity.login', 'failure', { reason: 'BAD_CREDENTIALS', failures }));
        }
        return { ok: false, error: IdentityErrorCode.INVALID_CREDENTIALS } as const;
      }
      await this.repository.clearThrottle(tx.em, key);
      const expiresAt = new Date(now.getTime() + auth.sessionMaxHours * 3_600_000);
      const sessionId = await this.repository.createSession(tx.em, user.id, now, expiresAt);
      tx.emit(event('identity.login', 'success', { sessionId }));
      return { ok: true, userId: user.id, sessionId, now } as const;
    });
    // Thrown after the commit, so the failure and the lockout stay recorded.
    if (!outcome.ok) throw new IdentityError(outcome.error);
    const signed = this.tokens.sign(outcome.userId, outcome.sessionId, outcome.now);
    return { accessToken: signed.token, expiresAt: signed.expiresAt };
  }

  async resolve(bearerToken: string): Promise<Actor> {
    const now = this.clock.now();
    const claims = this.tokens.verify(bearerToken, now);
    const row = await this.repository.findSessionActor(claims.sid);
    const idleLimit = this.config.auth.sessionIdleMinutes * 60_000;
    if (
      !row ||
      row.actor.userId !== claims.sub ||
      row.revokedAt !== null ||
      !row.userActive ||
      row.expiresAt <= now ||
      now.getTime() - row.lastSeenAt.getTime() > idleLimit
    ) {
      throw new IdentityError(IdentityErrorCode.SESSION_ENDED);
    }
    if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.repository.touchSession(row.sessionId, now);
    }
    return row.actor;
  }

  /**
   * A new access token for the caller's session, while the session is alive: clients refresh
   * before the short token expires; an idle or revoked session cannot be refreshed.
   */
  async refresh(ctx: RequestContext): Promise<LoginResult> {
    const actor = ctx.actor;
    if (!actor?.sessionId) throw new IdentityError(IdentityErrorCode.SESSION_ENDED);
    const sessionId = actor.sessionId;
    await this.transactions.record({ type: 'identity.token.refreshed', outcome: 'success', ctx, subjectType: USER, subjectId: actor.userId });
    const signed = this.tokens.sign(actor.userId, sessionId, this.clock.now());
    return { accessToken: signed.token, expiresAt: signed.expiresAt };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const actor = ctx.actor;
    if (!actor?.sessionId) return false;
    const sessionId = actor.sessionId;
    await this.transactions.run(async (tx) => {
      await this.repository.revokeSession(tx.em, sessionId, 'logout', this.clock.now());
      tx.emit({ type: 'identity.logout', outcome: 'success', ctx, subjectType: USER, subjectId: actor.userId });
    });
    return true;
  }
}
