import type { GatewayOptions } from '@fitflow/gateway';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { demoTrainer, quietLog, signInThroughGateway, testEnv } from '@fitflow/testkit';
import { randomBytes, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * `Idempotency-Key` on mutations (gateway/src/idempotency.ts, docs/api.md "Retrying a mutation
 * safely") over real HTTP against the in-process stack: the stack's gateway keeps keys in Redis; a
 * second gateway over the same subgraphs, without Redis, keeps them in its own memory. Writes are
 * counted in the clients table through an owner connection.
 */

let stack: InProcessStack;
/** A gateway without Redis. */
let memoryGateway: string;
/** Two gateway instances sharing one Redis prefix: one whose clients subgraph is unreachable, one healthy. */
let brokenInstance: string;
let healthyInstance: string;
/** A gateway whose Redis is unreachable. */
let unreachableRedis: string;
let db: pg.Client;
/** The clients there were before these tests. */
let clientsBefore: string[] | undefined;
let maya: string;
let liam: string;
/** The Redis key prefix of the two gateway instances that share one Redis. */
let sharedPrefix: string;

/** Another gateway over the stack's subgraphs, without rate limits (as the stack's own). */
const extraGateway = (options: Partial<GatewayOptions>) => stack.anotherGateway({ rateLimits: false, ...options });

beforeAll(async () => {
  stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: process.env.REDIS_URL });
  memoryGateway = await extraGateway({});
  sharedPrefix = `fitflow-idem-test-${randomBytes(4).toString('hex')}:`;
  const shared = { redisUrl: process.env.REDIS_URL, rateLimitKeyPrefix: sharedPrefix };
  // Port 9 (discard) on 127.0.0.1: nothing listens, the connection is refused.
  brokenInstance = await extraGateway({ ...shared, subgraphUrls: { ...stack.subgraphUrls, clients: 'http://127.0.0.1:9/graphql' } });
  healthyInstance = await extraGateway(shared);
  unreachableRedis = await extraGateway({ redisUrl: 'redis://127.0.0.1:9' });
  db = new pg.Client({ connectionString: testEnv().urls.clients });
  await db.connect();
  clientsBefore = (await db.query<{ id: string }>('select id from clients.clients')).rows.map((row) => row.id);
  maya = (await signInThroughGateway(stack.gatewayUrl, demoTrainer('maya').email)).accessToken;
  liam = (await signInThroughGateway(stack.gatewayUrl, demoTrainer('liam').email)).accessToken;
}, 120_000);

afterAll(async () => {
  // The clients these tests created go again: other files read the demo tenant unchanged.
  if (clientsBefore) await db.query('delete from clients.clients where not (id = any($1::uuid[]))', [clientsBefore]);
  await db?.end();
  await stack?.stop();
});

const CREATE_CLIENT = 'mutation AddClient($input: CreateClientInput!) { createClient(input: $input) { id firstName lastName } }';

interface Answer {
  status: number;
  replayed: string | null;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

/** POSTs `query` with `Idempotency-Key: key` (none when undefined) and returns the status, replay header and body. */
async function post(query: string, variables: Record<string, unknown>, options: { token?: string; key?: string; url?: string }): Promise<Answer> {
  const response = await fetch(options.url ?? stack.gatewayUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.key !== undefined ? { 'idempotency-key': options.key } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), text, body: JSON.parse(text) as Answer['body'] };
}

/** A client input with a last name no other test uses. */
const newClient = () => ({ input: { firstName: 'Retry', lastName: `Idem-${randomBytes(6).toString('hex')}` } });
const clientRows = async () => Number((await db.query<{ n: string }>('select count(*) as n from clients.clients')).rows[0].n);

describe('answers kept in Redis', () => {
  it('are sealed: the client named in the answer is nowhere in Redis, and the retry still gets it', async () => {
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const key = randomUUID();
      const variables = newClient();
      const first = await post(CREATE_CLIENT, variables, { token: maya, key, url: healthyInstance });
      expect(first.body.data?.createClient.lastName).toBe(variables.input.lastName);
      const stored = await redis.keys(`${sharedPrefix}idem:*`);
      expect(stored.length).toBeGreaterThan(0);
      const values = await Promise.all(stored.map((k) => redis.get(k)));
      expect(values.join('\n')).not.toContain(variables.input.lastName);
      const retry = await post(CREATE_CLIENT, variables, { token: maya, key, url: healthyInstance });
      expect(retry.replayed).toBe('true');
      expect(retry.body).toEqual(first.body);
    } finally {
      redis.disconnect();
    }
  });
});

describe('a mutation retried with its Idempotency-Key writes once', () => {
  it('the same request twice with one key: one row, the same answer, the second marked as replayed', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const first = await post(CREATE_CLIENT, variables, { token: maya, key });
    const second = await post(CREATE_CLIENT, variables, { token: maya, key });
    expect(first.status).toBe(200);
    expect(first.body.data?.createClient.lastName).toBe(variables.input.lastName);
    expect(first.replayed).toBeNull();
    expect(second.status).toBe(200);
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await clientRows()).toBe(before + 1);
    // Without a key, the same request writes again: the key is what protects.
    await post(CREATE_CLIENT, variables, { token: maya });
    expect(await clientRows()).toBe(before + 2);
  });

  it('the key in its quoted form (the draft standard) is the same key', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const first = await post(CREATE_CLIENT, variables, { token: maya, key });
    const second = await post(CREATE_CLIENT, variables, { token: maya, key: `"${key}"` });
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await clientRows()).toBe(before + 1);
  });

  it('the same key with another request is refused with 422 and writes nothing', async () => {
    const key = randomUUID();
    await post(CREATE_CLIENT, newClient(), { token: maya, key });
    const before = await clientRows();
    const other = await post(CREATE_CLIENT, newClient(), { token: maya, key });
    expect(other.status).toBe(422);
    expect(other.body.data).toBeUndefined();
    expect(other.body.errors).toHaveLength(1);
    expect(other.body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', idempotency: 'reused' });
    expect(other.body.errors![0].message).toMatch(/already used for a different request/);
    expect(await clientRows()).toBe(before);
  });

  it('concurrent requests with one key execute once: the others wait (409 CONFLICT) or get the first answer', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(CREATE_CLIENT, variables, { token: maya, key })));
    expect(await clientRows()).toBe(before + 1);
    const executed = answers.filter((a) => a.status === 200 && a.replayed === null);
    expect(executed).toHaveLength(1);
    for (const answer of answers.filter((a) => a !== executed[0])) {
      if (answer.status === 409) {
        expect(answer.body.errors![0].extensions).toMatchObject({ code: 'CONFLICT', idempotency: 'running', retryAfterSeconds: 2 });
        expect(answer.body.errors![0].message).toMatch(/still running/);
      } else {
        expect(answer.replayed).toBe('true');
        expect(answer.text).toBe(executed[0].text);
      }
    }
    // Once the first has finished, a retry gets its answer.
    const retry = await post(CREATE_CLIENT, variables, { token: maya, key });
    expect(retry.replayed).toBe('true');
    expect(retry.text).toBe(executed[0].text);
  });

  it('another person with the same key is independent: their own write, their own answer', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const mayas = await post(CREATE_CLIENT, variables, { token: maya, key });
    const liams = await post(CREATE_CLIENT, variables, { token: liam, key });
    expect(liams.status).toBe(200);
    expect(liams.replayed).toBeNull();
    expect(liams.body.data?.createClient.id).not.toBe(mayas.body.data?.createClient.id);
    expect(await clientRows()).toBe(before + 2);
  });

  it("an error that is the caller's fault is kept and replayed too", async () => {
    const key = randomUUID();
    const bad = { input: { firstName: 'Retry', lastName: 'Idem', email: 'not an email' } };
    const first = await post(CREATE_CLIENT, bad, { token: maya, key });
    expect(first.body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const second = await post(CREATE_CLIENT, bad, { token: maya, key });
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
  });

  it('without Redis, the gateway keeps keys in its memory: one row', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const first = await post(CREATE_CLIENT, variables, { token: maya, key, url: memoryGateway });
    const second = await post(CREATE_CLIENT, variables, { token: maya, key, url: memoryGateway });
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await clientRows()).toBe(before + 1);
  });

  it('gateway instances sharing Redis share keys: a retry through another instance gets the first answer, without executing', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const first = await post(CREATE_CLIENT, variables, { token: maya, key, url: healthyInstance });
    // This instance cannot reach the clients subgraph: only the stored answer can answer.
    const second = await post(CREATE_CLIENT, variables, { token: maya, key, url: brokenInstance });
    expect(second.replayed).toBe('true');
    expect(second.text).toBe(first.text);
    expect(await clientRows()).toBe(before + 1);
  });

  it('a subgraph unreachable (SERVICE_UNAVAILABLE) is not kept: the retry runs and writes', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const failed = await post(CREATE_CLIENT, variables, { token: maya, key, url: brokenInstance });
    expect(failed.body.data ?? null).toBeNull();
    expect(failed.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(await clientRows()).toBe(before);
    const retry = await post(CREATE_CLIENT, variables, { token: maya, key, url: healthyInstance });
    expect(retry.status).toBe(200);
    expect(retry.replayed).toBeNull();
    expect(retry.body.data?.createClient.lastName).toBe(variables.input.lastName);
    expect(await clientRows()).toBe(before + 1);
  });
});

describe('what the key does not cover', () => {
  it('with Redis unreachable, mutations still run (fail open): the key does not protect then', async () => {
    const before = await clientRows();
    const key = randomUUID();
    const variables = newClient();
    const first = await post(CREATE_CLIENT, variables, { token: maya, key, url: unreachableRedis });
    const second = await post(CREATE_CLIENT, variables, { token: maya, key, url: unreachableRedis });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.replayed).toBeNull();
    expect(await clientRows()).toBe(before + 2);
  });

  it('a malformed key is refused with 400 and a message saying what a key must be', async () => {
    const before = await clientRows();
    for (const [key, problem] of [
      ['x'.repeat(256), /1 to 255 printable ASCII characters .* 256 characters long/],
      ['""', /it is empty/],
      ['tab\tinside', /other than printable ASCII/],
    ] as const) {
      const answer = await post(CREATE_CLIENT, newClient(), { token: maya, key });
      expect(answer.status, key).toBe(400);
      expect(answer.body.errors![0].extensions.code).toBe('BAD_REQUEST');
      expect(answer.body.errors![0].message).toMatch(problem);
      // The key is never repeated back (a client may have put anything in it).
      if (key.length > 2) expect(answer.text).not.toContain(key);
    }
    expect(await clientRows()).toBe(before);
  });

  it('queries ignore the header', async () => {
    const key = randomUUID();
    const first = await post('{ me { id } }', {}, { token: maya, key });
    const second = await post('{ me { id } }', {}, { token: maya, key });
    expect(first.status).toBe(200);
    expect(second.replayed).toBeNull();
    expect((await post('{ me { id } }', {}, { token: maya, key: 'x'.repeat(300) })).status).toBe(200);
  });

  it('anonymous mutations are not stored: a second sign-in with the same key signs in again', async () => {
    const key = randomUUID();
    const login = 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }';
    const variables = { e: `nobody-${randomUUID()}@example.com`, p: 'wrong password' };
    const first = await post(login, variables, { key });
    const second = await post(login, variables, { key });
    expect(first.body.errors?.length).toBeGreaterThan(0);
    expect(second.replayed).toBeNull();
  });
});
