import { timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { listen } from '../http.js';

/**
 * The Prometheus registry of this process: every FitFlow metric (docs/observability.md lists them with
 * their labels). One per process; in the in-process stack (tests, benchmarks) the gateway and the five
 * subgraphs share it, told apart by the `server` label.
 */
export const metricsRegistry = new Registry();

/** Histogram buckets of request and fetch durations, in seconds (5 ms … 10 s). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Requests answered, by `server` (gateway or subgraph), `operation` (bounded: see {@link operationLabel}) and HTTP `status`. */
export const requestsTotal = new Counter({
  name: 'fitflow_http_requests_total',
  help: 'HTTP requests answered, by server, operation and status',
  labelNames: ['server', 'operation', 'status'] as const,
  registers: [metricsRegistry],
});

/** Time from a request's arrival to the end of its answer, in seconds; labels as {@link requestsTotal}. */
export const requestDuration = new Histogram({
  name: 'fitflow_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by server, operation and status',
  labelNames: ['server', 'operation', 'status'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

/** The gateway's calls to subgraphs, in seconds, by `subgraph` and `outcome` (`ok` or `error`: no answer, or not a GraphQL one). */
export const subgraphFetchDuration = new Histogram({
  name: 'fitflow_gateway_subgraph_fetch_duration_seconds',
  help: 'Time the gateway waited for a subgraph, by subgraph and outcome',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: DURATION_BUCKETS,
  registers: [metricsRegistry],
});

/** DataSources whose pools are reported, by the schema they serve; weakly held (tests open many). */
const pools = new Set<{ server: string; ds: WeakRef<DataSource> }>();

interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Sums each live pool's counts by server, dropping DataSources that were collected. */
function poolCounts(): Map<string, PgPoolCounts> {
  const sums = new Map<string, PgPoolCounts>();
  for (const entry of pools) {
    const ds = entry.ds.deref();
    if (!ds) {
      pools.delete(entry);
      continue;
    }
    // TypeORM's PostgresDriver keeps its node-postgres Pool as `master` once initialized.
    const pool = ds.isInitialized ? (ds.driver as unknown as { master?: Partial<PgPoolCounts> }).master : undefined;
    if (!pool || typeof pool.totalCount !== 'number') continue;
    const sum = sums.get(entry.server) ?? { totalCount: 0, idleCount: 0, waitingCount: 0 };
    sum.totalCount += pool.totalCount;
    sum.idleCount += pool.idleCount ?? 0;
    sum.waitingCount += pool.waitingCount ?? 0;
    sums.set(entry.server, sum);
  }
  return sums;
}

const poolGauge = (name: string, help: string, count: keyof PgPoolCounts) =>
  new Gauge({
    name,
    help,
    labelNames: ['server'] as const,
    registers: [metricsRegistry],
    // Read from the pools on each scrape, never sampled in between.
    collect() {
      this.reset();
      for (const [server, counts] of poolCounts()) this.set({ server }, counts[count]);
    },
  });

poolGauge('fitflow_db_pool_connections', 'PostgreSQL connections open in the pool (busy and idle), by server', 'totalCount');
poolGauge('fitflow_db_pool_idle_connections', 'PostgreSQL connections idle in the pool, by server', 'idleCount');
poolGauge('fitflow_db_pool_waiting_requests', 'Queries waiting for a free pool connection, by server', 'waitingCount');

/**
 * Reports `ds`'s connection pool (total, idle, waiting) under `server` (the subgraph's schema name) on
 * every scrape, for as long as the DataSource lives. Called by kit `createDataSource`.
 */
export function trackDatabasePool(ds: DataSource, server: string): void {
  pools.add({ server, ds: new WeakRef(ds) });
}

let defaultMetrics = false;

/** Adds Node's default metrics (`process_*`, `nodejs_*`: CPU, memory, event loop lag, GC) once per process. */
export function collectNodeMetrics(): void {
  if (defaultMetrics) return;
  defaultMetrics = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

export interface MetricsServerOptions {
  /** Port of the metrics endpoint (`METRICS_PORT`); 0 picks a free one. Never the service's public port. */
  port: number;
  /** Interface to bind (`METRICS_HOST`, default the service's `HOST`). */
  host?: string;
  /** When set (`METRICS_TOKEN`), scrapes must send `Authorization: Bearer <token>`; others get 401. */
  token?: string;
  registry?: Registry;
}

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * Serves `GET /metrics` (Prometheus text format) on its own port, apart from the service's public one;
 * anything else is 404. With a `token`, a scrape without `Authorization: Bearer <token>` answers 401.
 * Node's default metrics are added on first use ({@link collectNodeMetrics}).
 * @returns the bound URL of `/metrics` and `stop()`.
 * @throws the listen error (e.g. EADDRINUSE) when the port is taken.
 */
export async function serveMetrics(options: MetricsServerOptions): Promise<{ url: string; stop(): Promise<void> }> {
  const registry = options.registry ?? metricsRegistry;
  collectNodeMetrics();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    if (options.token && !sameSecret(req.headers.authorization ?? '', `Bearer ${options.token}`)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('Unauthorized\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Metrics collection failed\n'),
    );
  });
  const base = await listen(server, options.port, options.host);
  return {
    url: `${base}/metrics`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
