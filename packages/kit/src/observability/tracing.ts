import { context, propagation, ROOT_CONTEXT, trace, type Context, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { IncomingHttpHeaders } from 'node:http';

// The SDK's in-memory exporter and span type, re-exported so that tests hold the very version the provider uses.
export { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';

/** Name of the tracer FitFlow's own spans (HTTP server spans) come from. */
export const TRACER_NAME = 'fitflow';

/** The tracer of FitFlow's own spans: a no-op until {@link startTracing} registers a provider. */
export const fitflowTracer = (): Tracer => trace.getTracer(TRACER_NAME);

let registered = false;

export interface TracingOptions {
  /** `service.name` of the spans, e.g. `fitflow-gateway`, `fitflow-clients`. */
  serviceName: string;
  /**
   * Where spans go, each as soon as it ends (tests: an {@link InMemorySpanExporter}). Default: batches
   * over OTLP/HTTP to `OTEL_EXPORTER_OTLP_ENDPOINT` (the exporter reads the standard
   * `OTEL_EXPORTER_OTLP_*` variables, batching the `OTEL_BSP_*` ones).
   */
  exporter?: SpanExporter;
}

/** A registered tracing setup; `stop()` flushes, unregisters it and restores the no-op API. */
export interface Tracing {
  stop(): Promise<void>;
}

/**
 * Registers OpenTelemetry tracing for this process: a tracer provider (so @apollo/gateway's spans and
 * FitFlow's HTTP server spans are recorded), the W3C `traceparent` propagator, Node's async context,
 * and the PostgreSQL instrumentation (one span per statement: its SQL text, never its parameter
 * values — `enhancedDatabaseReporting` stays off). The pg instrumentation patches `pg` when TypeORM
 * next `require`s it, i.e. when a DataSource is created: call this before opening the database.
 * Call once per process; a second call before `stop()` throws.
 * @throws Error when tracing is already registered in this process.
 */
export function startTracing(options: TracingOptions): Tracing {
  if (registered) throw new Error('OpenTelemetry tracing is already registered in this process.');
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [options.exporter ? new SimpleSpanProcessor(options.exporter) : new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registered = true;
  const unregister = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true })],
  });
  return {
    async stop() {
      unregister();
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      registered = false;
    },
  };
}

/**
 * Writes the active trace context into outgoing request headers (`traceparent`, `tracestate`): the
 * gateway calls it for every subgraph request. Does nothing while tracing is off.
 */
export function injectTraceContext(set: (name: string, value: string) => void): void {
  propagation.inject(context.active(), undefined, { set: (_carrier, name, value) => set(name, value) });
}

/** The trace context an incoming request carries (`traceparent`), or the root context when none. */
export function extractTraceContext(headers: IncomingHttpHeaders): Context {
  return propagation.extract(ROOT_CONTEXT, headers, {
    keys: (carrier) => Object.keys(carrier),
    get: (carrier, key) => carrier[key],
  });
}
