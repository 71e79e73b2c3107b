import type { GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode } from './app-error';

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** Unwraps the original error Apollo/Nest wrapped around an AppError. */
export function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof AppError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/**
 * The single mapping from any thrown error to what a client sees: a stable code and a safe
 * message. No stack, SQL or class name leaves the server.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const app = findAppError(error);
  if (app) {
    return {
      message: app.message,
      path: formatted.path,
      extensions: {
        code: app.code,
        ...(app.reason ? { reason: app.reason } : {}),
        ...(app.details.length ? { details: app.details } : {}),
      },
    };
  }
  // Nest's ValidationPipe throws BadRequestException: report it as bad input without values.
  const original = (error as { originalError?: { response?: { message?: unknown } } })?.originalError;
  const response = original?.response;
  if (response && Array.isArray(response.message)) {
    return {
      message: 'Invalid input',
      path: formatted.path,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        details: (response.message as string[]).map((reason) => ({ reason })),
      },
    };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && PASS_THROUGH_CODES.has(code)) {
    return { message: withoutValues(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL } };
}

/**
 * graphql-js echoes a rejected variable's whole value ("got invalid value {…}"), which may hold a
 * password or personal data: keep the variable, the path and a value-free reason only.
 */
export function withoutValues(message: string): string {
  const m = /^Variable "(\$[A-Za-z0-9_]+)" got invalid value [\s\S]*?(?: at "([^"]+)")?; ([\s\S]*)$/.exec(message);
  if (!m) return message;
  const [, variable, at, reason] = m;
  const safeReason = /^Field "[^"]+" is not defined by type "[^"]+"\.?$|^Expected non-nullable type "[^"]+" not to be null\.?$|^Field "[^"]+" of required type "[^"]+" was not provided\.?$/.test(reason)
    ? ` ${reason}`
    : '';
  return `Variable "${variable}" got an invalid value${at ? ` at "${at}"` : ''}.${safeReason}`;
}
