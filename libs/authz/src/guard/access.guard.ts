import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { ForbiddenError, RequestContext, UnauthenticatedError } from '@renkei/core';
import { FieldAccessService } from '../fields/field-access.service';
import { ActorResolver } from './actor-resolver';
import { ACCESS_DECLARATION, REQUEST_CONTEXT_KEY, requestOf, type AccessDeclaration } from './declarations';

/**
 * The global guard. It refuses a handler that declares nothing, authenticates the bearer token,
 * builds the request context (with the ability, cached per user and policy version) and checks
 * the declared ability at type level. Rows and fields are enforced again in the data layer.
 */
const PENDING_CONTEXT = 'renkeiPendingContext';

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly actors: ActorResolver,
    private readonly fields: FieldAccessService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = requestOf(context);
    if (context.getType<string>() === 'graphql' && this.isFieldResolver(context)) return true;
    const declaration = this.reflector.getAllAndOverride<AccessDeclaration | undefined>(ACCESS_DECLARATION, [
      context.getHandler(),
      context.getClass(),
    ]);
    const requestId = (req.headers?.['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID();
    const channel = context.getType<string>() === 'graphql' ? 'graphql' : 'http';

    if (!declaration) {
      req[REQUEST_CONTEXT_KEY] = new RequestContext(null, requestId, channel);
      throw new ForbiddenError('Forbidden', [], 'AUTHZ.NO_DECLARATION');
    }
    if (declaration.kind === 'public') {
      req[REQUEST_CONTEXT_KEY] = new RequestContext(null, requestId, channel);
      return true;
    }

    const header = req.headers?.authorization;
    const token = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    if (!token) {
      req[REQUEST_CONTEXT_KEY] = new RequestContext(null, requestId, channel);
      throw new UnauthenticatedError('AUTH.TOKEN_MISSING');
    }
    // One context per HTTP request, shared by all root fields of the operation: one session
    // check, one ability, one list of (S) reads for the audit plugin.
    // Root fields of a query run in parallel: they share the promise, not only its result.
    let pending = req[PENDING_CONTEXT] as Promise<RequestContext> | undefined;
    if (!pending) {
      pending = this.actors.resolve(token).then((actor) => new RequestContext(actor, requestId, channel));
      req[PENDING_CONTEXT] = pending;
    }
    const ctx = await pending;
    req[REQUEST_CONTEXT_KEY] = ctx;

    if (declaration.kind === 'ability' && !this.fields.can(ctx, declaration.action, declaration.subject)) {
      throw new ForbiddenError('Forbidden', [], 'AUTHZ.ACTION_NOT_ALLOWED');
    }
    return true;
  }

  private isFieldResolver(context: ExecutionContext): boolean {
    const info = context.getArgs()[3] as { parentType?: { name?: string } } | undefined;
    const parent = info?.parentType?.name;
    return parent !== undefined && parent !== 'Query' && parent !== 'Mutation' && parent !== 'Subscription';
  }
}
