import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AppError, ErrorCode } from './app-error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INVALID_CREDENTIALS]: 401,
  [ErrorCode.ACCOUNT_LOCKED]: 423,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.INTERNAL]: 500,
};

type HttpResponse = { status(n: number): { json(b: unknown): void } };

/**
 * The one place errors leave the server:
 * - expected errors (AppError, Nest's HttpException) are answers: passed to the client with their
 *   code and not logged as failures;
 * - anything else is logged without values (a database error's `detail` and parameters hold
 *   personal data) and reaches the client as INTERNAL.
 */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): unknown {
    const graphql = host.getType<string>() === 'graphql';
    if (error instanceof AppError) {
      if (graphql) return error;
      // As GraphQL's extensions: the stable code, and the field / reason codes (never a value).
      const body: Record<string, unknown> = { code: error.code, message: error.message };
      if (error.details.length > 0) body.details = error.details;
      if (error.reason) body.reason = error.reason;
      host.switchToHttp().getResponse<HttpResponse>().status(HTTP_STATUS[error.code]).json(body);
      return undefined;
    }
    if (error instanceof HttpException) {
      if (graphql) return error;
      host.switchToHttp().getResponse<HttpResponse>().status(error.getStatus()).json(error.getResponse());
      return undefined;
    }
    this.logger.error(describeSafely(error));
    const internal = new AppError(ErrorCode.INTERNAL, 'Internal server error');
    if (graphql) return internal;
    host.switchToHttp().getResponse<HttpResponse>().status(500).json({ code: internal.code, message: internal.message });
    return undefined;
  }
}

/** Name, message and database codes only: never `detail`, parameters or the failing row. */
export function describeSafely(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: typeof error };
  const e = error as Error & { code?: string; table?: string; column?: string; constraint?: string; driverError?: { code?: string } };
  return {
    name: e.name,
    message: e.message.split('\n')[0].slice(0, 300),
    code: e.code ?? e.driverError?.code,
    table: e.table,
    column: e.column,
    constraint: e.constraint,
    stack: e.stack?.split('\n').slice(1, 6).join('\n'),
  };
}
