import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent } from 'undici';
import { SubgraphUnavailableStatus, UNAVAILABLE_STATUSES } from './subgraph-unavailable.js';

/** A subgraph's GraphQL answer (`data`, `errors`, `extensions`), as @apollo/gateway merges it into a request's result. */
export type SubgraphAnswer = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/** A subgraph's GraphQL endpoint as undici takes it: `origin` (`http://host:port`) and `path` (with its query string). */
export interface SubgraphEndpoint {
  origin: string;
  path: string;
}

/** Splits a subgraph's routing URL into its {@link SubgraphEndpoint}; throws a `TypeError` for a URL that is not one. */
export function subgraphEndpoint(url: string): SubgraphEndpoint {
  const { origin, pathname, search } = new URL(url);
  return { origin, path: `${pathname}${search}` };
}

/** What a subgraph's `cache-control` header allows, for the request's overall cache policy (Apollo Server's `CacheHint`). */
export interface CacheHint {
  /** In seconds; 0 when the header gives no `max-age` in whole seconds. */
  maxAge: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** Reads a subgraph's `cache-control` header (or its absence) as @apollo/gateway's `RemoteGraphQLDataSource` does. */
export function cacheHintOf(cacheControl: string | undefined): CacheHint {
  const directives = new Map<string, string | true>();
  for (const part of cacheControl?.trim().split(/\s*,\s*/) ?? []) {
    const [name, value] = part.split(/\s*=\s*/, 2);
    directives.set(name, value === undefined ? true : value.replace(/^"|"$/g, ''));
  }
  const maxAge = directives.get('max-age');
  const hint: CacheHint = { maxAge: typeof maxAge === 'string' && /^[0-9]+$/.test(maxAge) ? Number(maxAge) : 0 };
  if (directives.get('private') === true) hint.scope = 'PRIVATE';
  if (directives.get('public') === true) hint.scope = 'PUBLIC';
  return hint;
}

const isGraphQLAnswer = (body: unknown): body is SubgraphAnswer =>
  typeof body === 'object' &&
  body !== null &&
  Array.isArray((body as { errors?: unknown }).errors) &&
  (body as { errors: unknown[] }).errors.every((e) => typeof (e as { message?: unknown })?.message === 'string');

const isJsonType = (contentType: string | undefined) =>
  contentType !== undefined && (contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json'));

/**
 * The gateway's HTTP connections to its subgraphs: one undici `Agent`, shared by every subgraph's data
 * source, holding a pool of keep-alive connections per subgraph origin (no limit on their number). An
 * idle connection stays open as long as the subgraph's `Keep-Alive: timeout=…` allows less 2 s
 * (undici's margin), so the subgraph never closes one just as the gateway reuses it (kit
 * `KEEP_ALIVE_TIMEOUT_MS`); 4 s when a subgraph's answer gives no timeout.
 *
 * `timeoutMs` (the subgraph timeout, `SUBGRAPH_TIMEOUT_MS`) bounds each wait of a call: connecting,
 * the answer's headers once the request is sent, and every pause while its body arrives. A wait that
 * runs out fails the call with undici's `UND_ERR_CONNECT_TIMEOUT`, `UND_ERR_HEADERS_TIMEOUT` or
 * `UND_ERR_BODY_TIMEOUT`, which ./subgraph-unavailable.ts counts as unreachable.
 */
export class SubgraphConnections {
  private readonly agent: Agent;

  constructor(timeoutMs: number) {
    this.agent = new Agent({ connectTimeout: timeoutMs, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  }

  /**
   * Sends one GraphQL request to a subgraph: a POST of `body` (the request as JSON text) with `headers`
   * (lower-case names, `content-type` among them), on a connection of the pool. Resolves with the
   * subgraph's answer and its `cache-control` header:
   * - a 2xx answer whose body is a JSON object (`application/json` or `application/graphql-response+json`);
   * - a non-2xx answer whose body is a GraphQL response (a subgraph refusing a request before execution:
   *   400 for a bad variable, 401 for an expired token): its `data` and `errors`, relayed as from a 200.
   *
   * Rejects with {@link SubgraphUnavailableStatus} for a 502/503/504 without a GraphQL body; a
   * `GraphQLError` for any other non-2xx without one; an `Error` "Expected JSON response body" for a
   * 2xx whose body is not a JSON object (a `SyntaxError` when its JSON does not parse); socket errors
   * (`ECONNREFUSED`, undici's `UND_ERR_SOCKET` …) and timeouts as undici gives them.
   */
  async send(endpoint: SubgraphEndpoint, headers: Record<string, string>, body: string): Promise<{ answer: SubgraphAnswer; cacheControl?: string }> {
    const response = await this.agent.request({ origin: endpoint.origin, path: endpoint.path, method: 'POST', headers, body });
    const text = await response.body.text();
    const { 'content-type': contentType, 'cache-control': cacheControl } = response.headers;
    const json = isJsonType(typeof contentType === 'string' ? contentType : undefined);
    const status = response.statusCode;
    if (status < 200 || status > 299) {
      let parsed: unknown;
      try {
        parsed = json ? JSON.parse(text) : text;
      } catch {
        parsed = undefined;
      }
      if (isGraphQLAnswer(parsed)) return { answer: { data: parsed.data ?? null, errors: parsed.errors } };
      if (UNAVAILABLE_STATUSES.has(status)) throw new SubgraphUnavailableStatus(status);
      throw new GraphQLError(`A subgraph answered HTTP ${status} ${response.statusText} without a GraphQL body.`);
    }
    // The body's text is not put in the message: a subgraph's answer may hold personal data, and the error is logged.
    if (!json) throw new Error(`Expected JSON response body, but received ${typeof contentType === 'string' ? contentType : 'no content type'}.`);
    const answer: unknown = JSON.parse(text);
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) throw new Error('Expected JSON response body, but received no JSON object.');
    return { answer: answer as SubgraphAnswer, cacheControl: typeof cacheControl === 'string' ? cacheControl : undefined };
  }

  /** Closes the connections once the calls in flight are answered; resolves when all are closed. */
  close(): Promise<void> {
    return this.agent.close();
  }
}
