import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@renkei/core';
import { IdentityError, IdentityErrorCode } from './identity.errors';

interface AccessClaims {
  sub: string;
  sid: string;
}

/**
 * Short-lived signed access tokens (JWT, HS256). The token only names the session: every request
 * checks the session in PostgreSQL, so revoking it takes effect on the next request.
 */
@Injectable()
export class TokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A KeyObject, made once: given a string, jsonwebtoken first tries (and fails) to read it as
    // a public key on every verify, which showed in the request profile.
    const key = createSecretKey(Buffer.from(config.auth.tokenSecret, 'utf8'));
    this.jwt = new JwtService({ secret: key as unknown as Buffer, signOptions: { algorithm: 'HS256' } });
  }

  sign(userId: string, sessionId: string, now: Date): { token: string; expiresAt: Date } {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.auth.tokenTtlSeconds;
    const token = this.jwt.sign({ sub: userId, sid: sessionId, iat, exp }, { noTimestamp: true });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  verify(token: string, now: Date): AccessClaims {
    try {
      const claims = this.jwt.verify<AccessClaims>(token, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(now.getTime() / 1000),
      });
      if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') throw new Error('claims');
      return claims;
    } catch {
      throw new IdentityError(IdentityErrorCode.TOKEN_INVALID);
    }
  }
}
