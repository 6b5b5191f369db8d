import type { GatewayOptions } from '@fitflow/gateway';
import { ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoEmma, demoTrainer, postGraphQL, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The gateway's request policy over real HTTP, before any subgraph is called: request limits, rate
 * limits, batching, GET, CSRF, CORS, security headers, trusted proxies and request ids. The stack runs
 * in development mode (free-form documents), with the default request limits and small rate limits;
 * extra gateways over the same subgraphs sit "behind a proxy" (127.0.0.1 trusted) and without a cost limit.
 */

const ALLOWED_ORIGIN = 'https://app.fitflow.test';
let stack: InProcessStack;
let behindProxy: string;
let noCostLimit: string;
let db: pg.Client;

/** Another gateway over the stack's subgraphs, its rate limits counted in Redis under a prefix of its own. */
const extraGateway = (options: Partial<GatewayOptions>) =>
  stack.anotherGateway({ redisUrl: process.env.REDIS_URL, rateLimitKeyPrefix: `fitflow-policy-test-${randomBytes(4).toString('hex')}:`, ...options });

beforeAll(async () => {
  stack = await startInProcessStack({
    urls: testEnv().appUrls,
    log: quietLog,
    redisUrl: process.env.REDIS_URL,
    gateway: {
      corsOrigins: [ALLOWED_ORIGIN],
      rateLimits: { perUser: 5, loginsPerAccount: 5, perIp: 10_000, loginsPerIp: 10_000 },
    },
  });
  behindProxy = await extraGateway({ trustedProxies: ['127.0.0.1', '10.0.0.0/8'], rateLimits: { perIp: 4 } });
  noCostLimit = await extraGateway({ limits: { maxCost: Number.MAX_SAFE_INTEGER }, rateLimits: false });
  db = new pg.Client({ connectionString: testEnv().urls.clients });
  await db.connect();
}, 120_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const gql = (query: string, variables: Record<string, unknown> = {}, options: { token?: string; headers?: Record<string, string>; url?: string } = {}) =>
  postGraphQL(options.url ?? stack.gatewayUrl, query, variables, options);
const tokens = new Map<string, string>();
/** A demo trainer's access token from `url`'s gateway, signed in once per test file (sign-ins are rate limited too). */
async function signIn(key: string, url = stack.gatewayUrl) {
  const known = tokens.get(`${key} ${url}`);
  if (known) return known;
  const token = (await signInThroughGateway(url, demoTrainer(key).email)).accessToken;
  tokens.set(`${key} ${url}`, token);
  return token;
}
const nobody = () => `nobody-${randomUUID()}@example.com`;

/** A refusal before execution: the status, one error with `code`, and no data. */
function expectRefused(
  result: { status: number; errors?: { message: string; extensions: Record<string, unknown> }[]; data?: unknown },
  status: number,
  code: string,
) {
  expect(result.status).toBe(status);
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions.code).toBe(code);
  expect(result.data).toBeUndefined();
  return result.errors![0];
}

/** `studios { parentStudio { parentStudio … { id } } }`: `levels` levels of selections. */
const nested = (levels: number) => `{ studios { ${'parentStudio { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

describe('request limits: HTTP 400 with a code and a message saying the limit and what was found', () => {
  it('depth: 12 levels pass, 13 are refused', async () => {
    const token = await signIn('maya');
    expect((await gql(nested(12), {}, { token })).status).toBe(200);
    const error = expectRefused(await gql(nested(13), {}, { token }), 400, 'MAX_DEPTH_EXCEEDED');
    expect(error.message).toMatch(/depth limit of 12 exceeded, found 13/);
    expect(error.extensions.limit).toBe(12);
  });

  it('aliases: 15 pass, 16 are refused', async () => {
    const token = await signIn('maya');
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await gql(aliases(15), {}, { token })).status).toBe(200);
    const error = expectRefused(await gql(aliases(16), {}, { token }), 400, 'MAX_ALIASES_EXCEEDED');
    expect(error.message).toMatch(/limit of 15 exceeded, found 16/);
  });

  it('directives: 10 pass, 11 are refused', async () => {
    const directives = (n: number) => `{ ${'... on Query @include(if: true) { __typename } '.repeat(n)}}`;
    expect((await gql(directives(10))).status).toBe(200);
    const error = expectRefused(await gql(directives(11)), 400, 'MAX_DIRECTIVES_EXCEEDED');
    expect(error.message).toMatch(/limit of 10 exceeded, found 11/);
  });

  it('tokens: a 60,000-token document is refused without being parsed to the end; a body over 1.2 MB is refused for its size', async () => {
    const sixtyThousand = `query($v: ${'['.repeat(29_997)}Int${']'.repeat(29_997)}) { __typename }`;
    const error = expectRefused(await gql(sixtyThousand), 400, 'MAX_TOKENS_EXCEEDED');
    expect(error.message).toBe('The document has more than 2000 tokens, the most accepted: send a smaller operation.');
    const tooLarge = await gql(`{ ${'__typename '.repeat(120_000)}}`);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.errors?.[0].message).toBe('Request body is too large (at most 1200000 bytes).');
    // An app's 500 KB manifest, escaped into registerApp's variables, still fits.
    const manifestSized = await gql('{ __typename }', { manifest: '"'.repeat(500_000) });
    expect(manifestSized.status).toBe(200);
  });

  it('a syntax error: 400 GRAPHQL_PARSE_FAILED with the parser’s message', async () => {
    const error = expectRefused(await gql('{ me { id '), 400, 'GRAPHQL_PARSE_FAILED');
    expect(error.message).toMatch(/^Syntax Error: Expected Name, found <EOF>\./);
  });

  it('cost: the measured attack (a 300-byte nested query answering 700 KB) is refused; the same gateway without a cost limit answers it', async () => {
    const now = new Date(testEnv().now).getTime();
    const from = new Date(now - 46 * 86_400_000).toISOString();
    const to = new Date(now + 46 * 86_400_000).toISOString();
    const attack =
      `{studios{appointments(first:100,from:"${from}",to:"${to}"){edges{node{id participants{client{id displayName ` +
      'upcomingAppointments(first:50){id startTime endTime participants{client{id displayName}}}}}}}}}}';
    expect(attack.length).toBeLessThan(300);

    const answered = await gql(attack, {}, { token: await signIn('maya', noCostLimit), url: noCostLimit });
    expect(answered.status).toBe(200);
    expect(answered.text.length).toBeGreaterThan(500_000);

    const error = expectRefused(await gql(attack, {}, { token: await signIn('maya') }), 400, 'COST_LIMIT_EXCEEDED');
    expect(error.message).toMatch(/^The operation would cost about [\d,]+, above the limit of 50,000: each object counts 1, multiplied by the sizes/);
    expect(error.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', limit: 50_000, cost: expect.any(Number) });
    expect(error.extensions.cost).toBeGreaterThan(1_000_000);
  });

  it('the web app’s heaviest page (invoices of a team, 100 per trainer) is within the cost limit', async () => {
    const invoice = '{ id balanceDue client { id displayName } studio { id name } creditedInvoice { id } }';
    const query = `{ me { trainer { invoices(first: 100) { edges { node ${invoice} } } teamTrainers { invoices(first: 100) { edges { node ${invoice} } } } } } }`;
    const result = await gql(query, {}, { token: await signIn('maya') });
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });
});

describe('one operation per request, GET for queries only, CSRF prevention', () => {
  it('refuses a batch (a JSON array body) with 400 BATCHING_NOT_SUPPORTED', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      {
        message: 'Batched requests are not accepted: send one operation per request (a JSON object, not an array).',
        extensions: { code: 'BATCHING_NOT_SUPPORTED' },
      },
    ]);
  });

  it('answers a query over GET and refuses a mutation over GET with 405', async () => {
    const get = (query: string) => fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, { headers: { 'apollo-require-preflight': 'true' } });
    const query = await get('{ __typename }');
    expect(query.status).toBe(200);
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
    const mutation = await get(`mutation { login(input: { email: "${nobody()}", password: "whatever-password" }) { accessToken } }`);
    expect(mutation.status).toBe(405);
  });

  it('refuses what a form or a simple cross-site request can send: text/plain, a form POST, a GET without a preflight header', async () => {
    const csrf = /Cross-Site Request Forgery/;
    const plain = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(csrf);
    const formWithJson = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(formWithJson.status).toBe(400);
    expect(await formWithJson.text()).toMatch(csrf);
    const form = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect(form.status).toBe(400);
    const simpleGet = await fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(csrf);
  });
});

describe('CORS: an allowlist, never *', () => {
  const preflight = (origin: string) =>
    fetch(stack.gatewayUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });

  it('grants an allowed origin, by name, in the preflight and the answer', async () => {
    const answer = await preflight(ALLOWED_ORIGIN);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(answer.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(answer.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const result = await gql('{ __typename }', {}, { headers: { origin: ALLOWED_ORIGIN } });
    expect(result.status).toBe(200);
  });

  it('gives a foreign origin no grant at all', async () => {
    const answer = await preflight('https://evil.example');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-methods')).toBeNull();
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/Origin/);
  });
});

describe('headers on every answer', () => {
  const expectSecurityHeaders = (headers: Headers) => {
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  };
  const post = (url: string, headers: Record<string, string> = {}, query = '{ __typename }') =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('security headers and no-store on answers, refusals, health, and the plain routes; no HSTS over plain HTTP', async () => {
    const token = await signIn('maya');
    const answers = [
      await post(stack.gatewayUrl, { authorization: `Bearer ${token}` }, '{ me { id } }'),
      await post(stack.gatewayUrl, {}, '{ me { id '),
      await post(stack.gatewayUrl, { authorization: 'Bearer not-a-token' }, '{ me { id } }'),
      await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/health')),
      await fetch(stack.gatewayUrl.replace(/\/graphql$/, `/calendar/${'x'.repeat(43)}.ics`)),
      await fetch(stack.gatewayUrl.replace(/\/graphql$/, `/documents/invoices/nothing.pdf`)),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 401, 200, 404, 404]);
    for (const answer of answers) {
      expectSecurityHeaders(answer.headers);
      expect(answer.headers.get('cache-control')).toMatch(/no-store/);
      expect(answer.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('HSTS only when a trusted proxy says the request came over TLS', async () => {
    const viaTls = await post(behindProxy, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.200' });
    expect(viaTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const claimed = await post(stack.gatewayUrl, { 'x-forwarded-proto': 'https' });
    expect(claimed.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('who is calling: trusted proxies and request ids', () => {
  /** Maya reads Emma's record (an access-log row in the clients subgraph) with `headers`; returns the gateway's request id and the row. */
  async function readEmma(url: string, headers: Record<string, string>) {
    const token = await signIn('maya', url);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify({ query: 'query($id: ID!) { client(id: $id) { id displayName } }', variables: { id: demoEmma().id } }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get('x-request-id')!;
    const { rows } = await db.query('select host(ip_address) as ip, request_id from clients.access_log where request_id = $1', [requestId]);
    return { requestId, rows: rows as { ip: string; request_id: string }[] };
  }

  it('ignores X-Forwarded-For and X-Request-Id from a peer that is not a trusted proxy', async () => {
    const forgedId = randomUUID();
    const { requestId, rows } = await readEmma(stack.gatewayUrl, { 'x-forwarded-for': '203.0.113.66', 'x-request-id': forgedId });
    expect(requestId).not.toBe(forgedId);
    expect(rows).toEqual([{ ip: '127.0.0.1', request_id: requestId }]);
    const { rows: forged } = await db.query('select 1 from clients.access_log where request_id = $1', [forgedId]);
    expect(forged).toEqual([]);
  });

  it('behind a trusted proxy: the right-most address that is not one of ours', async () => {
    const { rows } = await readEmma(behindProxy, { 'x-forwarded-for': '6.6.6.6, 203.0.113.67, 10.1.2.3' });
    expect(rows.map((r) => r.ip)).toEqual(['203.0.113.67']);
  });
});

describe('rate limits: 429 RATE_LIMITED with Retry-After, before any subgraph', () => {
  it('per person: the sixth request in the window is refused, saying when to retry', async () => {
    const token = await signIn('liam');
    for (let i = 0; i < 5; i++) expect((await gql('{ me { id } }', {}, { token })).status).toBe(200);
    const refused = await gql('{ me { id } }', {}, { token });
    const error = expectRefused(refused, 429, 'RATE_LIMITED');
    expect(error.message).toMatch(/^Too many requests for this account: at most 5 per 60 seconds\. Try again in \d+ seconds?\.$/);
    expect(error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Others are not affected.
    expect((await gql('{ me { id } }', {}, { token: await signIn('sofia') })).status).toBe(200);
  });

  it("the web app's own operations, by id, have a person's higher limit; free-form documents the lower one", async () => {
    const token = await signIn('noah');
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
    const [shellId] = Object.entries(manifest).find(([, text]) => text.startsWith('query AppShellQuery'))!;
    for (let i = 0; i < 5; i++) expect((await gql('{ me { id } }', {}, { token })).status).toBe(200);
    expectRefused(await gql('{ me { id } }', {}, { token }), 429, 'RATE_LIMITED');
    for (let i = 0; i < 8; i++) {
      const byId = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ documentId: shellId }),
      });
      expect(byId.status).toBe(200);
    }
  });

  it("per app: an app's requests count in its own bucket, and the refusal names the app", async () => {
    const appLimited = await extraGateway({ rateLimits: { perApp: 3, perUser: 1_000, perIp: 10_000 } });
    const admin = (await signInThroughGateway(stack.gatewayUrl, 'studio@harbourfront.demo')).accessToken;
    const manifest = readFileSync(resolve(ROOT, 'docs/examples/studio-timetable.manifest.json'), 'utf8');
    const registered = await gql(
      'mutation($i: RegisterAppInput!) { registerApp(input: $i) { clientSecret app { clientId } } }',
      { i: { name: `Rate ${randomUUID().slice(0, 6)}`, scopes: ['SCHEDULE_READ'], manifest } },
      { token: admin },
    );
    const { app, clientSecret } = registered.data.registerApp;
    const grant = await fetch(appLimited.replace(/\/graphql$/, '/oauth/token'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: app.clientId, client_secret: clientSecret }).toString(),
    });
    const token = ((await grant.json()) as { access_token: string }).access_token;
    const studio = '{ studios { id } }';
    for (let i = 0; i < 3; i++) expect((await gql(studio, {}, { token, url: appLimited })).status).toBe(200);
    const error = expectRefused(await gql(studio, {}, { token, url: appLimited }), 429, 'RATE_LIMITED');
    expect(error.message).toMatch(/^Too many requests for this app: at most 3 per 60 seconds\./);
  });

  it('per address, as the trusted proxy reports it: the fifth request from one address is refused, another address goes on', async () => {
    const from = (address: string) => gql('{ __typename }', {}, { url: behindProxy, headers: { 'x-forwarded-for': address } });
    for (let i = 0; i < 4; i++) expect((await from('198.51.100.7')).status).toBe(200);
    const error = expectRefused(await from('198.51.100.7'), 429, 'RATE_LIMITED');
    expect(error.message).toMatch(/^Too many requests from this address: at most 4 per 60 seconds\./);
    expect((await from('198.51.100.8')).status).toBe(200);
  });

  it('sign-ins count per login field: ten aliased logins in one request are ten attempts on the account', async () => {
    const email = nobody();
    const logins = (n: number, address = email) =>
      `mutation { ${Array.from({ length: n }, (_, i) => `l${i}: login(input: { email: "${address}", password: "not the password" }) { accessToken }`).join(' ')} }`;
    const error = expectRefused(await gql(logins(10)), 429, 'RATE_LIMITED');
    expect(error.message).toMatch(/^Too many sign-in attempts for this account: at most 5 in 15 minutes\. Try again in \d+ seconds?\.$/);

    // Counted per account, whatever the spelling of the email, in variables as inline: 3 + 2 reach the limit of 5.
    const other = nobody();
    const three = await gql(logins(3, other.toUpperCase()));
    expect(three.status).toBe(200);
    expect(three.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const viaVariables =
      'mutation($e: String!) { a: login(input: { email: $e, password: "x" }) { accessToken } b: login(input: { email: $e, password: "y" }) { accessToken } }';
    expect((await gql(viaVariables, { e: ` ${other} ` })).status).toBe(200);
    expectRefused(await gql(viaVariables, { e: other }), 429, 'RATE_LIMITED');
    // The holder's own device (it carries its deviceToken) is not locked out by attempts from elsewhere.
    expect((await gql(logins(1))).status).toBe(429);
    const fromDevice = `mutation { login(input: { email: "${email}", password: "not the password", deviceToken: "${randomUUID()}" }) { accessToken } }`;
    expect((await gql(fromDevice)).status).toBe(200);
    // Another account is not affected.
    expect((await gql(logins(1, nobody()))).status).toBe(200);
  });

  it('a request with an invalid token is answered UNAUTHENTICATED as before (it counts for its address)', async () => {
    const result = await gql('{ me { id } }', {}, { token: 'not-a-token' });
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
