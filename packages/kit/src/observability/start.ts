import { z } from 'zod';
import { loadConfig, portSchema } from '../config.js';
import type { Logger } from '../logger.js';
import { serveMetrics } from './metrics.js';
import { startTracing, type Tracing } from './tracing.js';

/**
 * Observability settings every FitFlow process reads (docs/observability.md):
 * - `METRICS_PORT`: serve Prometheus metrics on this port (never the public one); unset: no metrics endpoint.
 * - `METRICS_HOST`: interface of the metrics endpoint; default the service's `HOST`, else 127.0.0.1.
 * - `METRICS_TOKEN`: when set, scrapes must send `Authorization: Bearer <token>` (at least 16 characters).
 * - `OTEL_EXPORTER_OTLP_ENDPOINT`: export traces over OTLP/HTTP there (e.g. `http://otel-collector:4318`);
 *   unset: tracing is off and costs nothing.
 */
export const observabilityConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  METRICS_PORT: portSchema().optional(),
  METRICS_HOST: z.string().optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters (e.g. openssl rand -base64 24)').optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
});
export type ObservabilityConfig = z.infer<typeof observabilityConfigSchema>;

/**
 * Reads the observability settings of `env`.
 * @throws ConfigError naming each invalid variable (values are never echoed).
 */
export const loadObservabilityConfig = (env: NodeJS.ProcessEnv = process.env): ObservabilityConfig => loadConfig(observabilityConfigSchema, env);

/** What {@link startObservability} started; `stop()` closes the metrics endpoint and flushes traces. */
export interface Observability {
  /** URL of `/metrics`, when served. */
  metricsUrl?: string;
  stop(): Promise<void>;
}

/**
 * Starts a process's observability from its settings: tracing (service name `fitflow-<service>`)
 * when `OTEL_EXPORTER_OTLP_ENDPOINT` is set, and the metrics endpoint when `METRICS_PORT` is. Call it
 * before the database is opened (the PostgreSQL instrumentation hooks `pg` as TypeORM loads it).
 * @throws the metrics server's listen error (e.g. EADDRINUSE).
 */
export async function startObservability(service: string, config: ObservabilityConfig, log: Logger): Promise<Observability> {
  const tracing: Tracing | undefined = config.OTEL_EXPORTER_OTLP_ENDPOINT ? startTracing({ serviceName: `fitflow-${service}` }) : undefined;
  const metrics =
    config.METRICS_PORT === undefined
      ? undefined
      : await serveMetrics({ port: config.METRICS_PORT, host: config.METRICS_HOST ?? config.HOST, token: config.METRICS_TOKEN });
  log.info({ metrics: metrics?.url ?? 'off', tracing: tracing ? 'otlp' : 'off', metricsToken: !!config.METRICS_TOKEN }, 'observability');
  return {
    metricsUrl: metrics?.url,
    async stop() {
      await metrics?.stop();
      await tracing?.stop();
    },
  };
}
