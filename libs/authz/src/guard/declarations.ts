import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '@renkei/core';

export const ACCESS_DECLARATION = 'renkei:access';

/** What a handler declares. A handler without a declaration is refused (deny by default). */
export type AccessDeclaration =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'ability'; action: string; subject: string };

/** Reachable without a token: login, health, and what an issue explicitly makes public. */
export const Public = () => SetMetadata(ACCESS_DECLARATION, { kind: 'public' } satisfies AccessDeclaration);

/** Any signed-in user; the service still applies row and field rules (e.g. `me`, `logout`). */
export const Authenticated = () =>
  SetMetadata(ACCESS_DECLARATION, { kind: 'authenticated' } satisfies AccessDeclaration);

/** A signed-in user whose ability allows `action` on some `subject`; rows and fields are checked again below. */
export const Allow = (action: string, subject: string) =>
  SetMetadata(ACCESS_DECLARATION, { kind: 'ability', action, subject } satisfies AccessDeclaration);

export const REQUEST_CONTEXT_KEY = 'renkeiContext';

/** The request's context, as the guard built it: the first argument of every service call. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const req = requestOf(context);
  const ctx = req?.[REQUEST_CONTEXT_KEY] as RequestContext | undefined;
  // The guard always sets it; reaching here without one is a wiring bug, not a user's.
  if (!ctx) throw new Error('request context missing: is the AccessGuard installed?');
  return ctx;
});

export function requestOf(context: ExecutionContext): Record<string, unknown> & { headers?: Record<string, string | undefined> } {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext().req;
  }
  return context.switchToHttp().getRequest();
}
