import { DEMO_PASSWORD } from '@fitflow/demo';
import { buildGateway } from '@fitflow/gateway';
import { gatewayKey, signGatewayCredential } from '@fitflow/kit';
import { OUTPUTS, ROOT } from '@fitflow/stack/compose';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { appTokenFor, demoStudio, demoTenant, graphql, postGraphQL, quietLog, signInThroughGateway, testEnv, testVerifier } from '@fitflow/testkit';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Third-party apps end to end, over real HTTP: Harbourfront's studio admin registers an app with
 * `schedule:read` and a timetable operation (through a development stack, where the admin signs in),
 * the app gets tokens at `POST /oauth/token` and runs its operation by id through a production stack;
 * what needs `clients:read` is refused at registration, at run time and directly at a subgraph;
 * rotated and revoked secrets and expired tokens are refused; the gateway reports usage to identity.
 */

let dev: InProcessStack;
let prod: InProcessStack;
/** A production gateway that verifies tokens with the test key (tokens signed here, e.g. expired ones). */
let testKeyGateway: string;
const stops: (() => Promise<unknown>)[] = [];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const harbourfront = () => demoStudio('harbourfront');
const tokenUrl = (stack: InProcessStack) => stack.gatewayUrl.replace(/\/graphql$/, '/oauth/token');

/** The studio website's operation: this studio's classes between two instants, with free places. */
const TIMETABLE =
  'query Timetable($studioId: ID!, $from: DateTime!, $to: DateTime!) { studio(id: $studioId) { name timeZone appointments(from: $from, to: $to, first: 50) { edges { node { startTime classType { name } placesLeft } } } } }';
/** The same, with who takes part: `Appointment.participants` needs `clients:read`. */
const WITH_PARTICIPANTS =
  'query TimetableWithClients($studioId: ID!, $from: DateTime!, $to: DateTime!) { studio(id: $studioId) { name appointments(from: $from, to: $to) { edges { node { startTime participants { id } } } } } }';

const RegisterApp = graphql(`
  mutation RegisterTimetableApp($input: RegisterAppInput!) {
    registerApp(input: $input) {
      clientSecret
      app {
        id
        clientId
        status
        scopes
        operations {
          id
          name
        }
      }
    }
  }
`);
const RotateSecret = graphql(`
  mutation RotateTimetableAppSecret($appId: ID!) {
    rotateAppSecret(appId: $appId) {
      clientSecret
    }
  }
`);
const RevokeApp = graphql(`
  mutation RevokeTimetableApp($appId: ID!) {
    revokeApp(appId: $appId) {
      status
    }
  }
`);
const AppUsage = graphql(`
  query TimetableAppUsage($id: ID!) {
    app(id: $id) {
      usage {
        operationName
        calls
        errors
      }
    }
  }
`);
const MyApps = graphql(`
  query MyAppNames {
    myApps {
      name
    }
  }
`);

/** This week around the demo's "now": the window the timetable asks for. */
function week() {
  const now = new Date(testEnv().now).getTime();
  return { from: new Date(now - 3 * 86_400_000).toISOString(), to: new Date(now + 11 * 86_400_000).toISOString() };
}

interface TokenAnswer {
  status: number;
  headers: Headers;
  body: { access_token?: string; token_type?: string; expires_in?: number; scope?: string; error?: string; error_description?: string };
}

/** POSTs a token request (form-encoded `params`, optional HTTP Basic credentials). */
async function requestToken(stack: InProcessStack, params: Record<string, string>, basic?: { id: string; secret: string }): Promise<TokenAnswer> {
  const response = await fetch(tokenUrl(stack), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(basic ? { authorization: `Basic ${Buffer.from(`${encodeURIComponent(basic.id)}:${encodeURIComponent(basic.secret)}`).toString('base64')}` } : {}),
    },
    body: new URLSearchParams(params).toString(),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** A token for the app by client id and secret (body form). @throws when the endpoint refuses */
async function appToken(stack: InProcessStack, clientId: string, clientSecret: string): Promise<string> {
  const answer = await requestToken(stack, { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
  if (!answer.body.access_token) throw new Error(`no token: ${JSON.stringify(answer.body)}`);
  return answer.body.access_token;
}

/** POSTs an operation by id to a gateway. */
async function byId(url: string, documentId: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ documentId, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
}

let admin: string;
let app: { id: string; clientId: string; secret: string; operationId: string };

beforeAll(async () => {
  const options = { urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL };
  dev = await startInProcessStack(options);
  prod = await startInProcessStack({ ...options, production: true });
  const gateway = buildGateway({
    supergraphSdl: readFileSync(resolve(ROOT, OUTPUTS.supergraph), 'utf8'),
    verifier: await testVerifier(),
    log: quietLog,
    subgraphUrls: prod.subgraphUrls,
    production: true,
    gatewaySecret: prod.gatewaySecret,
  });
  const listening = await gateway.listen(0);
  stops.push(listening.stop);
  testKeyGateway = listening.url;
  admin = (await signInThroughGateway(dev.gatewayUrl, 'studio@harbourfront.demo')).accessToken;
}, 180_000);
afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
  await prod?.stop();
  await dev?.stop();
});

describe('an app with schedule:read', () => {
  it('is registered by a studio admin with its timetable operation, and its secret is shown once', async () => {
    const manifest = JSON.stringify({ [sha256(TIMETABLE)]: TIMETABLE });
    const result = await postGraphQL(
      dev.gatewayUrl,
      RegisterApp,
      { input: { name: 'Harbourfront website', scopes: ['SCHEDULE_READ'], manifest, ownerScopeId: harbourfront().id } },
      { token: admin },
    );
    expect(result.errors).toBeUndefined();
    const registered = result.data!.registerApp;
    expect(registered.app).toMatchObject({ status: 'ACTIVE', scopes: ['SCHEDULE_READ'], operations: [{ id: sha256(TIMETABLE), name: 'Timetable' }] });
    expect(registered.clientSecret).toMatch(/^ffs_/);
    app = { id: registered.app.id, clientId: registered.app.clientId, secret: registered.clientSecret, operationId: registered.app.operations[0].id };
  });

  it('gets a token at /oauth/token with HTTP Basic, and with client_id and client_secret in the body', async () => {
    const basic = await requestToken(prod, { grant_type: 'client_credentials' }, { id: app.clientId, secret: app.secret });
    expect(basic.status).toBe(200);
    expect(basic.body).toMatchObject({ token_type: 'Bearer', expires_in: 600, scope: 'schedule:read' });
    expect(basic.body.access_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(basic.headers.get('cache-control')).toBe('no-store');
    expect(basic.headers.get('pragma')).toBe('no-cache');

    const body = await requestToken(prod, { grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.secret, scope: 'schedule:read' });
    expect(body.status).toBe(200);
    expect(body.body.scope).toBe('schedule:read');
  });

  it('runs its operation by id in production and reads the studio’s timetable', async () => {
    const token = await appToken(prod, app.clientId, app.secret);
    const answer = await byId(prod.gatewayUrl, app.operationId, { studioId: harbourfront().id, ...week() }, token);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const studio = answer.body.data.studio;
    expect(studio.name).toBe(harbourfront().name);
    expect(studio.timeZone).toMatch(/^America\//);
    expect(studio.appointments.edges.length).toBeGreaterThan(0);
    for (const { node } of studio.appointments.edges) {
      expect(Object.keys(node).sort()).toEqual(['classType', 'placesLeft', 'startTime']);
      expect(typeof node.placesLeft).toBe('number');
    }
  });

  it('runs only its own operations: a web app id is refused to it, and its id to a person', async () => {
    const token = await appToken(prod, app.clientId, app.secret);
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
    const webId = Object.keys(manifest).find((id) => manifest[id].includes('query StudioNavQuery'))!;
    const webByApp = await byId(prod.gatewayUrl, webId, {}, token);
    expect([webByApp.status, webByApp.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    expect(webByApp.body.errors?.[0].message).toMatch(/Your app has no registered operation with this id/);

    // The app's owner, signed in through the production gateway as the web app does (the login operation by id).
    const loginId = Object.keys(manifest).find((id) => manifest[id].includes('mutation LoginRouteMutation'))!;
    const login = await byId(prod.gatewayUrl, loginId, { input: { email: 'studio@harbourfront.demo', password: DEMO_PASSWORD } });
    const person = await byId(prod.gatewayUrl, app.operationId, { studioId: harbourfront().id, ...week() }, login.body.data.login.accessToken);
    expect([person.status, person.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const anonymous = await byId(prod.gatewayUrl, app.operationId, { studioId: harbourfront().id, ...week() });
    expect([anonymous.status, anonymous.body.errors?.[0].extensions.code]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
  });

  it('is refused an operation selecting a clients:read field at registration, listing the field, and nothing is stored', async () => {
    const manifest = JSON.stringify({ [sha256(TIMETABLE)]: TIMETABLE, [sha256(WITH_PARTICIPANTS)]: WITH_PARTICIPANTS });
    const result = await postGraphQL(
      dev.gatewayUrl,
      RegisterApp,
      { input: { name: 'Harbourfront roster', scopes: ['SCHEDULE_READ'], manifest, ownerScopeId: harbourfront().id } },
      { token: admin },
    );
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.manifest' });
    expect(result.errors?.[0].message).toContain('Appointment.participants');
    expect(result.errors?.[0].message).toContain('clients:read');
    expect(result.errors?.[0].message).not.toContain('Operation "Timetable"');
    const mine = await postGraphQL(dev.gatewayUrl, MyApps, {}, { token: admin });
    expect(mine.data!.myApps.map((a) => a.name)).not.toContain('Harbourfront roster');
  });

  it('is refused a clients:read field at run time (a free-form document in development)', async () => {
    const token = await appToken(dev, app.clientId, app.secret);
    const result = await postGraphQL(dev.gatewayUrl, WITH_PARTICIPANTS, { studioId: harbourfront().id, ...week() }, { token });
    const refusal = result.errors?.find((e) => e.extensions.code === 'FORBIDDEN');
    expect(refusal?.message).toMatch(/Appointment\.participants/);
    expect(refusal?.message).toContain('clients:read');
    expect(JSON.stringify(result.data ?? {})).not.toMatch(/"participants":\[\{/);
  });

  it('is refused a clients:read field directly at the subgraph, even with the gateway’s credential', async () => {
    const token = await appToken(prod, app.clientId, app.secret);
    const credential = await signGatewayCredential(gatewayKey(prod.gatewaySecret), { requestId: crypto.randomUUID(), ip: '127.0.0.1' });
    const query =
      'query($r: [_Any!]!, $from: DateTime!, $to: DateTime!) { _entities(representations: $r) { ... on Studio { appointments(from: $from, to: $to) { edges { node { id participants { id } } } } } } }';
    const result = await postGraphQL(
      prod.subgraphUrls.scheduling,
      query,
      { r: [{ __typename: 'Studio', id: harbourfront().id }], ...week() },
      { token, headers: { 'x-fitflow-gateway': credential } },
    );
    const refusal = result.errors?.find((e) => e.extensions.code === 'FORBIDDEN');
    expect(refusal?.message).toContain('clients:read');
    expect(result.text).not.toMatch(/"participants":\[\{/);
  });

  it('is refused a token for a wrong secret, a scope it was not granted, and an unknown scope', async () => {
    const wrong = await requestToken(prod, { grant_type: 'client_credentials' }, { id: app.clientId, secret: `${app.secret}x` });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    expect(wrong.headers.get('www-authenticate')).toBe('Basic realm="fitflow"');
    expect(JSON.stringify(wrong.body)).not.toContain(app.secret);

    const beyond = await requestToken(
      prod,
      { grant_type: 'client_credentials', scope: 'schedule:read clients:read' },
      { id: app.clientId, secret: app.secret },
    );
    expect([beyond.status, beyond.body.error]).toEqual([400, 'invalid_scope']);
    expect(beyond.body.error_description).toContain('clients:read');
    const unknown = await requestToken(prod, { grant_type: 'client_credentials', scope: 'everything' }, { id: app.clientId, secret: app.secret });
    expect([unknown.status, unknown.body.error]).toEqual([400, 'invalid_scope']);
    expect(unknown.body.error_description).toContain('schedule:read');
  });

  it('answers malformed token requests per RFC 6749 §5.2', async () => {
    const password = await requestToken(prod, { grant_type: 'password', username: 'x', password: 'y' });
    expect([password.status, password.body.error]).toEqual([400, 'unsupported_grant_type']);
    const missing = await requestToken(prod, {});
    expect([missing.status, missing.body.error]).toEqual([400, 'invalid_request']);
    const noClient = await requestToken(prod, { grant_type: 'client_credentials' });
    expect([noClient.status, noClient.body.error]).toEqual([401, 'invalid_client']);
    const json = await fetch(tokenUrl(prod), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect([json.status, ((await json.json()) as { error: string }).error]).toEqual([400, 'invalid_request']);
    const large = await requestToken(prod, { grant_type: 'client_credentials', client_id: app.clientId, client_secret: 'x'.repeat(5000) });
    expect([large.status, large.body.error]).toEqual([413, 'invalid_request']);
    const twice = await fetch(tokenUrl(prod), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&grant_type=client_credentials',
    });
    expect(((await twice.json()) as { error: string }).error).toBe('invalid_request');
    const get = await fetch(tokenUrl(prod));
    expect(get.status).toBe(405);
  });

  it('is refused with an expired token: UNAUTHENTICATED, before its operations are looked up', async () => {
    const owner = demoTenant().users.find((u) => u.email === 'studio@harbourfront.demo')!;
    const expired = (await appTokenFor(owner.id, owner.roles, app.id, ['schedule:read'], -60)).replace(/^Bearer /, '');
    const answer = await byId(testKeyGateway, app.operationId, { studioId: harbourfront().id, ...week() }, expired);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(answer.body.errors?.[0].message).toMatch(/expired/);
  });

  it('shows its usage to its owner after the gateway’s flush: calls and errors by operation', async () => {
    const token = await appToken(prod, app.clientId, app.secret);
    // Earlier tests' calls reach identity with the gateways' next flush (every 2 s): wait until the count is still.
    let before = await usageOf('Timetable');
    for (let settled = false; !settled;) {
      await new Promise((done) => setTimeout(done, 2_200));
      const again = await usageOf('Timetable');
      settled = again.calls === before.calls;
      before = again;
    }
    await byId(prod.gatewayUrl, app.operationId, { studioId: harbourfront().id, ...week() }, token);
    // `to` before `from`: the subgraph refuses it, an error in the answer.
    const refused = await byId(prod.gatewayUrl, app.operationId, { studioId: harbourfront().id, from: week().to, to: week().from }, token);
    expect(refused.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    let after = before;
    for (let waited = 0; waited < 8_000 && after.calls < before.calls + 2; waited += 500) {
      await new Promise((done) => setTimeout(done, 500));
      after = await usageOf('Timetable');
    }
    expect(after.calls).toBe(before.calls + 2);
    expect(after.errors).toBe(before.errors + 1);
  });

  it('is refused with a rotated secret, and the new one works', async () => {
    const rotated = await postGraphQL(dev.gatewayUrl, RotateSecret, { appId: app.id }, { token: admin });
    const secret = rotated.data!.rotateAppSecret.clientSecret;
    expect(secret).not.toBe(app.secret);
    const old = await requestToken(prod, { grant_type: 'client_credentials' }, { id: app.clientId, secret: app.secret });
    expect([old.status, old.body.error]).toEqual([401, 'invalid_client']);
    expect((await requestToken(prod, { grant_type: 'client_credentials' }, { id: app.clientId, secret })).status).toBe(200);
    app.secret = secret;
  });

  it('is refused a token once revoked', async () => {
    const revoked = await postGraphQL(dev.gatewayUrl, RevokeApp, { appId: app.id }, { token: admin });
    expect(revoked.data!.revokeApp.status).toBe('REVOKED');
    const answer = await requestToken(prod, { grant_type: 'client_credentials', client_id: app.clientId, client_secret: app.secret });
    expect([answer.status, answer.body.error]).toEqual([401, 'invalid_client']);
  });
});

describe('the token endpoint under attack', () => {
  it('answers 429 with Retry-After after repeated failed client authentications from one address', async () => {
    let answer: TokenAnswer | undefined;
    for (let attempt = 0; attempt < 12; attempt++) {
      answer = await requestToken(dev, { grant_type: 'client_credentials', client_id: `ffa_${'0'.repeat(32)}`, client_secret: `guess-${attempt}` });
      if (answer.status === 429) break;
      expect(answer.status).toBe(401);
    }
    expect(answer?.status).toBe(429);
    expect(Number(answer?.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

/** The Timetable line of the app's usage, as its owner sees it. */
async function usageOf(operationName: string): Promise<{ calls: number; errors: number }> {
  const result = await postGraphQL(dev.gatewayUrl, AppUsage, { id: app.id }, { token: admin });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const line = result.data.app.usage.find((u) => u.operationName === operationName);
  return { calls: line?.calls ?? 0, errors: line?.errors ?? 0 };
}
