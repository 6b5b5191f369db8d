import { CombinedGraphQLErrors, ServerError } from '@apollo/client';

/** A failed request as a person should read it. */
export interface ShownError {
  /**
   * What went wrong, for code to branch on (never shown): the server's `extensions.code`
   * (NOT_FOUND, FORBIDDEN…), or NETWORK (server not reached), TIMEOUT (no answer in time), SERVER
   * (an HTTP error without a GraphQL answer).
   */
  code: string;
  /** A sentence written for the person using the app. */
  message: string;
  /** The server's trace id, to quote to support; only for unexpected errors. */
  reference?: string;
}

interface WireError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}

/** Root fields whose UNAUTHENTICATED answer is about the sign-in itself ("Email or password is incorrect."). */
const SIGN_IN_FIELDS = new Set(['login', 'verifyMfa', 'refreshToken']);

/** Codes a rate limiter may answer with (FitFlow's own errors carry `extensions.retryAfterSeconds`). */
const RATE_LIMIT_CODES = new Set(['TOO_MANY_REQUESTS', 'RATE_LIMITED', 'LOCKED']);

/** Raw transport text that must never reach a person ("401: Unauthorized", "Internal server error"). */
const RAW_MESSAGE = /^\d{3}: |^Internal server error$|must be a UUID|^Invalid input:|^Variable "\$/i;

/** "in 30 seconds", "in 1 minute", "in 15 minutes", "in 2 hours" (rounded up). */
export function inHowLong(seconds: number): string {
  if (seconds < 60) {
    const whole = Math.max(1, Math.ceil(seconds));
    return `in ${whole} second${whole === 1 ? '' : 's'}`;
  }
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `in ${hours} hours`;
}

/** A field argument that names a record or a page: a bad one means a bad link, not a typo in a form. */
const isIdField = (field: unknown) => typeof field === 'string' && (/(^id|Id|Ids)$/.test(field) || field === 'after');

/**
 * The sentence for one GraphQL error, by its `extensions.code`. Messages of expected errors that are
 * written for people (validation of a form field, a conflict, a failed sign-in) are kept; everything
 * else becomes a fixed sentence, so no code, id format or internal text is ever shown.
 */
function sentenceFor(e: WireError): ShownError {
  const code = String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const retryAfter = Number(e.extensions?.retryAfterSeconds);
  const humane = e.message && !RAW_MESSAGE.test(e.message) ? e.message : null;
  // A part of FitFlow is down for a moment (docs/faults.md): not the person's doing, unlike a rate limit.
  if (code === 'SERVICE_UNAVAILABLE') {
    return {
      code,
      message: `FitFlow is briefly unavailable. Try again ${Number.isFinite(retryAfter) && retryAfter > 0 ? inHowLong(retryAfter) : 'in a moment'}.`,
    };
  }
  if (Number.isFinite(retryAfter) && retryAfter > 0) {
    return { code, message: `Too many attempts. Try again ${inHowLong(retryAfter)}.` };
  }
  if (RATE_LIMIT_CODES.has(code)) return { code, message: humane ?? 'Too many attempts. Wait a few minutes, then try again.' };
  switch (code) {
    case 'NOT_FOUND':
      return { code, message: 'We could not find this. It may not exist, or it is not shared with you.' };
    case 'FORBIDDEN':
      return { code, message: 'Your account does not have access to this.' };
    case 'UNAUTHENTICATED':
      if (SIGN_IN_FIELDS.has(String(e.path?.[0])))
        return { code, message: humane ?? 'We could not sign you in. Check your email and password, then try again.' };
      return { code, message: 'You are signed out. Sign in again to continue.' };
    case 'BAD_USER_INPUT': {
      const fields = [e.extensions?.field, ...((e.extensions?.fields as unknown[] | undefined) ?? [])].filter(Boolean);
      if (fields.some(isIdField) || (!humane && fields.length === 0)) {
        return { code, message: 'This link is not valid. Check the address, or go back and choose again.' };
      }
      return { code, message: humane ?? 'Some of what you entered is not valid. Check the form and try again.' };
    }
    case 'CONFLICT':
      return { code, message: humane ?? 'Someone changed this at the same time. Reload and try again.' };
    default:
      return {
        code,
        message: 'Something went wrong on our side. Try again in a moment.',
        reference: typeof e.extensions?.traceId === 'string' ? e.extensions.traceId : undefined,
      };
  }
}

/**
 * What a person should read about a failed request (one entry per distinct message): each GraphQL
 * error mapped by {@link sentenceFor}, a network failure, a timeout (see `auth/session.ts`), or an
 * HTTP error. Never the raw code or server text.
 */
export function describeError(error: unknown): ShownError[] {
  const shown = describeAll(error);
  return shown.filter((e, i) => shown.findIndex((o) => o.message === e.message) === i);
}

function describeAll(error: unknown): ShownError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors.map(sentenceFor);
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: WireError[] };
      if (body.errors?.length) return body.errors.map(sentenceFor);
    } catch {
      /* not JSON */
    }
    if (error.statusCode === 429) return [{ code: 'TOO_MANY_REQUESTS', message: 'Too many requests. Wait a minute, then try again.' }];
    return [{ code: 'SERVER', message: 'FitFlow could not answer just now. Try again in a moment.' }];
  }
  if (isTimeout(error)) return [{ code: 'TIMEOUT', message: 'FitFlow is taking too long to answer. Check your connection, then try again.' }];
  if (error instanceof TypeError) return [{ code: 'NETWORK', message: 'Cannot reach FitFlow. Check your connection and try again.' }];
  return [{ code: 'ERROR', message: 'Something went wrong. Try again in a moment.' }];
}

/** A request abandoned by the app's timeout (`AbortSignal.timeout` rejects with a TimeoutError DOMException). */
export const isTimeout = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';

/** Whether the failure is "this record does not exist, or is not yours" (including a malformed id in a link). */
export function isNotFound(error: unknown): boolean {
  const shown = describeAll(error);
  return shown.length > 0 && shown.every((e) => e.code === 'NOT_FOUND' || (e.code === 'BAD_USER_INPUT' && e.message.startsWith('This link is not valid')));
}

/** A session a schedule change would clash with (`extensions.clashes` of a CONFLICT answer). */
export interface Clash {
  appointmentId: string | null;
  /** UTC ISO instants. */
  startTime: string;
  endTime: string;
  studioId: string | null;
}

/**
 * The clashing sessions a CONFLICT answer names (`extensions.clashes`), so a form can show and link
 * them beside the message; empty for any other failure.
 */
export function clashesOf(error: unknown): Clash[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    if (e.extensions?.code !== 'CONFLICT' || !Array.isArray(e.extensions.clashes)) return [];
    return (e.extensions.clashes as Record<string, unknown>[])
      .filter((c) => typeof c.startTime === 'string' && typeof c.endTime === 'string')
      .map((c) => ({
        appointmentId: typeof c.appointmentId === 'string' ? c.appointmentId : null,
        startTime: c.startTime as string,
        endTime: c.endTime as string,
        studioId: typeof c.studioId === 'string' ? c.studioId : null,
      }));
  });
}

/** The form field a BAD_USER_INPUT answer names (`extensions.field`), to mark it invalid; null otherwise. */
export function badField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.extensions?.field;
  return typeof field === 'string' ? field : null;
}
