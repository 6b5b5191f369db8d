import { freePort } from '@fitflow/kit';
import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { DEMO_PASSWORD } from '@fitflow/demo';
import { postGraphQL, quietLog, testEnv, type HttpGraphQLResult } from '@fitflow/testkit';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * docs/faults.md, "Redis stops": the stack on a Redis of its own that the test stops and starts again
 * (never the shared one). Redis holds identity's refresh tokens and the gateway's rate-limit counters.
 */

/** A Redis this test may break: `stop()` makes it unreachable (connections refused), `start()` brings it back with its data. */
interface BreakableRedis {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

const hasRedisServer = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A private `redis-server` on a free port, its append-only file in a temporary folder (so a restart keeps the data). */
async function privateRedisServer(): Promise<BreakableRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'fitflow-redis-fault-'));
  let server: ChildProcess | undefined;
  const start = async () => {
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', ''];
    server = spawn('redis-server', args, { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const up = await new Promise<boolean>((done) => {
        const probe = createConnection(port, '127.0.0.1', () => probe.end(() => done(true))).once('error', () => done(false));
      });
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('redis-server did not start');
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const gone = new Promise((done) => server!.once('exit', done));
    server.kill('SIGTERM');
    await gone;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, start, stop, close: async () => (await stop(), rmSync(dir, { recursive: true, force: true })) };
}

/** A TCP proxy in front of `target` (REDIS_URL) that can be cut (listener closed, connections reset) and restored. */
async function cuttableProxy(target: string): Promise<BreakableRedis> {
  const upstream = new URL(target);
  const port = await freePort();
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const start = () =>
    new Promise<void>((done) => {
      server = createServer((client) => {
        const remote = createConnection(Number(upstream.port || 6379), upstream.hostname);
        for (const s of [client, remote]) {
          sockets.add(s);
          s.once('close', () => sockets.delete(s));
          s.once('error', () => (s === client ? remote : client).destroy());
        }
        client.pipe(remote).pipe(client);
      }).listen(port, '127.0.0.1', done);
    });
  const stop = async () => {
    const closed = new Promise((done) => server!.close(done));
    for (const s of sockets) s.destroy();
    await closed;
  };
  await start();
  const path = upstream.pathname.length > 1 ? upstream.pathname : '';
  return { url: `redis://127.0.0.1:${port}${path}`, start, stop, close: stop };
}

const LOGIN = 'mutation Login($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken refreshToken } }';
const REFRESH = 'mutation Refresh($t: String!) { refreshToken(refreshToken: $t) { accessToken refreshToken } }';
const READ = 'query Read { me { email trainer { displayName contracts { studio { name } } } } }';
type Tokens = { accessToken: string; refreshToken: string };

const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = Date.now();
  const result = await work();
  return [result, Date.now() - started];
};

/** Asserts a refusal that says to try again and leaks nothing about Redis or our servers. */
function expectTryAgain(answer: HttpGraphQLResult, elapsedMs: number) {
  expect(elapsedMs).toBeLessThan(3_000);
  expect(answer.errors?.map((e) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(answer.errors![0].message).toMatch(/try again/i);
  expect(answer.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  expect(answer.text).not.toMatch(/redis|ECONN|127\.0\.0\.1|stream|stack|max retries/i);
}

const redisAvailable = hasRedisServer || !!process.env.REDIS_URL;

// Where neither a redis-server binary nor REDIS_URL exists, FitFlow runs without Redis: the second
// block checks that configuration instead (nothing there can stop).
if (redisAvailable)
  describe('Redis stopped', () => {
    let redis: BreakableRedis;
    let stack: InProcessStack;
    const email = 'maya@fitflow.demo';

    beforeAll(async () => {
      redis = hasRedisServer ? await privateRedisServer() : await cuttableProxy(process.env.REDIS_URL!);
      // Rate limits on (defaults), counted in this Redis, as in production.
      stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, redisUrl: redis.url, gateway: { rateLimits: {} } });
    }, 120_000);
    afterAll(async () => {
      await stack?.stop();
      await redis?.close();
    });

    let session: Tokens;
    it('signs in and refreshes while Redis runs', async () => {
      const login = await postGraphQL(stack.gatewayUrl, LOGIN, { e: email, p: DEMO_PASSWORD });
      expect(login.errors).toBeUndefined();
      const refreshed = await postGraphQL(stack.gatewayUrl, REFRESH, { t: login.data.login.refreshToken });
      expect(refreshed.errors).toBeUndefined();
      session = refreshed.data.refreshToken;
    });

    it('with Redis down: reads are served (fail open), sign-ins and refreshes are refused at once with a typed error (fail closed)', async () => {
      await redis.stop();

      const [read, readMs] = await timed(() => postGraphQL(stack.gatewayUrl, READ, {}, { token: session.accessToken }));
      expect(read.errors).toBeUndefined();
      expect(read.data.me.email).toBe(email);
      expect(readMs).toBeLessThan(3_000);

      // The gateway's sign-in limits cannot count: the sign-in is refused before it reaches identity.
      const [login, loginMs] = await timed(() => postGraphQL(stack.gatewayUrl, LOGIN, { e: email, p: DEMO_PASSWORD }));
      expect(login.status).toBe(503);
      expectTryAgain(login, loginMs);

      // identity on its own refuses too: it cannot store the refresh token it would issue.
      const [direct, directMs] = await timed(() => postGraphQL(stack.subgraphUrls.identity, LOGIN, { e: email, p: DEMO_PASSWORD }));
      expect(direct.data?.login ?? null).toBeNull();
      expectTryAgain(direct, directMs);

      // A refresh cannot be checked (spent? revoked?): refused, and the token is not spent by the attempt.
      const [refresh, refreshMs] = await timed(() => postGraphQL(stack.gatewayUrl, REFRESH, { t: session.refreshToken }));
      expect(refresh.data?.refreshToken ?? null).toBeNull();
      expectTryAgain(refresh, refreshMs);
    });

    it('recovers without a restart when Redis returns: sign-ins work, and the session from before the outage refreshes', async () => {
      await redis.start();
      const back = Date.now();
      let login: HttpGraphQLResult | undefined;
      while (Date.now() - back < 15_000) {
        login = await postGraphQL(stack.gatewayUrl, LOGIN, { e: email, p: DEMO_PASSWORD });
        if (!login.errors) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(login!.errors).toBeUndefined();
      expect(Date.now() - back).toBeLessThan(5_000);

      const refreshed = await postGraphQL(stack.gatewayUrl, REFRESH, { t: session.refreshToken });
      expect(refreshed.errors).toBeUndefined();
      const read = await postGraphQL(stack.gatewayUrl, READ, {}, { token: refreshed.data.refreshToken.accessToken });
      expect(read.data.me.email).toBe(email);
    });
  });
else
  describe('without Redis at all', () => {
    let stack: InProcessStack;
    beforeAll(async () => {
      stack = await startInProcessStack({ urls: testEnv().appUrls, log: quietLog, gateway: { rateLimits: {} } });
    }, 120_000);
    afterAll(async () => stack?.stop());

    it('keeps refresh tokens in PostgreSQL and counts rate limits in memory: sign-in, refresh and reads work', async () => {
      const login = await postGraphQL(stack.gatewayUrl, LOGIN, { e: 'maya@fitflow.demo', p: DEMO_PASSWORD });
      expect(login.errors).toBeUndefined();
      const refreshed = await postGraphQL(stack.gatewayUrl, REFRESH, { t: login.data.login.refreshToken });
      expect(refreshed.errors).toBeUndefined();
      const read = await postGraphQL(stack.gatewayUrl, READ, {}, { token: refreshed.data.refreshToken.accessToken });
      expect(read.data.me.email).toBe('maya@fitflow.demo');
    });
  });
