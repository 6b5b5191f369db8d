/**
 * Load generators: autocannon for HTTP requests to one URL (a gateway), and a closed loop of the
 * same shape for work that is not one HTTP request (the direct replay of a query plan, the raw SQL
 * floor). Both keep `connections` requests in flight, each connection sending its next request when
 * the previous one is answered, and report latency as the caller sees it.
 */
import autocannon from 'autocannon';
import { percentile } from './report.js';

/** What one measured run produced. */
export interface LoadResult {
  /** Requests answered in the measured window. */
  requests: number;
  /**
   * Requests sent, answered or not: autocannon stops at the end of the window without waiting for
   * the requests still in flight, whose work the servers still do. Database work per request is
   * divided by this.
   */
  sent: number;
  /** Length of the measured window, seconds. */
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles, milliseconds. */
  p50: number;
  p99: number;
  /** Transport errors and timeouts. */
  errors: number;
  /** Answers with a status other than 2xx. */
  non2xx: number;
  /** 2xx answers carrying GraphQL `errors` (or, for the closed loop, failed tasks). */
  graphqlErrors: number;
}

/** One connection's fixed request: each connection keeps sending it. */
export interface ConnectionRequest {
  headers: Record<string, string>;
  body: string;
}

export interface HttpLoad {
  url: string;
  connections: number;
  /** The request connection number `i` (0-based) sends, e.g. as user `i % users`. */
  requestOf: (connection: number) => ConnectionRequest;
  /** Measured seconds; ignored when `amount` is given. */
  seconds: number;
  /** A fixed number of requests instead of a duration. */
  amount?: number;
}

/**
 * Runs autocannon against `url` (HTTP/1.1 keep-alive, no pipelining), each connection sending its own
 * {@link ConnectionRequest}. A body containing `"errors"` counts as a GraphQL error.
 */
export async function httpLoad(load: HttpLoad): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: load.url,
    method: 'POST',
    connections: load.connections,
    pipelining: 1,
    timeout: 30,
    ...(load.amount ? { amount: load.amount } : { duration: load.seconds }),
    setupClient(client) {
      const { headers, body } = load.requestOf(next++);
      client.setHeadersAndBody({ 'content-type': 'application/json', ...headers }, body);
    },
    verifyBody: (body) => !body.includes('"errors"'),
  });
  const answered = result['2xx'] + result.non2xx;
  return {
    requests: answered,
    sent: Math.max(answered, result.requests.sent),
    seconds: result.duration,
    requestsPerSecond: answered / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
  };
}

export interface LoopLoad {
  connections: number;
  seconds: number;
  amount?: number;
  /** One request of connection `i`; rejects when the request failed. */
  task: (connection: number) => Promise<void>;
}

/** Keeps `connections` tasks in flight for `seconds` (or until `amount` have run) and measures each. */
export async function loopLoad(load: LoopLoad): Promise<LoadResult & { firstError?: string }> {
  const latencies: number[] = [];
  let failed = 0;
  let firstError: string | undefined;
  let issued = 0;
  const start = performance.now();
  const until = start + load.seconds * 1000;
  const more = () => (load.amount ? issued < load.amount : performance.now() < until);
  await Promise.all(
    Array.from({ length: load.connections }, async (_, connection) => {
      while (more()) {
        issued++;
        const begun = performance.now();
        try {
          await load.task(connection);
          latencies.push(performance.now() - begun);
        } catch (error) {
          failed++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length + failed,
    sent: latencies.length + failed,
    seconds,
    requestsPerSecond: (latencies.length + failed) / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: 0,
    non2xx: 0,
    graphqlErrors: failed,
    ...(firstError ? { firstError } : {}),
  };
}
