import { GraphQLError, type GraphQLFormattedError, type ValueNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import type { Logger } from './logger.js';
import { isDependencyUnavailable } from './unavailable.js';

/** The `extensions.code` values FitFlow clients are expected to handle. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** A part FitFlow depends on (a subgraph, PostgreSQL, Redis) is briefly unreachable: try again shortly (docs/faults.md). */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
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
export const badUserInput = (message: string, field?: string) => typed(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
/**
 * No valid credentials. Raised while resolving, it travels in a normal (HTTP 200) GraphQL answer, so
 * the gateway relays it as it is; `httpStatus` (401) is for refusals before execution (the token
 * verifier), where there is no GraphQL result to carry it.
 */
export const unauthenticated = (message = 'You must be signed in to do this.', httpStatus?: number) =>
  typed(ErrorCode.UNAUTHENTICATED, message, httpStatus ? { http: { status: httpStatus } } : {});
/** Signed in, but this operation is not allowed for the caller's roles. */
export const forbidden = (message = 'You are not allowed to do this.') => typed(ErrorCode.FORBIDDEN, message);
/** What a NOT_FOUND refusal was about, as the security-event log records it (never PHI: a type and an id). */
export interface NotFoundFacts {
  /** What was asked for, as {@link notFound} names it ("Client", "Appointment series"). */
  resourceType: string;
  /** The id asked for, when the code that refused knew it (kit `recordRule` does); ids are not PHI. */
  resourceId: string | null;
}

/** Where {@link notFound} keeps its facts on the error: a symbol, so they are never serialised. */
const NOT_FOUND_FACTS = Symbol('fitflow.notFoundFacts');
/** kit's NOT_FOUND message format, to recover the type of a NOT_FOUND that carries no facts. */
const NOT_FOUND_MESSAGE = /^([A-Za-z][A-Za-z ]{0,59}) not found\.$/;

/**
 * The record does not exist *or* is outside the caller's scope: the message is the same for both so
 * that ids cannot be probed. `id`, when known, is kept on the error (not in the answer) for the
 * security-event log (kit `security-events.ts`), which records every NOT_FOUND a signed-in caller gets.
 */
export const notFound = (what = 'Record', id?: string) => {
  const error = typed(ErrorCode.NOT_FOUND, `${what} not found.`);
  const facts: NotFoundFacts = { resourceType: what, resourceId: id ?? null };
  Object.defineProperty(error, NOT_FOUND_FACTS, { value: facts, enumerable: false });
  return error;
};

/**
 * The facts of a NOT_FOUND error (as GraphQL execution wraps it, or as thrown): those {@link notFound}
 * attached, else the type parsed from kit's message format ("X not found.", "Record" when the
 * message is another) and no id. Null for any other error.
 */
export function notFoundFacts(error: unknown): NotFoundFacts | null {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = (e as GraphQLError).originalError, depth++) {
    const facts = (e as unknown as Record<symbol, NotFoundFacts | undefined>)[NOT_FOUND_FACTS];
    if (facts) return facts;
  }
  if (!(error instanceof GraphQLError) || error.extensions?.code !== ErrorCode.NOT_FOUND) return null;
  return { resourceType: NOT_FOUND_MESSAGE.exec(error.message)?.[1] ?? 'Record', resourceId: null };
}
/** The request conflicts with the current state (duplicate, already sent, slot taken…). */
export const conflict = (message: string) => typed(ErrorCode.CONFLICT, message);
/** Too many attempts: `extensions.retryAfterSeconds` says when the caller may try again. */
export const tooManyRequests = (message: string, retryAfterSeconds?: number) =>
  typed(ErrorCode.TOO_MANY_REQUESTS, message, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });

/**
 * A part FitFlow depends on is briefly unreachable (docs/faults.md): `message` says what the caller
 * cannot do now and to try again; `extensions.retryAfterSeconds` says when (default 5).
 */
export const serviceUnavailable = (message: string, retryAfterSeconds = 5) => typed(ErrorCode.SERVICE_UNAVAILABLE, message, { retryAfterSeconds });

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

/** Extensions that describe our servers rather than the caller's request: never shown. */
const INTERNAL_EXTENSIONS = new Set(['stacktrace', 'exception', 'serviceName', 'http', 'response']);
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/\S+/gi;
const hasUrl = (value: unknown) => JSON.stringify(value ?? null).search(URL_PATTERN) >= 0;

/** The error a client sees for one we expected, minus anything about our servers. */
function shownAsExpected(formatted: GraphQLFormattedError, code: string, fromExtensions: Record<string, unknown>): GraphQLFormattedError {
  const extensions = Object.fromEntries(Object.entries(fromExtensions).filter(([key, value]) => !INTERNAL_EXTENSIONS.has(key) && !hasUrl(value)));
  return {
    message: formatted.message.replace(URL_PATTERN, '(address withheld)'),
    locations: formatted.locations,
    path: formatted.path,
    extensions: { ...extensions, code },
  };
}

/**
 * Apollo `formatError` for every FitFlow server (each subgraph and the gateway): expected errors keep
 * their message and code; a failure to reach PostgreSQL or Redis (`isDependencyUnavailable`,
 * ./unavailable.ts) becomes `SERVICE_UNAVAILABLE` "… Try again in a few seconds." with
 * `retryAfterSeconds`; anything else becomes "Internal server error". Both carry a `traceId` that
 * matches the log line, so SQL text and stack traces never reach a client.
 *
 * What is removed from expected errors too: stack traces, `serviceName`, `http` (status), `response`
 * (@apollo/gateway's copy of a subgraph's URL, status and raw body), any extension holding a URL, and
 * URLs in the message. A bad-input error that GraphQL reported as a validation failure (a scalar
 * literal such as `paymentDate: "2026-02-30"`, see `scalars.ts`) is shown as the `BAD_USER_INPUT` it is.
 */
export function createErrorMasker(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? '');
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
    if (validationErrors?.length) {
      const messages = validationMessages(validationErrors);
      return {
        message: `Invalid input: ${messages.join('; ')}.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: validationErrors.map((v) => v.property) },
      };
    }
    const originalExtensions = original instanceof GraphQLError ? original.extensions : undefined;
    if (code === 'GRAPHQL_VALIDATION_FAILED' && originalExtensions?.code === ErrorCode.BAD_USER_INPUT) {
      return shownAsExpected(formatted, ErrorCode.BAD_USER_INPUT, { ...formatted.extensions, ...originalExtensions });
    }
    if (EXPECTED_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR && !formatted.extensions?.response) {
      return shownAsExpected(formatted, code, formatted.extensions ?? {});
    }
    const traceId = randomUUID();
    if (isDependencyUnavailable(original)) {
      // PostgreSQL or Redis unreachable (docs/faults.md): the caller may try again; nothing about our servers is shown.
      log.warn({ traceId, err: original, path: formatted.path }, 'dependency unavailable');
      const { message, extensions } = serviceUnavailable('This could not be done just now: FitFlow is briefly unavailable. Try again in a few seconds.');
      return { message, path: formatted.path, extensions: { ...extensions, traceId } };
    }
    log.error({ traceId, err: original, path: formatted.path }, 'unexpected error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, traceId },
    };
  };
}

/**
 * The error a custom scalar throws from `parseValue` / `parseLiteral` when a caller's value does not
 * fit it. **Every FitFlow scalar follows this convention** (Decimal, DateTime, LocalDate, Money…):
 *
 * - throw this (a `GraphQLError` with `extensions.code: BAD_USER_INPUT`), never a `TypeError` or a bare
 *   `GraphQLError`: those become `INTERNAL_SERVER_ERROR` or `GRAPHQL_VALIDATION_FAILED`;
 * - `mustBe` completes "<field> must be …": what a valid value looks like, with an example, e.g.
 *   `'a calendar date written YYYY-MM-DD, e.g. "2026-11-23"'`. A scalar does not know which field it
 *   is parsing, so it does not name it, and it does not echo the value (it may be PHI, e.g. a birth date);
 * - pass the literal's AST node as `node` from `parseLiteral`.
 *
 * The edge names the field: kit's input guard (`input-guard.ts`, installed in every subgraph and in
 * the gateway) turns the message into `"paymentDate must be …"` with `extensions.field: "paymentDate"`,
 * before any resolver, so before any SQL; the error masker shows it as `BAD_USER_INPUT` (see the
 * "Errors" section of docs/architecture.md).
 */
export function scalarInputError(mustBe: string, node?: ValueNode): GraphQLError {
  return new GraphQLError(`must be ${mustBe}.`, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
