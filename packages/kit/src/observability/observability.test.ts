import { context, trace } from '@opentelemetry/api';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config.js';
import { observeHttpServer, operationLabel, routeLabel } from './requests.js';
import { loadObservabilityConfig } from './start.js';
import { fitflowTracer, injectTraceContext } from './tracing.js';

const request = (url: string) => ({ url }) as IncomingMessage;

describe('the metrics operation label', () => {
  it('is the operation name, a subgraph call reduced to the operation it serves, anonymous without a name', () => {
    expect(operationLabel('TrainerOverview')).toBe('TrainerOverview');
    expect(operationLabel('TrainerOverview__scheduling__2')).toBe('TrainerOverview');
    expect(operationLabel(null)).toBe('anonymous');
    expect(operationLabel('')).toBe('anonymous');
  });

  it('never carries free text, and stops growing after 500 distinct names', () => {
    expect(operationLabel('Ada Lovelace <ada@example.org>')).toBe('other');
    for (let i = 0; i < 600; i++) operationLabel(`Generated${i}`);
    expect(operationLabel('OneNameTooMany')).toBe('other');
    expect(operationLabel('Generated3')).toBe('Generated3');
  });
});

describe('the route label of a plain request', () => {
  it('is the first path segment only: secret tokens further down the path never show', () => {
    expect(routeLabel(request('/calendar/s3cr3t-token.ics'), 200)).toBe('/calendar');
    expect(routeLabel(request('/documents/invoices/abc.pdf?x=1'), 200)).toBe('/documents');
    expect(routeLabel(request('/health'), 200)).toBe('/health');
  });

  it('is not-found for any 404, so made-up paths add no label values', () => {
    expect(routeLabel(request('/wp-admin/login.php'), 404)).toBe('not-found');
  });
});

describe('observability settings', () => {
  it('turn metrics and tracing off when unset', () => {
    const config = loadObservabilityConfig({});
    expect(config.METRICS_PORT).toBeUndefined();
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('refuse a short metrics token and a bad port, naming the variable and never echoing the value', () => {
    let error: unknown;
    try {
      loadObservabilityConfig({ METRICS_TOKEN: 'short-secret', METRICS_PORT: '70000' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0]).sort()).toEqual(['METRICS_PORT', 'METRICS_TOKEN']);
    expect((error as Error).message).not.toContain('short-secret');
  });
});

describe('tracing while it is off', () => {
  it('records nothing and sends no traceparent', () => {
    const span = fitflowTracer().startSpan('probe');
    expect(span.isRecording()).toBe(false);
    const headers: Record<string, string> = {};
    context.with(trace.setSpan(context.active(), span), () => injectTraceContext((name, value) => (headers[name] = value)));
    expect(headers).toEqual({});
    span.end();
  });
});

describe('the access log of probes', () => {
  it('writes a passing /health or /ready probe at debug (an orchestrator sends one every few seconds), a failing one at info', async () => {
    const lines: { level: number; route?: string; status: number }[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
    const server = createServer((req, res) => {
      res.statusCode = req.url === '/ready' && lines.length > 1 ? 503 : 200;
      res.end('{}');
    });
    observeHttpServer(server, { server: 'probe-test', log, continueTrace: false });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const path of ['/health', '/ready', '/ready']) await (await fetch(base + path)).text();
      await expect.poll(() => lines.length).toBe(3);
      expect(lines.map(({ level, route, status }) => ({ level, route, status }))).toEqual([
        { level: 20, route: '/health', status: 200 },
        { level: 20, route: '/ready', status: 200 },
        { level: 30, route: '/ready', status: 503 },
      ]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
