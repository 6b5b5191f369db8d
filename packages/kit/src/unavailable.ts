/**
 * SQLSTATEs of a PostgreSQL that is going away or not there yet: class 08 (connection exception),
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up or shutting down).
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

/**
 * Socket errors of a server that is not there (refused, reset, unreachable, timed out): PostgreSQL and
 * Redis here, and the gateway's subgraphs (gateway `subgraph-unavailable.ts`).
 */
export const UNAVAILABLE_SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Messages that carry no code: node-postgres (a connection lost mid-query, a pool that could not
 * connect in time); TypeORM (a transaction whose connection died — its 'error' event released it to
 * the pool, which drops it — before the transaction's next statement or its COMMIT); ioredis (a command given up
 * while reconnecting, refused while disconnected, or timed out).
 */
const UNAVAILABLE_MESSAGES = new RegExp(
  '^(' +
    [
      'Connection terminated',
      'timeout exceeded when trying to connect',
      'Client has encountered a connection error',
      'Database connection provided by a query runner was already released',
      'Query runner already released',
      'Reached the max retries per request limit',
      'Connection is closed',
      "Stream isn't writeable",
      'Command timed out',
    ].join('|') +
    ')',
);

/**
 * Whether `error` says that a server FitFlow depends on — PostgreSQL or Redis — could not be reached or
 * went away (restarting, stopped, network cut), rather than that the request was wrong or the code is.
 * Looks through the wrappers (`originalError` of GraphQL, `driverError` of TypeORM, `cause`), a few
 * levels deep. Such a failure is answered `SERVICE_UNAVAILABLE` (kit `createErrorMasker`,
 * docs/faults.md): the caller may try again shortly.
 */
export function isDependencyUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length && seen.size < 8) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const wrapped = e as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    queue.push(wrapped.originalError, wrapped.driverError, wrapped.cause);
  }
  return false;
}
