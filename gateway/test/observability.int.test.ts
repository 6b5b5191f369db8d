import { DEMO_PASSWORD } from '@fitflow/demo';
import { InMemorySpanExporter, loadObservabilityConfig, sha256Hex, startObservability, startTracing, type ReadableSpan, type Tracing } from '@fitflow/kit';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTrainer, postGraphQL, signInThroughGateway, testEnv } from '@fitflow/testkit';
import pg from 'pg';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Everything the services log during this file, as pino writes it (one JSON line each).
const logLines: string[] = [];
const log = pino(
  { level: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  }),
);
const logText = () => logLines.join('\n');
const accessLines = () => logLines.map((line) => JSON.parse(line) as Record<string, any>).filter((line) => line.access === true);

/** A persisted operation of this file's manifest: the gateway's metrics label it by its name. */
const PROBE = 'query ObservabilityProbe { me { id } }';
const PROBE_ID = sha256Hex(PROBE);

/** POSTs an operation to the gateway; the answer's body and the request id the gateway gave it. */
async function post(query: string, variables: Record<string, unknown>, token: string) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, requestId: response.headers.get('x-request-id'), body: (await response.json()) as Record<string, any> };
}

/** The README's cross-subgraph question: identity (me), studios (trainer, contracts, studio), scheduling (appointments). */
const TRAINER_OVERVIEW = `
  query TrainerOverview {
    me { id trainer { id contracts { studio { id name } upcomingAppointments(first: 3) { edges { node { id startTime } } } } } }
  }`;

const spans = new InMemorySpanExporter();
let tracing: Tracing;
let stack: InProcessStack;
let db: pg.Client;
const createdClients: string[] = [];

beforeAll(async () => {
  // Before the stack opens its DataSources: the PostgreSQL instrumentation hooks `pg` as TypeORM loads it.
  tracing = startTracing({ serviceName: 'fitflow-test', exporter: spans });
  stack = await startInProcessStack({
    urls: testEnv().appUrls,
    log,
    redisUrl: process.env.REDIS_URL,
    gateway: { persistedDocuments: new Map([[PROBE_ID, { id: PROBE_ID, name: 'ObservabilityProbe', type: 'query', body: PROBE }]]) },
  });
  db = new pg.Client({ connectionString: testEnv().adminUrl });
  await db.connect();
}, 120_000);

afterAll(async () => {
  if (createdClients.length) await db.query('delete from clients.clients where id = any($1::uuid[])', [createdClients]);
  await db?.end();
  await stack?.stop();
  // Integration files share this worker's module cache: leave no tracer provider behind.
  await tracing?.stop();
});

describe('access logs', () => {
  it('write one line per request on the gateway and each subgraph it called, and never the PHI the request carried', async () => {
    const phi = {
      firstName: 'Philippa',
      lastName: 'Quibbleworth',
      email: 'philippa.quibbleworth@example.org',
      phone: '+1-416-555-0177',
      goals: 'Run the Lakeshore half marathon',
      condition: 'Xyloglossal arrhythmia',
      medication: 'Zentravorin 20 mg',
    };
    const { accessToken, refreshToken } = await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo');
    const created = await post(
      'mutation AddClient($input: CreateClientInput!) { createClient(input: $input) { id } }',
      {
        input: {
          firstName: phi.firstName,
          lastName: phi.lastName,
          email: phi.email,
          phone: phi.phone,
          goals: phi.goals,
          medicalInfo: { conditions: [phi.condition], medications: [phi.medication], allergies: [] },
        },
      },
      accessToken,
    );
    expect(created.body.errors).toBeUndefined();
    createdClients.push(created.body.data.createClient.id);
    // The gateway gives every request its own id, returned in X-Request-Id and carried to the subgraphs.
    const requestId = created.requestId;
    const searched = await postGraphQL(
      stack.gatewayUrl,
      'query FindClient($s: String) { clients(search: $s) { edges { node { id } } } }',
      { s: phi.email },
      {
        token: accessToken,
      },
    );
    expect(searched.errors).toBeUndefined();

    const text = logText();
    for (const secret of [...Object.values(phi), accessToken, refreshToken, DEMO_PASSWORD, 'maya@fitflow.demo']) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/createClient\(|"variables"|authorization/i);

    const maya = demoTrainer('maya');
    const lines = accessLines().filter((line) => line.requestId === requestId);
    const gatewayLine = lines.find((line) => line.server === 'gateway');
    expect(gatewayLine).toMatchObject({ operation: 'AddClient', status: 200, userId: maya.id, subgraphs: ['clients'] });
    expect(gatewayLine!.durationMs).toBeGreaterThan(0);
    // The subgraph's own line, under the same request id (the gateway vouches for it).
    expect(lines.find((line) => line.server === 'clients')).toMatchObject({
      operation: expect.stringMatching(/^AddClient__clients__\d+$/),
      status: 200,
      userId: maya.id,
    });
    // A sign-in is logged too, with no caller yet and nothing of what was sent.
    expect(accessLines().some((line) => line.server === 'gateway' && line.status === 200 && line.userId === null && line.operation === null)).toBe(true);
  });

  it('log a plain route by its first path segment only, never the secret token in its path', async () => {
    const token = 'cal0123456789abcdefSECRET';
    const answer = await fetch(stack.gatewayUrl.replace(/\/graphql$/, `/calendar/${token}.ics`));
    expect(answer.status).toBe(404);
    expect(logText()).not.toContain(token);
    expect(accessLines().some((line) => line.server === 'gateway' && line.route === 'not-found' && line.status === 404)).toBe(true);
  });
});

/** The value of one sample in Prometheus text, or undefined. */
const sample = (text: string, name: string, labels: Record<string, string>) => {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
};

describe('metrics', () => {
  it('count requests by persisted operation name, time subgraph fetches and report the database pools, on their own port only', async () => {
    const token = (await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo')).accessToken;
    const persisted = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ documentId: PROBE_ID }),
    });
    expect(persisted.status).toBe(200);
    // Free text (development only) names itself as it likes: the gateway labels it `anonymous`.
    const freeText = await postGraphQL(stack.gatewayUrl, 'query MadeUpName7f3a { me { id } }', {}, { token });
    expect(freeText.errors).toBeUndefined();

    // As a service started with METRICS_PORT and METRICS_TOKEN (0: any free port).
    const metrics = await startObservability('gateway', loadObservabilityConfig({ METRICS_PORT: '0', METRICS_TOKEN: 'scrape-token-0123456789' }), log);
    const url = metrics.metricsUrl!;
    try {
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      expect((await fetch(url.replace(/\/metrics$/, '/graphql'), { headers: { authorization: 'Bearer scrape-token-0123456789' } })).status).toBe(404);
      const scrape = await fetch(url, { headers: { authorization: 'Bearer scrape-token-0123456789' } });
      expect(scrape.status).toBe(200);
      const text = await scrape.text();
      expect(sample(text, 'fitflow_http_requests_total', { server: 'gateway', operation: 'ObservabilityProbe', status: '200' })).toBe(1);
      expect(sample(text, 'fitflow_http_request_duration_seconds_count', { server: 'gateway', operation: 'ObservabilityProbe', status: '200' })).toBe(1);
      expect(sample(text, 'fitflow_http_requests_total', { server: 'identity', operation: 'ObservabilityProbe', status: '200' })).toBe(1);
      expect(sample(text, 'fitflow_http_requests_total', { server: 'gateway', operation: 'anonymous', status: '200' })).toBeGreaterThanOrEqual(1);
      expect(text).not.toMatch(/server="gateway"[^\n]*MadeUpName7f3a|MadeUpName7f3a[^\n]*server="gateway"/);
      expect(sample(text, 'fitflow_gateway_subgraph_fetch_duration_seconds_count', { subgraph: 'identity', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'fitflow_db_pool_connections', { server: 'identity' })).toBeGreaterThan(0);
      expect(sample(text, 'fitflow_db_pool_idle_connections', { server: 'identity' })).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'fitflow_db_pool_waiting_requests', { server: 'identity' })).toBe(0);
      expect(text).toMatch(/^process_cpu_user_seconds_total /m);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      // No user or request id ever becomes a label value.
      expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    } finally {
      await metrics.stop();
    }
    // The public gateway port serves no metrics.
    const publicMetrics = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/metrics'));
    expect(publicMetrics.status).toBe(404);
    expect(await publicMetrics.text()).not.toContain('fitflow_');
  });
});

describe('traces', () => {
  it('cover the gateway, the subgraphs it called and their SQL under one trace id, with no PHI in any attribute', async () => {
    const token = (await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo')).accessToken;
    spans.reset();
    const result = await postGraphQL(stack.gatewayUrl, TRAINER_OVERVIEW, {}, { token });
    expect(result.errors).toBeUndefined();
    expect(result.data.me.trainer.contracts.length).toBeGreaterThan(0);

    const finished = spans.getFinishedSpans();
    const roots = finished.filter((s) => s.attributes['fitflow.server'] === 'gateway');
    expect(roots).toHaveLength(1);
    const traceId = roots[0]!.spanContext().traceId;
    const inTrace = finished.filter((s) => s.spanContext().traceId === traceId);
    const servers = new Set(inTrace.map((s) => s.attributes['fitflow.server']).filter(Boolean));
    expect([...servers].sort()).toEqual(expect.arrayContaining(['gateway', 'identity', 'scheduling', 'studios']));
    expect(inTrace.some((s) => s.name === 'gateway.request')).toBe(true);
    expect(inTrace.filter((s) => s.name === 'gateway.fetch').length).toBeGreaterThanOrEqual(3);
    // Subgraph server spans are children of the gateway's fetch spans (the traceparent it sent).
    const fetchIds = new Set(inTrace.filter((s) => s.name === 'gateway.fetch').map((s) => s.spanContext().spanId));
    const subgraphSpans = inTrace.filter((s) => s.attributes['fitflow.server'] && s.attributes['fitflow.server'] !== 'gateway');
    for (const span of subgraphSpans) expect(fetchIds.has(span.parentSpanContext?.spanId ?? '')).toBe(true);
    const sql = inTrace.filter((s) => s.instrumentationScope.name === '@opentelemetry/instrumentation-pg' && s.name.startsWith('pg.query'));
    expect(sql.length).toBeGreaterThan(0);
    expect(sql.some((s) => /select/i.test(String(s.attributes['db.query.text'] ?? s.attributes['db.statement'] ?? '')))).toBe(true);

    const attributes = JSON.stringify(finished.map((s: ReadableSpan) => s.attributes));
    const maya = demoTrainer('maya');
    for (const secret of [token, 'maya@fitflow.demo', DEMO_PASSWORD, maya.id]) expect(attributes).not.toContain(secret);
    expect(attributes).not.toMatch(/"db\.query\.parameter|"db\.postgresql\.values/);
  });
});
