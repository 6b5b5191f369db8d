import { DEMO_PASSWORD } from '@fitflow/demo';
import { GATEWAY_CREDENTIAL_HEADER, gatewayKey, SUBGRAPHS, signGatewayCredential, type SubgraphName } from '@fitflow/kit';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTenant, demoTrainer, graphql, postGraphQL, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * Who may call a subgraph (docs/security.md, Deployment: only the gateway is public): in production
 * only the gateway, proven by its signed credential; and in any mode the caller's address and request
 * id in the audit trail are the gateway's, never headers a caller wrote.
 */

const LOGIN = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
const SDL = '{ _service { sdl } }';
const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }';
const DOOR_SHUT = { message: 'This service answers the FitFlow gateway only.', extensions: { code: 'UNAUTHENTICATED' } };
/** A subgraph's plain route beside its GraphQL endpoint. */
const routeOf = (graphqlUrl: string, path: string) => graphqlUrl.replace(/\/graphql$/, path);

/** A client of Maya's (her own, so she reads it directly). */
const mayasClient = () => demoTenant().clients.find((c) => c.trainerId === demoTrainer('maya').id)!;

describe('in production, a subgraph answers the gateway only', () => {
  let stack: InProcessStack;
  /** The gateway's credential for one request, signed with the stack's real secret. */
  const credential = (secret = stack.gatewaySecret) => signGatewayCredential(gatewayKey(secret), { requestId: `door-${randomUUID()}`, ip: '127.0.0.1' });
  let token: string;

  beforeAll(async () => {
    stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL, production: true });
    // Signed in at identity as the gateway would ask it (the production gateway runs persisted operations only).
    const login = await postGraphQL(
      stack.subgraphUrls.identity,
      LOGIN,
      { e: 'maya@fitflow.demo', p: DEMO_PASSWORD },
      { headers: { [GATEWAY_CREDENTIAL_HEADER]: await credential() } },
    );
    expect(login.errors).toBeUndefined();
    token = login.data.login.accessToken;
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
  });

  it.each(SUBGRAPHS)('%s: no credential, a valid user token → 401 UNAUTHENTICATED, for _service { sdl } and _entities too', async (name: SubgraphName) => {
    for (const [query, variables] of [
      [SDL, {}],
      [ENTITIES, { r: [{ __typename: name === 'clients' ? 'Client' : 'Trainer', id: demoTrainer('maya').id }] }],
    ] as const) {
      const answer = await postGraphQL(stack.subgraphUrls[name], query, variables, { token });
      expect(answer.status).toBe(401);
      expect(answer.data ?? null).toBeNull();
      expect(answer.errors).toEqual([expect.objectContaining(DOOR_SHUT)]);
      expect(answer.text).not.toContain('type Query');
    }
  });

  it.each(SUBGRAPHS)('%s: a forged credential (wrong secret, expired, not a token) → 401', async (name: SubgraphName) => {
    const wrongSecret = await credential(randomUUID() + randomUUID());
    vi.useFakeTimers({ toFake: ['Date'] });
    let expired: string;
    try {
      vi.setSystemTime(Date.now() - 5 * 60_000);
      expired = await credential();
    } finally {
      vi.useRealTimers();
    }
    for (const forged of [wrongSecret, expired, 'not-a-credential']) {
      const answer = await postGraphQL(stack.subgraphUrls[name], SDL, {}, { token, headers: { [GATEWAY_CREDENTIAL_HEADER]: forged } });
      expect(answer.status).toBe(401);
      expect(answer.errors).toEqual([expect.objectContaining(DOOR_SHUT)]);
    }
  });

  it.each(SUBGRAPHS)('%s: the real credential and a user token → answered', async (name: SubgraphName) => {
    const answer = await postGraphQL(stack.subgraphUrls[name], SDL, {}, { token, headers: { [GATEWAY_CREDENTIAL_HEADER]: await credential() } });
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data._service.sdl).toContain('type Query');
  });

  it('identity’s JWKS (public keys, which every service verifies tokens with) stays open to all, and holds no private key', async () => {
    const answer = await fetch(routeOf(stack.subgraphUrls.identity, '/.well-known/jwks.json'));
    expect(answer.status).toBe(200);
    const { keys } = (await answer.json()) as { keys: Record<string, unknown>[] };
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  it('the calendar-feed and invoice-document routes refuse a direct call without the credential, and open for the gateway', async () => {
    const routes = [routeOf(stack.subgraphUrls.scheduling, '/internal/calendar-feed'), routeOf(stack.subgraphUrls.finance, '/internal/invoice-document')];
    for (const url of routes) {
      const direct = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: 'x'.repeat(43) }) });
      expect(direct.status).toBe(401);
      expect(await direct.json()).toEqual({ errors: [DOOR_SHUT] });
      const forged = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: await credential(randomUUID() + randomUUID()) },
        body: JSON.stringify({ token: 'x'.repeat(43) }),
      });
      expect(forged.status).toBe(401);
      // The gateway's call gets through the door (and the unknown token its ordinary 404).
      const vouched = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_CREDENTIAL_HEADER]: await credential() },
        body: JSON.stringify({ token: 'x'.repeat(43) }),
      });
      expect(vouched.status).toBe(404);
    }
  });
});

const PHI_READ = graphql(`
  query DoorClientRead($id: ID!) {
    client(id: $id) {
      id
      firstName
    }
  }
`);

describe('in development, the audit trail keeps the gateway’s facts, not the caller’s headers', () => {
  let stack: InProcessStack;
  let clients: pg.Client;
  let token: string;

  beforeAll(async () => {
    stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL, production: false });
    clients = new pg.Client({ connectionString: testEnv().urls.clients });
    await clients.connect();
    token = (await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo')).accessToken;
  }, 120_000);
  afterAll(async () => {
    await clients?.end();
    await stack?.stop();
  });

  /** The newest access-log row of Maya reading her client (owner connection). */
  async function newestRead(): Promise<{ ip: string | null; request_id: string }> {
    const { rows } = await clients.query(
      `select host(ip_address) as ip, request_id from clients.access_log
        where user_id = $1 and resource_id = $2 order by created_at desc limit 1`,
      [demoTrainer('maya').id, mayasClient().id],
    );
    return rows[0];
  }

  it('a forged X-Forwarded-For and X-Request-Id sent through the gateway: the access log has the real peer and a request id of the gateway’s', async () => {
    const forgedId = `forged-${randomUUID()}`;
    const answer = await postGraphQL(
      stack.gatewayUrl,
      PHI_READ,
      { id: mayasClient().id },
      { token, headers: { 'x-forwarded-for': '203.0.113.66', 'x-request-id': forgedId } },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.client.id).toBe(mayasClient().id);
    const row = await newestRead();
    expect(row.ip).toBe('127.0.0.1');
    expect(row.request_id).not.toBe(forgedId);
  });

  it('the same headers sent straight to the clients subgraph are not believed either', async () => {
    const forgedId = `forged-${randomUUID()}`;
    const answer = await postGraphQL(
      stack.subgraphUrls.clients,
      PHI_READ,
      { id: mayasClient().id },
      { token, headers: { 'x-forwarded-for': '203.0.113.66', 'x-request-id': forgedId } },
    );
    expect(answer.errors).toBeUndefined();
    const row = await newestRead();
    expect(row.ip).toBe('127.0.0.1');
    expect(row.request_id).not.toBe(forgedId);
  });

  it('a malformed X-Forwarded-For through the gateway does not make a PHI read fail', async () => {
    for (const forwarded of ['not-an-address', '999.1.1.1', '::::', '203.0.113.66, <script>', ',,,']) {
      const answer = await postGraphQL(stack.gatewayUrl, PHI_READ, { id: mayasClient().id }, { token, headers: { 'x-forwarded-for': forwarded } });
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.client.firstName).toBe(mayasClient().firstName);
      expect((await newestRead()).ip).toBe('127.0.0.1');
    }
  });
});
