import { buildGateway, type PersistedOperation } from '@fitflow/gateway';
import { createTokenVerifier, GATEWAY_CREDENTIAL_HEADER, SUBGRAPHS, type SubgraphName } from '@fitflow/kit';
import { OUTPUTS, ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTenant, postGraphQL, quietLog, signInThroughGateway, testEnv, UNKNOWN_ID, type HttpGraphQLResult } from '@fitflow/testkit';
import { parse } from 'graphql';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a client sees when things go wrong, through the real gateway and subgraphs (in-process, real
 * HTTP): the stack's own gateway (development mode), and a production-mode gateway in front of
 * recording proxies, which show what each subgraph was sent (or that it was sent nothing).
 */

let stack: InProcessStack;
const stops: (() => Promise<unknown>)[] = [];

/** A pass-through HTTP proxy in front of a subgraph that remembers the headers of what it forwarded. */
async function recordingProxy(target: string) {
  const seen: IncomingHttpHeaders[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push(req.headers);
    const forwarded = Object.fromEntries(
      ['authorization', 'content-type', 'x-forwarded-for', 'x-request-id', 'user-agent'].flatMap((h) => (req.headers[h] ? [[h, String(req.headers[h])]] : [])),
    );
    const answer = await fetch(target, { method: req.method, headers: forwarded, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  stops.push(() => new Promise((done) => server.close(done)));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, seen };
}

/** What a stand-in answers: an HTTP status, a content type (none when absent) and a body. */
interface StandInAnswer {
  status: number;
  contentType?: string;
  body: string;
}

/**
 * A stand-in for whatever answers at a subgraph's address (a load balancer with no instance left, a
 * proxy, a subgraph refusing a request): it answers every call with the answer last given to `answer`
 * and remembers what it was sent.
 */
async function standIn() {
  const calls: { headers: IncomingHttpHeaders; body: string }[] = [];
  let current: StandInAnswer = { status: 200, contentType: 'application/json', body: '{"data":null}' };
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    calls.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
    res.writeHead(current.status, current.contentType ? { 'content-type': current.contentType } : {});
    res.end(current.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  stops.push(() => new Promise((done) => server.close(done)));
  const answer = (next: StandInAnswer) => (current = next);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, calls, answer };
}

let production: { url: string; seen: Record<SubgraphName, IncomingHttpHeaders[]> };
/** A stand-in at the clients subgraph's address, and a trusting development gateway that calls it there. */
let clientsStandIn: Awaited<ReturnType<typeof standIn>> & { gatewayUrl: string };
/** The production gateway's safelist: the operations this test sends it. */
const safelist = new Map<string, PersistedOperation>();
/** A gateway that does not verify tokens itself, so that a subgraph's own HTTP 401 reaches it. */
let trusting: string;

async function startGateway(options: { production: boolean; subgraphUrls: Record<string, string>; verify: boolean }) {
  const verifier = createTokenVerifier({
    jwksUrl: stack.subgraphUrls.identity.replace(/\/graphql$/, '/.well-known/jwks.json'),
    issuer: 'fitflow-identity',
    audience: 'fitflow-api',
  });
  const gateway = buildGateway({
    supergraphSdl: readFileSync(resolve(ROOT, OUTPUTS.supergraph), 'utf8'),
    verifier: options.verify ? verifier : async () => null,
    log: quietLog,
    subgraphUrls: options.subgraphUrls,
    production: options.production,
    // Production executes persisted operations only: this test's, registered as it sends them (see `gql`).
    ...(options.production ? { persistedDocuments: safelist } : {}),
    // The stack's own secret: a production gateway refuses to start without one.
    gatewaySecret: stack.gatewaySecret,
  });
  const { url, stop } = await gateway.listen(0);
  stops.push(stop);
  return url;
}

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
  const proxies = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (name) => [name, await recordingProxy(stack.subgraphUrls[name])] as const)));
  production = {
    url: await startGateway({ production: true, verify: true, subgraphUrls: Object.fromEntries(SUBGRAPHS.map((n) => [n, proxies[n].url])) }),
    seen: Object.fromEntries(SUBGRAPHS.map((n) => [n, proxies[n].seen])) as Record<SubgraphName, IncomingHttpHeaders[]>,
  };
  trusting = await startGateway({ production: false, verify: false, subgraphUrls: stack.subgraphUrls });
  const clients = await standIn();
  clientsStandIn = {
    ...clients,
    gatewayUrl: await startGateway({ production: false, verify: false, subgraphUrls: { ...stack.subgraphUrls, clients: clients.url } }),
  };
}, 120_000);
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await stack?.stop();
});

/**
 * Sends an operation as a client of that gateway would: to the production gateway by id (after
 * putting it on the safelist, as `npm run codegen` does for the web app), to the others as text.
 */
async function gql(url: string, query: string, variables: Record<string, unknown> = {}, options: { token?: string; headers?: Record<string, string> } = {}) {
  if (url !== production.url) return postGraphQL(url, query, variables, options);
  const id = createHash('sha256').update(query).digest('hex');
  const definition = parse(query).definitions[0];
  safelist.set(id, { id, name: '', type: definition.kind === 'OperationDefinition' ? definition.operation : 'query', body: query });
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    body: JSON.stringify({ documentId: id, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, ...(JSON.parse(text) as Omit<HttpGraphQLResult, 'status' | 'text'>) };
}
const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
/** A demo user's token (signed in through the development gateway: tokens are the same for both). */
const login = async (_url: string, email: string) => (await signInThroughGateway(stack.gatewayUrl, email)).accessToken;
/** An email nobody has (a fresh one per call, so sign-in throttling never builds up). */
const nobody = () => `nobody-${crypto.randomUUID()}@example.com`;
/** A well-formed token signed by nobody FitFlow knows. */
const FORGED =
  'eyJhbGciOiJFZERTQSIsImtpZCI6InRlc3QifQ.eyJzdWIiOiI2ZjFjM2MyZS0wYjdlLTRmNTUtOWE4ZS02YzJmMWQwZTliMTEiLCJyb2xlcyI6W119.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';

/** Nothing about our servers in an answer: no internal URL, no relayed HTTP response, no service name. */
function expectNoInternals(result: { text: string }) {
  expect(result.text).not.toContain('http://');
  expect(result.text).not.toContain('https://');
  expect(result.text).not.toMatch(/"response"|serviceName|statusText|stacktrace/);
}

describe.each([
  ['the development gateway', () => stack.gatewayUrl],
  ['the production gateway', () => production.url],
])('errors through %s', (_name, gatewayUrl) => {
  it('an anonymous request for a protected field: UNAUTHENTICATED with the subgraph’s own message', async () => {
    const result = await gql(gatewayUrl(), '{ me { id email } }');
    expect(result.errors).toEqual([expect.objectContaining({ message: 'You must be signed in to do this.', extensions: { code: 'UNAUTHENTICATED' } })]);
    expectNoInternals(result);
  });

  it('a wrong password: "Email or password is incorrect."', async () => {
    const result = await gql(gatewayUrl(), LOGIN, { e: nobody(), p: 'not the password' });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Email or password is incorrect.', extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    ]);
    expectNoInternals(result);
  });

  it('repeated failed sign-ins: the wait crosses the gateway as itself, with when to retry', async () => {
    const email = nobody();
    let result = await gql(gatewayUrl(), LOGIN, { e: email, p: 'not the password' });
    for (let attempt = 1; attempt < 7 && !result.errors?.some((e) => e.extensions?.code === 'TOO_MANY_REQUESTS'); attempt++) {
      result = await gql(gatewayUrl(), LOGIN, { e: email, p: 'not the password' });
    }
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Too many sign-in attempts\. For your safety, please wait 30 seconds before trying again\./),
        extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 },
      }),
    ]);
    expectNoInternals(result);
  });

  it('bad input: BAD_USER_INPUT naming the field', async () => {
    const token = await login(gatewayUrl(), 'maya@fitflow.demo');
    const studio = demoTenant().studios.find((s) => s.key === 'harbourfront')!;
    const result = await gql(
      gatewayUrl(),
      `{ studio(id: "${studio.id}") { appointments(from: "2026-13-45T00:00:00Z", to: "2026-12-01T00:00:00Z") { edges { cursor } } } }`,
      {},
      { token },
    );
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^from must be /), extensions: { code: 'BAD_USER_INPUT', field: 'from' } }),
    ]);
    expectNoInternals(result);
  });

  it('an unknown id: NOT_FOUND', async () => {
    const token = await login(gatewayUrl(), 'liam@fitflow.demo');
    const result = await gql(gatewayUrl(), '{ client(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, { token });
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Client not found.', extensions: { code: 'NOT_FOUND' } })]);
    expectNoInternals(result);
  });

  it('a forged token: HTTP 401, UNAUTHENTICATED', async () => {
    const result = await gql(gatewayUrl(), '{ me { id } }', {}, { token: FORGED });
    expect(result.status).toBe(401);
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Your access token is not valid. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expectNoInternals(result);
  });
});

describe('a subgraph refusing a request with an HTTP error status', () => {
  it('reaches the client as the subgraph’s own error, not as "401: Unauthorized" with its URL', async () => {
    // The trusting gateway lets the forged token through: each subgraph answers HTTP 401 itself.
    const result = await gql(trusting, '{ me { id } }', {}, { token: FORGED });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: 'Your access token is not valid. Sign in again.', extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expectNoInternals(result);
  });
});

describe('what answers at a subgraph’s address decides what the client sees', () => {
  const CLIENT = `{ client(id: "${UNKNOWN_ID}") { id } }`;
  const UNAVAILABLE = [
    expect.objectContaining({ message: expect.stringMatching(/try again/i), extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }) }),
  ];
  const INTERNAL = [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', traceId: expect.any(String) } }];
  const cases: [string, StandInAnswer, unknown[]][] = [
    [
      'a load balancer with no instance left: 503 and an HTML page → SERVICE_UNAVAILABLE',
      { status: 503, contentType: 'text/html', body: '<h1>no healthy upstream at 10.0.0.7</h1>' },
      UNAVAILABLE,
    ],
    ['a proxy’s 502 without a body → SERVICE_UNAVAILABLE', { status: 502, body: '' }, UNAVAILABLE],
    [
      'the subgraph refusing a bad variable: 400 with its GraphQL errors → those errors, relayed',
      {
        status: 400,
        contentType: 'application/graphql-response+json; charset=utf-8',
        body: JSON.stringify({ errors: [{ message: 'Variable "$id" got invalid value 7.', extensions: { code: 'BAD_USER_INPUT' } }] }),
      },
      [expect.objectContaining({ message: 'Variable "$id" got invalid value 7.', extensions: { code: 'BAD_USER_INPUT' } })],
    ],
    ['a 500 without a GraphQL body → an internal error, its body not shown', { status: 500, contentType: 'text/plain', body: 'boom at 10.0.0.7' }, INTERNAL],
    ['a 200 that is not JSON → an internal error, its body not shown', { status: 200, contentType: 'text/html', body: '<h1>boom at 10.0.0.7</h1>' }, INTERNAL],
  ];
  it.each(cases)('%s', async (_name, answer, errors) => {
    clientsStandIn.answer(answer);
    const result = await gql(clientsStandIn.gatewayUrl, CLIENT);
    expect(result.errors).toEqual(errors);
    expect(result.text).not.toMatch(/10\.0\.0\.7|boom|upstream/);
    expectNoInternals(result);
  });

  it('is sent one POST: the operation as JSON, with the caller’s token, user agent and address, and the gateway’s request id and credential', async () => {
    clientsStandIn.answer({ status: 200, contentType: 'application/json', body: JSON.stringify({ data: { client: { id: UNKNOWN_ID } } }) });
    const before = clientsStandIn.calls.length;
    const response = await fetch(clientsStandIn.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${FORGED}`, 'user-agent': 'FitFlowTest/1.0', 'x-forwarded-for': '203.0.113.7' },
      body: JSON.stringify({ query: CLIENT }),
    });
    expect(await response.json()).toEqual({ data: { client: { id: UNKNOWN_ID } } });
    expect(clientsStandIn.calls.length).toBe(before + 1);
    const call = clientsStandIn.calls.at(-1)!;
    expect(call.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: `Bearer ${FORGED}`,
      'user-agent': 'FitFlowTest/1.0',
      'x-forwarded-for': '127.0.0.1',
      'x-request-id': response.headers.get('x-request-id'),
      [GATEWAY_CREDENTIAL_HEADER]: expect.any(String),
    });
    expect(JSON.parse(call.body)).toEqual({ query: `{client(id:"${UNKNOWN_ID}"){id}}`, variables: {} });
  });
});

describe('bad input stops at the gateway', () => {
  const quiet = () => Object.values(production.seen).reduce((n, seen) => n + seen.length, 0);
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'an invalid DateTime literal',
      '{ me { trainer { appointments(from: "2026-02-30T10:00:00Z", to: "2026-12-01T00:00:00Z") { edges { cursor } } } } }',
      {},
      'from',
    ],
    [
      'an invalid DateTime variable',
      'query($from: DateTime!) { me { trainer { appointments(from: $from, to: "2026-12-01T00:00:00Z") { edges { cursor } } } } }',
      { from: 'tomorrow' },
      'from',
    ],
    [
      'paymentDate "2026-02-30"',
      'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }',
      { i: { invoiceId: UNKNOWN_ID, amount: '1.00', paymentDate: '2026-02-30', paymentMethod: 'CASH' } },
      'paymentDate',
    ],
    ['a NUL in a string literal', '{ clients(search: "Em\\u0000ma") { edges { cursor } } }', {}, 'search'],
    [
      'a NUL in a nested variable',
      'mutation($i: CreateClientInput!) { createClient(input: $i) { id } }',
      { i: { firstName: 'Ada\u0000', lastName: 'Lovelace' } },
      'firstName',
    ],
  ];
  it.each(cases)('%s: BAD_USER_INPUT naming the field, and no subgraph is asked', async (_name, query, variables, field) => {
    const token = await login(production.url, 'maya@fitflow.demo');
    const before = quiet();
    const result = await gql(production.url, query, variables, { token });
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(new RegExp(`^${field} `)), extensions: { code: 'BAD_USER_INPUT', field } }),
    ]);
    expect(quiet()).toBe(before);
    expectNoInternals(result);
  });

  it('a forged cursor: BAD_USER_INPUT from the subgraph, relayed as it is', async () => {
    const token = await login(production.url, 'studio@harbourfront.demo');
    const studio = demoTenant().studios.find((s) => s.key === 'harbourfront')!;
    const after = Buffer.from(JSON.stringify(['2026-99-99', '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11'])).toString('base64url');
    const result = await gql(
      production.url,
      'query($id: ID!, $after: String) { studio(id: $id) { invoices(after: $after) { edges { cursor } } } }',
      { id: studio.id, after },
      { token },
    );
    expect(result.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } })]);
    expectNoInternals(result);
  });
});

describe('the gateway forwards the caller’s network address', () => {
  it('as X-Forwarded-For: the address the gateway saw, never a chain the caller wrote (no proxy of ours is trusted here)', async () => {
    const seen = production.seen.identity;
    await gql(production.url, LOGIN, { e: nobody(), p: 'not the password' }, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(seen.at(-1)?.['x-forwarded-for']).toBe('127.0.0.1');
    await gql(production.url, LOGIN, { e: nobody(), p: 'not the password' });
    expect(seen.at(-1)?.['x-forwarded-for']).toBe('127.0.0.1');
  });
});

describe('production mode does not map the schema for an attacker', () => {
  it('gives no field suggestions', async () => {
    const result = await gql(production.url, '{ mee { id } }');
    expect(result.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
    const enumValue = await gql(production.url, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { id } }', {
      i: { invoiceId: UNKNOWN_ID, amount: '1.00', paymentDate: '2026-02-03', paymentMethod: 'CHEQUES' },
    });
    expect(enumValue.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(enumValue.text).not.toMatch(/Did you mean/);
  });

  it('serves no landing page (the development gateway’s names the server version)', async () => {
    const page = async (url: string) => (await fetch(url, { headers: { accept: 'text/html' } })).text();
    expect(await page(stack.gatewayUrl)).toMatch(/@apollo\/server@\d/);
    const body = await page(production.url);
    expect(body).not.toMatch(/<html|@apollo\/server@|Apollo Server/i);
  });

  it('answers no introspection', async () => {
    const result = await gql(production.url, '{ __schema { types { name } } }');
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0].message).toMatch(/introspection is not allowed/i);
  });

  it('while the development gateway still helps a developer', async () => {
    const result = await gql(stack.gatewayUrl, '{ mee { id } }');
    expect(result.errors?.[0].message).toMatch(/Did you mean "me"\?/);
  });

  it('and no subgraph suggests fields, whatever the mode', async () => {
    const token = await login(production.url, 'maya@fitflow.demo');
    const result = await gql(stack.subgraphUrls.identity, '{ mee { id } }', {}, { token });
    expect(result.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
  });
});
