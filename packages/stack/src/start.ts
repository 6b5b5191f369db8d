import { buildDemoTenant } from '@fitflow/demo';
import { ConfigError, SUBGRAPHS, type SubgraphName } from '@fitflow/kit';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { adminDatabase } from './admin-db.js';
import { describeExit, spawnChild, type StackChild } from './children.js';
import { ROOT } from './compose.js';
import { loadStackConfig, type StackConfig } from './config.js';
import { prepareDatabase } from './database.js';

/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), the migrate step (as `npm run
 * migrate`), demo data on an empty database, then the five subgraphs and the gateway as separate processes, and the web app through a
 * Vite dev server (WEB_PORT) that proxies /graphql to the gateway. Ctrl-C stops them all; so does
 * the end of any one of them, after saying which one ended, how, and its last lines of output.
 */
let config: StackConfig;
try {
  config = loadStackConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const portOf = (name: SubgraphName) => config[`${name.toUpperCase()}_PORT` as keyof StackConfig] as number;

async function assertFree(port: number, what: string) {
  await new Promise<void>((ok, fail) => {
    const probe = createServer()
      .once('error', () => fail(new Error(`Port ${port} (${what}) is already in use. Set ${what.toUpperCase()}_PORT to another port.`)))
      .listen(port, config.HOST, () => probe.close(() => ok()));
  });
}

/**
 * Waits until `url` answers 2xx. When the child ends first, this never settles: the child's 'close'
 * handler (see {@link run}) reports it and stops everything.
 */
async function waitForHealth(url: string, child: StackChild) {
  for (let i = 0; i < 600; i++) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) return new Promise<never>(() => {});
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${child.name} did not become healthy at ${url}`);
}

const children: StackChild[] = [];
function run(name: string, entry: string, env: Record<string, string | undefined>) {
  const child = spawnChild(name, ['--import', 'tsx', resolve(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL },
  });
  children.push(child);
  // 'close' comes after the child's output has been read to the end, so its last lines are known.
  child.process.once('close', (code, signal) => {
    if (stopping) return;
    console.error(describeExit(child, code, signal));
    void stopAll(1);
  });
  return child;
}

let embeddedStop: (() => Promise<void>) | undefined;
let web: ViteDevServer | undefined;
let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  await web?.close().catch(() => undefined);
  await Promise.all(
    children.map(
      ({ process: child }) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
  await embeddedStop?.();
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  for (const name of SUBGRAPHS) await assertFree(portOf(name), name);
  await assertFree(config.GATEWAY_PORT, 'gateway');
  await assertFree(config.WEB_PORT, 'web');
  const { adminUrl, embedded } = await adminDatabase(config);
  embeddedStop = embedded?.stop;
  console.log(embedded ? 'Embedded PostgreSQL running (data in .data/postgres).' : 'Using DATABASE_URL.');
  const { urls, seeded } = await prepareDatabase({ adminUrl, seed: 'if-empty' });
  if (seeded) console.log('Empty database: demo tenant loaded.');

  const host = config.HOST;
  const jwksUrl = `http://${host}:${config.IDENTITY_PORT}/.well-known/jwks.json`;
  // The gateway signs every subgraph call with this (kit gateway-credential.ts); a fresh one per start.
  const gatewaySecret = process.env.GATEWAY_SECRET ?? randomBytes(32).toString('base64url');
  const common = {
    NODE_ENV: config.NODE_ENV,
    LOG_LEVEL: config.LOG_LEVEL,
    REDIS_URL: config.REDIS_URL,
    HOST: host,
    JWKS_URL: jwksUrl,
    GATEWAY_SECRET: gatewaySecret,
  };
  const publicUrl = config.PUBLIC_URL ?? `http://localhost:${config.GATEWAY_PORT}`;
  // One metrics port per process (they share this environment): the gateway's, then one per subgraph.
  const metricsPort = (offset: number) => (config.METRICS_PORT ? { METRICS_PORT: String(config.METRICS_PORT + offset) } : {});
  const start = async (name: SubgraphName) => {
    const child = run(name, `subgraphs/${name}/src/index.ts`, {
      ...common,
      PORT: String(portOf(name)),
      ...metricsPort(1 + SUBGRAPHS.indexOf(name)),
      PUBLIC_URL: publicUrl,
      // The runtime role only: migrations ran above (prepareDatabase), as each subgraph's owner.
      DATABASE_URL: urls.app[name],
    });
    await waitForHealth(`http://${host}:${portOf(name)}/health`, child);
  };
  await start('identity');
  await Promise.all(SUBGRAPHS.filter((n) => n !== 'identity').map(start));
  const gateway = run('gateway', 'gateway/src/index.ts', {
    ...common,
    PORT: String(config.GATEWAY_PORT),
    ...metricsPort(0),
    ...Object.fromEntries(SUBGRAPHS.map((n) => [`SUBGRAPH_URL_${n.toUpperCase()}`, `http://${host}:${portOf(n)}/graphql`])),
  });
  await waitForHealth(`http://${host}:${config.GATEWAY_PORT}/health`, gateway);
  const { createServer } = await import('vite');
  web = await createServer({
    configFile: resolve(ROOT, 'web/vite.config.ts'),
    root: resolve(ROOT, 'web'),
    cacheDir: resolve(ROOT, 'web', config.WEB_CACHE_DIR),
    clearScreen: false,
    server: {
      host,
      port: config.WEB_PORT,
      strictPort: true,
      proxy: { '/graphql': { target: `http://${host}:${config.GATEWAY_PORT}`, changeOrigin: true } },
    },
  });
  await web.listen();
  const webUrl = web.resolvedUrls?.local[0] ?? `http://${host}:${config.WEB_PORT}/`;
  const logins = buildDemoTenant().logins;
  console.log(`
FitFlow is running.
  Web app:  ${webUrl}
  Gateway:  http://localhost:${config.GATEWAY_PORT}/graphql${
    config.METRICS_PORT
      ? `\n  Metrics:  http://localhost:${config.METRICS_PORT}/metrics (gateway), ports ${config.METRICS_PORT + 1}–${config.METRICS_PORT + 5} (subgraphs)`
      : ''
  }
  Demo logins (password FitFlow-demo-2026!): trainer admin ${logins.trainerAdmin}, trainer ${logins.teamTrainer},
  studio admin ${logins.studioAdmin}, client ${logins.client}, super admin ${logins.superAdmin}
  Processes: ${children.map((c) => `${c.name} (pid ${c.process.pid})`).join(', ')}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll(1);
}
