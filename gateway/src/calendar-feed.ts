import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import { subgraphRoutingUrl, type SubgraphRouteOptions } from './subgraph-route.js';

/** `/calendar/<token>.ics`: a token as the scheduling subgraph makes it (32 bytes, base64url, 43 characters). */
const FEED_PATH = /^\/calendar\/([^/]*)\.ics$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The scheduling subgraph's internal route answering a feed (subgraphs/scheduling/src/modules/calendar-feed/calendar-feed.http.ts). */
const SUBGRAPH_ROUTE = '/internal/calendar-feed';
/** How long the gateway waits for the scheduling subgraph, in milliseconds. */
const SUBGRAPH_TIMEOUT_MS = 10_000;

/** Requests one address may make to calendar feeds per window (calendar apps poll every 15 minutes or less often). */
export const FEED_REQUESTS_PER_WINDOW = 60;
/** The rate limit's window, in milliseconds. */
export const FEED_WINDOW_MS = 60_000;

/**
 * A fixed-window request counter per source address, in this process's memory (all counters are
 * dropped when a window ends, so memory stays bounded by the addresses seen in one minute). Enough to
 * keep one source from hammering the database through feed URLs; with several gateway instances each
 * counts its own share.
 */
export class FeedRateLimiter {
  private windowStart = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly limit = FEED_REQUESTS_PER_WINDOW,
    private readonly windowMs = FEED_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request from `source`; returns the seconds to wait when it is over the limit, else null. */
  take(source: string): number | null {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts.clear();
    }
    const count = (this.counts.get(source) ?? 0) + 1;
    this.counts.set(source, count);
    return count > this.limit ? Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000)) : null;
  }
}

export type CalendarFeedOptions = SubgraphRouteOptions;

/** The scheduling subgraph's routing URL: the override, else `join__graph(name: "scheduling", url: …)` of the supergraph. */
export const schedulingUrl = (options: Pick<CalendarFeedOptions, 'supergraphSdl' | 'subgraphUrls'>): string =>
  subgraphRoutingUrl(options, 'scheduling', 'calendar feed route');

const SECRET_URL_HEADERS = {
  // The URL is a secret: keep it out of Referer headers and shared caches.
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECRET_URL_HEADERS, ...headers });
  res.end(text);
}

/**
 * `GET /calendar/<token>.ics` (and HEAD): a trainer's secret iCalendar feed (docs/scheduling.md,
 * Calendar feed). The gateway checks the token's shape and a per-address rate limit
 * ({@link FeedRateLimiter}: 429 with `Retry-After`), then asks the scheduling subgraph's internal
 * route with the token in a POST body; the subgraph looks the token up by its SHA-256. Unknown,
 * revoked or malformed tokens are all 404 with no detail. The token is never logged.
 *
 * Answers `text/calendar; charset=utf-8` with `Cache-Control: private, max-age=300`.
 */
export function createCalendarFeedHandler(options: CalendarFeedOptions) {
  const target = new URL(SUBGRAPH_ROUTE, schedulingUrl(options)).toString();
  const limiter = options.limiter ?? new FeedRateLimiter();
  const { log } = options;

  return async (req: IncomingMessage, res: ServerResponse, token: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Method not allowed', { allow: 'GET, HEAD' });
    const caller = options.callerOf(req);
    const wait = limiter.take(caller.ip ?? 'unknown');
    if (wait !== null) return answer(res, 429, 'Too many requests', { 'retry-after': String(wait) });
    if (!TOKEN.test(token)) return answer(res, 404, 'Not found');
    const { requestId } = caller;
    let response: Response;
    try {
      response = await fetch(target, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-request-id': requestId,
          'x-forwarded-for': caller.forwardedFor,
          ...(await options.credential?.(caller)),
        },
        body: JSON.stringify({ token }),
        signal: AbortSignal.timeout(SUBGRAPH_TIMEOUT_MS),
      });
    } catch (error) {
      log.error({ requestId, err: error }, 'calendar feed: scheduling subgraph unreachable');
      return answer(res, 503, 'Calendar temporarily unavailable', { 'retry-after': '60' });
    }
    const body = await response.text();
    if (response.status === 404) return answer(res, 404, 'Not found');
    if (!response.ok) {
      log.error({ requestId, status: response.status }, 'calendar feed: scheduling subgraph failed');
      return answer(res, 503, 'Calendar temporarily unavailable', { 'retry-after': '60' });
    }
    res.writeHead(200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
      'content-length': String(Buffer.byteLength(body)),
      ...SECRET_URL_HEADERS,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * Serves calendar feeds on `httpServer` (the gateway's): requests for `/calendar/<token>.ics` go to
 * {@link createCalendarFeedHandler}, every other request to the server's own handler as before.
 */
export function serveCalendarFeeds(httpServer: Server, options: CalendarFeedOptions): void {
  const feed = createCalendarFeedHandler(options);
  const others = httpServer.listeners('request') as RequestListener[];
  httpServer.removeAllListeners('request');
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = FEED_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (!match) {
      for (const listener of others) listener(req, res);
      return;
    }
    feed(req, res, match[1]).catch((error: unknown) => {
      options.log.error({ err: error }, 'calendar feed failed');
      if (!res.headersSent) answer(res, 500, 'Internal server error');
      else res.end();
    });
  });
}
