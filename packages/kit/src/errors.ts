import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';

/** The `extensions.code` values FitFlow clients are expected to handle. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Codes produced by GraphQL itself (parsing, validation) that are safe to show as they are. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const EXPECTED_CODES = new Set<string>([...Object.values(ErrorCode), ...PROTOCOL_CODES]);

function typed(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Input the caller can fix. `field` names the argument or input field at fault. */
export const badUserInput = (message: string, field?: string) =>
  typed(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
/** No valid credentials. HTTP 401 when raised before execution. */
export const unauthenticated = (message = 'You must be signed in to do this.') =>
  typed(ErrorCode.UNAUTHENTICATED, message, { http: { status: 401 } });
/** Signed in, but this operation is not allowed for the caller's roles. */
export const forbidden = (message = 'You are not allowed to do this.') => typed(ErrorCode.FORBIDDEN, message);
/**
 * The record does not exist *or* is outside the caller's scope: the message is the same for both so
 * that ids cannot be probed.
 */
export const notFound = (what = 'Record') => typed(ErrorCode.NOT_FOUND, `${what} not found.`);
/** The request conflicts with the current state (duplicate, already sent, slot taken…). */
export const conflict = (message: string) => typed(ErrorCode.CONFLICT, message);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}
function validationMessages(errors: ValidationErrorLike[], prefix = ''): string[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((m) => (prefix ? `${prefix}.${m}` : m)),
    ...validationMessages(e.children ?? [], prefix ? `${prefix}.${e.property}` : e.property),
  ]);
}

/**
 * Apollo `formatError` for every FitFlow server: expected errors keep their message and code (minus
 * stack traces and internals); anything else becomes "Internal server error" with a `traceId` that
 * matches the log line, so SQL text and stack traces never reach a client.
 */
export function createErrorMasker(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions
      ?.validationErrors;
    if (validationErrors?.length) {
      const messages = validationMessages(validationErrors);
      return {
        message: `Invalid input: ${messages.join('; ')}.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: validationErrors.map((v) => v.property) },
      };
    }
    if (EXPECTED_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const { stacktrace: _s, exception: _e, serviceName: _n, http: _h, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const traceId = randomUUID();
    log.error({ traceId, err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, traceId },
    };
  };
}
