import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { context as otelContext, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Viewer } from '../auth.js';
import type { Logger } from '../logger.js';
import { requestDuration, requestsTotal, subgraphFetchDuration } from './metrics.js';
import { extractTraceContext, fitflowTracer } from './tracing.js';

/**
 * What is known about one HTTP request while it is answered, for its access-log line, its metrics and
 * its server span. Holds no PHI: no variables, no query text, no URL beyond its first path segment,
 * no headers.
 */
export interface RequestObservation {
  req: IncomingMessage;
  /** The gateway or subgraph answering (`gateway`, `identity`, …). */
  server: string;
  startedAt: bigint;
  span?: Span;
  requestId?: string;
  /** The GraphQL operation's name as sent (null: anonymous); undefined for a plain route. */
  operation?: string | null;
  /** The bounded value of the metrics' `operation` label ({@link operationLabel}). */
  operationLabel?: string;
  userId?: string;
  appId?: string;
  /** `extensions.code` of each error in the GraphQL answer (codes only: messages may quote input). */
  errorCodes?: string[];
  /** Subgraphs the gateway called for this request. */
  subgraphs: Set<string>;
}

const observations = new AsyncLocalStorage<RequestObservation>();

/** The observation of the request being answered in this async context, if any. */
export const currentObservation = (): RequestObservation | undefined => observations.getStore();

export interface ObserveOptions {
  /** The server's name in logs, metrics and spans: `gateway` or the subgraph's. */
  server: string;
  /** Where the access-log line goes (at `info`). */
  log: Logger;
  /**
   * Continue the caller's trace from its `traceparent` header (subgraphs: their caller is the
   * gateway). The gateway, facing the public, starts a trace of its own for every request.
   */
  continueTrace: boolean;
}

const REQUEST_ID = /^[\w-]{8,64}$/;
const headerValue = (value: number | string | string[] | undefined) => (Array.isArray(value) ? value[0] : value?.toString());

/**
 * A bounded label for a plain route: its first path segment (`/health`, `/calendar`, `/documents`),
 * never the rest (calendar feeds and document links carry secret tokens in their paths), and
 * `not-found` for a 404 so that made-up paths add no label values.
 */
export function routeLabel(req: IncomingMessage, status: number): string {
  if (status === 404) return 'not-found';
  const segment = new URL(req.url ?? '/', 'http://localhost').pathname.split('/')[1] ?? '';
  return /^[\w.-]{1,40}$/.test(segment) ? `/${segment}` : '/';
}

const MAX_OPERATION_LABELS = 500;
const seenOperationLabels = new Set<string>();

/**
 * The metrics' `operation` label for a GraphQL operation name: `anonymous` without a name; a subgraph
 * call's `<operation>__<subgraph>__<n>` (the gateway's query plan naming) reduced to `<operation>`;
 * `other` for a name that is not a plain GraphQL name, or once {@link MAX_OPERATION_LABELS} distinct
 * names were seen by this process (so callers cannot grow the label set without bound).
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  const base = name.replace(/__[A-Za-z_]\w*__\d+$/, '');
  if (!/^[A-Za-z_]\w{0,99}$/.test(base)) return 'other';
  if (seenOperationLabels.has(base)) return base;
  if (seenOperationLabels.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperationLabels.add(base);
  return base;
}

function finish(observation: RequestObservation, res: ServerResponse, log: Logger, aborted: boolean) {
  const status = aborted && !res.writableFinished ? 499 : res.statusCode;
  const seconds = Number(process.hrtime.bigint() - observation.startedAt) / 1e9;
  const graphql = observation.operation !== undefined;
  const operation = graphql ? (observation.operationLabel ?? operationLabel(observation.operation)) : routeLabel(observation.req, status);
  const labels = { server: observation.server, operation, status: String(status) };
  requestsTotal.inc(labels);
  requestDuration.observe(labels, seconds);
  const requestId =
    observation.requestId ??
    [headerValue(res.getHeader('x-request-id')), headerValue(observation.req.headers['x-request-id'])].find((id) => id && REQUEST_ID.test(id));
  // An orchestrator probes /health and /ready every few seconds: a passing probe is a debug line, a failing one is logged.
  const probe = !graphql && status < 400 && (operation === '/health' || operation === '/ready');
  log[probe ? 'debug' : 'info'](
    {
      access: true,
      server: observation.server,
      requestId: requestId ?? null,
      method: observation.req.method,
      ...(graphql ? { operation: observation.operation ?? null } : { route: operation }),
      status,
      durationMs: Math.round(seconds * 1e4) / 10,
      userId: observation.userId ?? null,
      ...(observation.appId ? { appId: observation.appId } : {}),
      ...(observation.errorCodes?.length ? { errorCodes: observation.errorCodes } : {}),
      ...(observation.subgraphs.size ? { subgraphs: [...observation.subgraphs].sort() } : {}),
      ...(aborted && !res.writableFinished ? { aborted: true } : {}),
    },
    'request',
  );
  const span = observation.span;
  if (span) {
    span.setAttribute('http.response.status_code', status);
    if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  }
}

/**
 * Observes every request `server` answers — including routes other code put in front of kit's handler,
 * as long as this is called after them: one access-log line when the answer ends (request id,
 * operation or route, status, duration, caller's user and app ids, subgraphs called; never variables,
 * query text, URLs or headers), the request count and duration metrics, and, when tracing is on, a
 * server span that the request's work (GraphQL execution, subgraph calls, SQL) nests under. Wraps the
 * server's current `request` listeners, so call it once, last.
 */
export function observeHttpServer(server: Server, options: ObserveOptions): void {
  const listeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const observation: RequestObservation = { req, server: options.server, startedAt: process.hrtime.bigint(), subgraphs: new Set() };
    const parent = options.continueTrace ? extractTraceContext(req.headers) : ROOT_CONTEXT;
    const span = fitflowTracer().startSpan(
      `${req.method ?? 'GET'} ${options.server}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'fitflow.server': options.server } },
      parent,
    );
    if (span.isRecording()) observation.span = span;
    let done = false;
    const end = (aborted: boolean) => {
      if (done) return;
      done = true;
      finish(observation, res, options.log, aborted);
    };
    res.once('finish', () => end(false));
    res.once('close', () => end(true));
    otelContext.with(trace.setSpan(parent, span), () =>
      observations.run(observation, () => {
        for (const listener of listeners) listener.call(server, req, res);
      }),
    );
  });
}

/** The caller as the access log names it: user id, and app id when an app calls. */
function noteCaller(observation: RequestObservation, viewer: Viewer | null | undefined) {
  if (!viewer) return;
  observation.userId = viewer.userId;
  if (viewer.app) observation.appId = viewer.app.id;
}

export interface ObservabilityPluginOptions<Ctx> {
  /**
   * The metrics' `operation` label of a request; default {@link operationLabel} of its name. The
   * gateway labels by persisted operation names only.
   */
  label?: (req: IncomingMessage, operationName: string | null, context: Ctx) => string;
}

/**
 * The Apollo side of {@link observeHttpServer}: once an operation is parsed, notes its name, the
 * request id and the caller (from the context's `requestId` and `viewer`) and the error codes of the
 * answer, and names the server span after the operation. Needs the HTTP server to be observed; does
 * nothing otherwise (e.g. `executeOperation` in tests).
 */
export function observabilityPlugin<Ctx extends BaseContext & { requestId?: string; viewer?: Viewer | null }>(
  options: ObservabilityPluginOptions<Ctx> = {},
): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      const observation = currentObservation();
      if (!observation) return;
      observation.operation = null;
      if (contextValue.requestId) observation.requestId = contextValue.requestId;
      noteCaller(observation, contextValue.viewer);
      return {
        async didResolveOperation({ operationName, operation }) {
          observation.operation = operationName ?? null;
          observation.operationLabel = options.label ? options.label(observation.req, operationName ?? null, contextValue) : operationLabel(operationName);
          if (observation.span && operation) {
            observation.span.updateName(`${operation.operation} ${observation.operationLabel}`);
            observation.span.setAttributes({ 'graphql.operation.type': operation.operation, 'graphql.operation.name': observation.operationLabel });
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const codes = (response.body.singleResult.errors ?? []).map((e) => String(e.extensions?.code ?? 'UNKNOWN'));
          if (codes.length) observation.errorCodes = [...new Set(codes)];
        },
      };
    },
  };
}

/**
 * Times one of the gateway's subgraph calls (`fitflow_gateway_subgraph_fetch_duration_seconds`) and
 * notes the subgraph in the request's access-log line.
 * @returns what `fetch` resolves to; rethrows its error after recording it.
 */
export async function observeSubgraphFetch<T>(subgraph: string, fetch: () => Promise<T>): Promise<T> {
  currentObservation()?.subgraphs.add(subgraph);
  const started = process.hrtime.bigint();
  let outcome = 'error';
  try {
    const result = await fetch();
    outcome = 'ok';
    return result;
  } finally {
    subgraphFetchDuration.observe({ subgraph, outcome }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}
