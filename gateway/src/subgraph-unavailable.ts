import { serviceUnavailable, UNAVAILABLE_SOCKET_CODES } from '@fitflow/kit';

/**
 * Socket-level failures: the subgraph is not there (kit's unavailable socket codes: refused, reset…),
 * or its name does not resolve (`ENOTFOUND`: a container's service name is gone while it restarts);
 * and undici's (./subgraph-fetch.ts): the connection closed before the answer was complete
 * (`UND_ERR_SOCKET`, "other side closed": the process died), or a wait longer than the subgraph
 * timeout for the connection, the answer's headers or the rest of its body.
 */
const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  ...UNAVAILABLE_SOCKET_CODES,
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * How long the gateway waits for a subgraph's answer by default, in milliseconds (`SUBGRAPH_TIMEOUT_MS`):
 * a subgraph that accepts the connection but never answers (hung, frozen, overloaded) is then treated
 * as unreachable, so the rest of the answer is served rather than held open.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 30_000;

/** HTTP statuses a proxy or load balancer in front of a subgraph answers when no instance serves it. */
export const UNAVAILABLE_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/** Thrown by the gateway's subgraph connection for an HTTP 502/503/504 without a GraphQL body. */
export class SubgraphUnavailableStatus extends Error {
  constructor(readonly status: number) {
    super(`subgraph answered HTTP ${status}`);
  }
}

/**
 * Whether `error`, thrown while calling a subgraph, means the subgraph could not be reached (its
 * process is gone, restarting or hung): a socket error (`code` ECONNREFUSED, ECONNRESET, undici's
 * UND_ERR_SOCKET…, also on a wrapped `cause`), no answer within the subgraph timeout (undici's
 * UND_ERR_HEADERS_TIMEOUT and the like, {@link DEFAULT_SUBGRAPH_TIMEOUT_MS}), or a
 * {@link SubgraphUnavailableStatus}.
 */
export function isSubgraphUnreachable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof SubgraphUnavailableStatus) return true;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
  }
  return false;
}

/**
 * The answer the gateway puts in place of an unreachable subgraph's (docs/faults.md): no data, one
 * `SERVICE_UNAVAILABLE` error (kit `serviceUnavailable`) that names neither the subgraph's address nor
 * the socket error. @apollo/gateway then serves every other subgraph's fields; the ones this subgraph
 * would have given are null (or their nearest nullable parent is).
 */
export function unavailableAnswer() {
  const error = serviceUnavailable('Part of this answer is briefly unavailable: the fields it would fill are null. Try again in a few seconds.');
  return { data: null, errors: [{ message: error.message, extensions: error.extensions }] };
}
