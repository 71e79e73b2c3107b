import type { Actor } from '@renkei/core';

/**
 * Turns a bearer token into an actor; provided by the identity lib, so that authz does not
 * depend on it. Throws UnauthenticatedError for a missing, expired or revoked session.
 */
export abstract class ActorResolver {
  abstract resolve(bearerToken: string): Promise<Actor>;
}
