import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource, MixedList } from 'typeorm';
import { runSql } from './scoped-db.js';

/**
 * One condition a service needs before it can answer requests (docs/deployment.md, "Health and
 * readiness"). `check` resolves when it holds and throws (or rejects) when it does not; the reason
 * a caller of `/ready` reads is `failure`, a fixed sentence, never the error (it may name hosts,
 * users or SQL).
 */
export interface ReadinessCheck {
  /** Short name in the `/ready` answer: `database`, `migrations`, `redis`, `supergraph`, … */
  name: string;
  /** What `/ready` says when the check fails, e.g. "not reachable". */
  failure: string;
  check(): Promise<void>;
}

/** A check's failure whose message is safe to show on `/ready` (no host, user or SQL in it). */
export class NotReady extends Error {}

/** What `GET /ready` answers: `status` and, per check, `ok` or its failure sentence. */
export interface ReadinessReport {
  status: 'ready' | 'not ready' | 'stopping';
  checks: Record<string, string>;
}

/** How long one check may take before it counts as failed, in milliseconds. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

const withTimeout = (work: Promise<void>, ms: number) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    timer.unref();
    work.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });

/**
 * A service's readiness: the checks it runs on every `GET /ready`, and whether it is stopping. Once
 * {@link Readiness.stop} is called (on SIGTERM) every report is `stopping`, so a load balancer takes
 * the process out of rotation while it drains its in-flight requests.
 */
export class Readiness {
  private stopped = false;
  private readonly checks: ReadinessCheck[] = [];

  constructor(
    checks: readonly ReadinessCheck[] = [],
    private readonly timeoutMs = READINESS_CHECK_TIMEOUT_MS,
  ) {
    this.checks.push(...checks);
  }

  /** Adds checks (e.g. a Redis connection opened after the server was built). */
  add(...checks: ReadinessCheck[]): this {
    this.checks.push(...checks);
    return this;
  }

  /** From now on the service reports `stopping` (HTTP 503), whatever its checks say. */
  stop(): void {
    this.stopped = true;
  }

  get stopping(): boolean {
    return this.stopped;
  }

  /** Runs every check concurrently, each bounded by the timeout. Never throws. */
  async report(): Promise<ReadinessReport> {
    if (this.stopped) return { status: 'stopping', checks: {} };
    const results = await Promise.all(
      this.checks.map(
        async (c) =>
          [
            c.name,
            await withTimeout(c.check(), this.timeoutMs).then(
              () => 'ok',
              (error: unknown) => (error instanceof NotReady ? error.message : c.failure),
            ),
          ] as const,
      ),
    );
    const checks = Object.fromEntries(results);
    return { status: results.every(([, result]) => result === 'ok') ? 'ready' : 'not ready', checks };
  }

  /**
   * `GET /ready`: 200 `{ status: "ready", checks }` when every check holds, else 503 with the same
   * shape naming the failed checks (`{ status: "not ready", checks: { database: "not reachable", … } }`)
   * or `{ status: "stopping" }` while shutting down. Never cached.
   */
  readonly handler = async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const report = await this.report();
    res.writeHead(report.status === 'ready' ? 200 : 503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify(report));
  };
}

/** The database answers a trivial statement on the service's own pool. */
export function databaseCheck(ds: DataSource): ReadinessCheck {
  return {
    name: 'database',
    failure: 'not reachable',
    async check() {
      await ds.query('select 1');
    },
  };
}

/** The name TypeORM records for a migration class in `typeorm_migrations` (its `name`, else the class name). */
export function migrationName(migration: Function): string {
  const instance = new (migration as new () => { name?: string })();
  return instance.name ?? migration.name;
}

/**
 * Every migration the code knows of (`migrations`, the subgraph's list) is recorded as applied in
 * `<schema>.typeorm_migrations`, which the runtime role may read: a process started before
 * `npm run migrate` finished (or from a newer image than the database) is not ready. Fails with
 * "<n> pending" (how many, not which).
 */
export function migrationsCheck(ds: DataSource, schema: string, migrations: MixedList<Function>): ReadinessCheck {
  const expected = (Array.isArray(migrations) ? migrations : Object.values(migrations))
    .filter((m): m is Function => typeof m === 'function')
    .map(migrationName);
  return {
    name: 'migrations',
    failure: 'not applied',
    async check() {
      const rows = await runSql<{ name: string }>(ds.manager, `select name from "${schema}".typeorm_migrations`);
      const applied = new Set(rows.map((r) => r.name));
      const pending = expected.filter((name) => !applied.has(name)).length;
      if (pending) throw new NotReady(`${pending} pending`);
    },
  };
}

/** Something that answers Redis `PING` (an ioredis client). */
export interface Pingable {
  ping(): Promise<unknown>;
}

/** Redis answers `PING` (for services that keep state there: refresh tokens, rate limits). */
export function redisCheck(redis: Pingable): ReadinessCheck {
  return {
    name: 'redis',
    failure: 'not reachable',
    async check() {
      await redis.ping();
    },
  };
}
