import { buildDemoTenant, DEMO_PASSWORD } from '@fitflow/demo';
import { devRolePassword, SUBGRAPHS, withDatabase, type SubgraphName } from '@fitflow/kit';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../../web/test/browser.js';
import { freePorts } from '@fitflow/testkit';
import { ROOT } from './compose.js';
import { IMAGE_ENV, productionSettings } from './production-env.js';

/**
 * The production build as an operator runs it: `npm run build`'s compiled JavaScript (never tsx or
 * Vite), `NODE_ENV=production`, the migrate step first (packages/stack/dist/migrate.js), then the five
 * subgraphs and the gateway as separate processes, each holding only its runtime role's credentials.
 */

const NODE_ARGS = ['--conditions=fitflow-dist'];
const WEB_INDEX = resolve(ROOT, 'web/dist/index.html');

/** `npm run build` unless its output is current: tsc's build mode skips what is up to date; the web app is built when missing. */
function ensureBuild() {
  execFileSync(process.execPath, [resolve(ROOT, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'pipe' });
  // Under vitest's NODE_ENV=test, on purpose: a build must send persisted ids whatever NODE_ENV it ran under
  // (web/src/apollo/persisted.ts, BUILT_APP; a build under NODE_ENV=test once sent operation text and could not sign in).
  if (!existsSync(WEB_INDEX)) execFileSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: ROOT, stdio: 'pipe' });
}

interface Service {
  name: string;
  port: number;
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const services: Service[] = [];

function startService(name: string, entry: string, port: number, env: Record<string, string>): Service {
  const child = spawn(process.execPath, [...NODE_ARGS, resolve(ROOT, entry)], {
    cwd: ROOT,
    // Only what a container would be given: no development settings leak in from the test's environment.
    env: { PATH: process.env.PATH, ...IMAGE_ENV, LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('close', (code, signal) => done({ code, signal })));
  const service = { name, port, child, output: () => output, exited };
  services.push(service);
  return service;
}

async function waitUntilReady(service: Service, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} ended (${service.child.exitCode}):\n${service.output()}`);
    const status = await fetch(`http://127.0.0.1:${service.port}/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs} ms:\n${service.output()}`);
}

/**
 * A TCP relay in front of a subgraph whose answers can be held back (`hold()`) and let through
 * (`release()`): a request the gateway forwards stays in flight for as long as the test wants.
 */
async function startRelay(targetPort: number) {
  let holding = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  let onHeld: (() => void) | undefined;
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.pipe(upstream);
    upstream.on('data', (chunk: Buffer) => {
      if (!holding) return void client.write(chunk);
      held.push(() => client.write(chunk));
      onHeld?.();
    });
    upstream.on('end', () => client.end());
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return {
    port: (server.address() as { port: number }).port,
    hold: () => {
      holding = true;
    },
    /** Resolves when an answer is being held back. */
    answerHeld: () => new Promise<void>((done) => (held.length ? done() : (onHeld = done))),
    release: () => {
      holding = false;
      for (const write of held.splice(0)) write();
    },
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/**
 * POSTs `body` as JSON over a fresh keep-alive connection; resolves with the status and complete body,
 * and `closed`, which resolves when the server closes that connection.
 */
function postJson(port: number, path: string, body: unknown, headers: Record<string, string> = {}) {
  let closed!: Promise<void>;
  const answer = new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: 'POST', agent: new Agent({ keepAlive: true }), headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
        res.on('error', fail);
      },
    );
    closed = new Promise<void>((done) => req.once('socket', (socket) => socket.once('close', () => done())));
    req.on('error', fail);
    req.end(JSON.stringify(body));
  });
  return { answer, closed };
}

const manifest = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
/** The id of the web app's persisted operation named `name`. */
const persistedId = (name: string) => {
  const entry = Object.entries(manifest).find(([, text]) => new RegExp(`\\b(query|mutation) ${name}\\b`).test(text));
  if (!entry) throw new Error(`no persisted operation ${name}`);
  return entry[0];
};

/** The Redis check on /ready of the services using Redis, when this machine has one (REDIS_URL). */
const redisCheck: Record<string, string> = process.env.REDIS_URL ? { redis: 'ok' } : {};
let database: string;
let serverUrl: string;
let gateway: Service;
let relay: Awaited<ReturnType<typeof startRelay>>;
const byName = new Map<string, Service>();

beforeAll(async () => {
  ensureBuild();
  serverUrl = inject('fitflow').adminUrl;
  database = `${new URL(serverUrl).pathname.slice(1)}_prod`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists "${database}"`);
  await admin.query(`create database "${database}"`);
  await admin.end();
  const adminUrl = withDatabase(serverUrl, database);

  const masterKeys = JSON.stringify({ 'prod-test-1': randomBytes(32).toString('base64') });
  const keys = { MASTER_KEYS: masterKeys, ACTIVE_MASTER_KEY_ID: 'prod-test-1' };
  // The development passwords, given as a deployment gives its own (the roles are shared by every database on this server).
  const passwords = Object.fromEntries(
    SUBGRAPHS.flatMap((name) => [
      [`${name.toUpperCase()}_DB_PASSWORD`, devRolePassword(name)],
      [`${name.toUpperCase()}_DB_OWNER_PASSWORD`, devRolePassword(name)],
    ]),
  );
  execFileSync(process.execPath, [...NODE_ARGS, resolve(ROOT, 'packages/stack/dist/migrate.js'), '--seed'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, NODE_ENV: 'production', DATABASE_URL: adminUrl, ...passwords, ...keys },
    stdio: 'pipe',
  });

  const ports = await freePorts(SUBGRAPHS.length + 1);
  const portOf = (name: SubgraphName) => ports[SUBGRAPHS.indexOf(name)];
  const gatewayPort = ports[SUBGRAPHS.length];
  const publicUrl = `http://127.0.0.1:${gatewayPort}`;
  const settings = productionSettings({
    secrets: { gatewaySecret: randomBytes(48).toString('base64'), masterKeys: keys, invoiceLinkKey: randomBytes(32).toString('base64') },
    portOf,
    publicUrl,
    // Redis as deployed, when this machine has one (REDIS_URL); PostgreSQL and memory otherwise.
    redisUrl: process.env.REDIS_URL,
    kid: 'prod-test',
  });
  const { common } = settings;
  const appUrl = (name: SubgraphName) => {
    const url = new URL(adminUrl);
    url.username = `fitflow_${name}_app`;
    url.password = devRolePassword(name);
    return url.toString();
  };
  const redis: Record<string, string> = process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {};
  for (const name of SUBGRAPHS) {
    byName.set(name, startService(name, `subgraphs/${name}/dist/index.js`, portOf(name), { ...settings.subgraphs[name], DATABASE_URL: appUrl(name) }));
  }
  relay = await startRelay(portOf('studios'));
  gateway = startService('gateway', 'gateway/dist/index.js', gatewayPort, {
    ...common,
    PUBLIC_URL: publicUrl,
    READY_CHECKS_SUBGRAPHS: '1',
    // Rate limits and idempotency keys in Redis, as deployed: an open Redis connection must not keep a stopping process alive.
    // Keys of this run only: sign-ins counted by earlier runs on the same Redis must not count here.
    ...redis,
    REDIS_KEY_PREFIX: `fitflow-prod-test-${randomBytes(4).toString('hex')}:`,
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${portOf(name)}/graphql`])),
    // The studios subgraph through the relay, which can hold an answer in flight.
    SUBGRAPH_URL_STUDIOS: `http://127.0.0.1:${relay.port}/graphql`,
  });
  byName.set('gateway', gateway);
  await Promise.all([...byName.values()].map((service) => waitUntilReady(service)));
}, 300_000);

afterAll(async () => {
  for (const { child } of services) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await Promise.all(services.map((s) => s.exited));
  relay?.close();
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  await admin.query(`drop database if exists "${database}"`);
  await admin.end();
});

describe('the production build', () => {
  it('runs compiled JavaScript: every service is live and ready, with its checks named', async () => {
    for (const [name, service] of byName) {
      expect(service.child.spawnargs.some((arg) => arg.endsWith('/dist/index.js'))).toBe(true);
      expect((await fetch(`http://127.0.0.1:${service.port}/health`)).status).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${service.port}/ready`);
      const report = (await ready.json()) as { status: string; checks: Record<string, string> };
      expect({ name, status: ready.status, report }).toMatchObject({ name, status: 200, report: { status: 'ready' } });
      if (name === 'gateway') expect(report.checks).toEqual({ supergraph: 'ok', ...redisCheck, subgraphs: 'ok' });
      else expect(report.checks).toMatchObject({ database: 'ok', migrations: 'ok' });
    }
    expect((await (await fetch(`http://127.0.0.1:${byName.get('identity')!.port}/ready`)).json()).checks).toEqual({
      database: 'ok',
      migrations: 'ok',
      ...redisCheck,
    });
  });

  it('reports a migration that has not run: /ready is 503 naming the check, without internal detail', async () => {
    const studios = byName.get('studios')!;
    const owner = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
    await owner.connect();
    try {
      const [latest] = (await owner.query('select id, timestamp, name from studios.typeorm_migrations order by id desc limit 1')).rows;
      await owner.query('delete from studios.typeorm_migrations where id = $1', [latest.id]);
      try {
        const answer = await fetch(`http://127.0.0.1:${studios.port}/ready`);
        const text = await answer.text();
        expect(answer.status).toBe(503);
        expect(JSON.parse(text)).toEqual({ status: 'not ready', checks: { database: 'ok', migrations: '1 pending' } });
        expect(text).not.toMatch(/postgres|fitflow_|127\.0\.0\.1|select/i);
        // The gateway, asked to, names the subgraph that is not ready (never its address).
        const gatewayReady = await fetch(`http://127.0.0.1:${gateway.port}/ready`);
        expect(gatewayReady.status).toBe(503);
        expect(await gatewayReady.json()).toEqual({ status: 'not ready', checks: { supergraph: 'ok', ...redisCheck, subgraphs: 'not ready: studios' } });
      } finally {
        await owner.query('insert into studios.typeorm_migrations (id, timestamp, name) values ($1, $2, $3)', [latest.id, latest.timestamp, latest.name]);
      }
      expect((await fetch(`http://127.0.0.1:${studios.port}/ready`)).status).toBe(200);
    } finally {
      await owner.end();
    }
  });

  it('serves the built web app on the gateway origin, with caching fit for hashed assets and its own CSP', async () => {
    const base = `http://127.0.0.1:${gateway.port}`;
    const index = await fetch(`${base}/`);
    const html = await index.text();
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toBe(readFileSync(WEB_INDEX, 'utf8'));
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    // A route of the app (client-side routing) gets index.html too.
    const route = await fetch(`${base}/clients/7d0c9a5e-2f4b-4a77-9a63-1c1d6c3e9a10`);
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(html);
    // Content-hashed assets are cached for good.
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const asset = await fetch(`${base}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // Revalidating index.html keeps the app's headers (a browser merges a 304's headers into its copy).
    const again = await fetch(`${base}/`, { headers: { 'if-none-match': index.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    // The gateway's own paths are never the app.
    const missing = await fetch(`${base}/assets/no-such-file.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    for (const path of ['/graphql', '/health', '/ready', '/calendar/unknown.ics', '/documents/invoices/x.pdf', '/oauth/token']) {
      const answer = await fetch(`${base}${path}`);
      expect({ path, html: (await answer.text()).includes('<div id="root">') }).toEqual({ path, html: false });
    }
  });

  it('runs the web app in a browser under its Content-Security-Policy: sign-in, dashboard and chart, no violation', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
      );
      page.on('console', (message) => {
        if (/Content.Security.Policy|CSP violation/i.test(message.text())) violations.push(message.text());
      });
      await page.goto(`http://127.0.0.1:${gateway.port}/`);
      await expect.poll(() => page.url()).toContain('/login');
      await page.getByLabel('Email').fill(buildDemoTenant().logins.trainerAdmin);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'Revenue, last 6 months' }).waitFor({ timeout: 20_000 });
      await page.locator('.recharts-surface').first().waitFor({ timeout: 20_000 });
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("runs the web app's persisted operations by id, and nothing else", async () => {
    const graphql = `http://127.0.0.1:${gateway.port}/graphql`;
    const { logins } = buildDemoTenant();
    const login = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: persistedId('LoginRouteMutation'), variables: { input: { email: logins.trainerAdmin, password: DEMO_PASSWORD } } }),
    });
    const session = (await login.json()) as { data: { login: { accessToken: string } } };
    expect(session.data.login.accessToken).toEqual(expect.any(String));
    const shell = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.data.login.accessToken}` },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: persistedId('AppShellQuery') } } }),
    });
    const me = (await shell.json()) as { data: { me: { roles: { role: string }[]; trainer: { displayName: string } | null } } };
    expect(shell.status).toBe(200);
    expect(me.data.me.roles.map((r) => r.role)).toContain('TRAINER_ADMIN');
    expect(me.data.me.trainer?.displayName).toEqual(expect.any(String));
    const freeText = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(freeText.status).toBe(400);
  });

  it('drains on SIGTERM: a request in flight is answered completely, new connections are refused, the process exits 0', async () => {
    const { logins } = buildDemoTenant();
    const graphql = `http://127.0.0.1:${gateway.port}/graphql`;
    const login = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: persistedId('LoginRouteMutation'), variables: { input: { email: logins.trainerAdmin, password: DEMO_PASSWORD } } }),
    });
    const token = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
    // StudioNavQuery needs the studios subgraph, whose answer the relay holds back.
    relay.hold();
    const inFlight = postJson(gateway.port, '/graphql', { documentId: persistedId('StudioNavQuery') }, { authorization: `Bearer ${token}` });
    await relay.answerHeld();
    gateway.child.kill('SIGTERM');
    // New connections are refused while the request is still in flight.
    await expect
      .poll(
        () =>
          new Promise<string>((done) => {
            const socket = connect(gateway.port, '127.0.0.1');
            socket.once('connect', () => (socket.destroy(), done('accepted')));
            socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? 'error'));
          }),
        { timeout: 5_000 },
      )
      .toBe('ECONNREFUSED');
    expect(gateway.child.exitCode).toBeNull();
    relay.release();
    const released = Date.now();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.body) as { data: { studios: { id: string; name: string }[] }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.studios.length).toBeGreaterThan(0);
    // The keep-alive connection is closed after its answer, so the process need not wait out the
    // 10-second grace period that cuts connections still open.
    await inFlight.closed;
    expect(await gateway.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - released).toBeLessThan(5_000);

    // A subgraph stops the same way.
    const finance = byName.get('finance')!;
    finance.child.kill('SIGTERM');
    expect(await finance.exited).toEqual({ code: 0, signal: null });
    // identity holds a Redis connection too: Apollo's own signal handlers once left it running forever.
    const identity = byName.get('identity')!;
    identity.child.kill('SIGTERM');
    expect(await identity.exited).toEqual({ code: 0, signal: null });
  });
});
