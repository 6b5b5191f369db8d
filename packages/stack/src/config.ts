import { baseConfigSchema, httpPortSchema, loadConfig, portSchema } from '@fitflow/kit';
import { z } from 'zod';

/** An HTTP server's port: `npm start` must know it to check the server's health, so 0 is refused. */
const port = (fallback: number) => httpPortSchema().min(1).default(fallback);

/**
 * Settings of `npm start` / `npm run seed` (the development stack).
 * - `DATABASE_URL`: a superuser (or database owner) URL; unset → embedded PostgreSQL under `.data/postgres`.
 * - `REDIS_URL`: optional; unset → refresh tokens in PostgreSQL, caches in process.
 * - `PUBLIC_URL`: optional; unset → `http://localhost:<GATEWAY_PORT>` (the scheduling subgraph builds calendar feed URLs on it).
 * - `METRICS_PORT`: optional; the gateway's Prometheus metrics port, and the next five ports the
 *   subgraphs' in the order identity, studios, clients, scheduling, finance (docs/observability.md).
 */
export const stackConfigSchema = baseConfigSchema.extend({
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  /** The origin people reach the gateway at, which secret calendar feed URLs start with; unset → the gateway's own address. */
  PUBLIC_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: portSchema().min(1).default(54329),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: port(4000),
  IDENTITY_PORT: port(4101),
  STUDIOS_PORT: port(4102),
  CLIENTS_PORT: port(4103),
  SCHEDULING_PORT: port(4104),
  FINANCE_PORT: port(4105),
  /** The gateway's metrics port; each subgraph gets the next one (unset: no metrics endpoints). */
  METRICS_PORT: httpPortSchema().min(1).optional(),
  /** The web app's Vite dev server (proxies /graphql to the gateway). */
  WEB_PORT: port(5173),
  /** Vite's dependency cache for the web dev server (relative to web/); tests give theirs its own. */
  WEB_CACHE_DIR: z.string().default('node_modules/.vite'),
});
export type StackConfig = z.infer<typeof stackConfigSchema>;
export const loadStackConfig = () => loadConfig(stackConfigSchema);
