/**
 * The production stack the benchmark measures: the five compiled subgraphs and FitFlow's compiled
 * gateway, each its own process under `NODE_ENV=production` with only its production settings
 * (docs/deployment.md, "Settings"): its runtime role's `DATABASE_URL`, the shared `GATEWAY_SECRET`,
 * secrets generated for this run. Rate limits are raised out of the way (one machine sends every
 * request) and the gateway reads a persisted operation manifest of the benchmark's own
 * ({@link writeBenchManifest}).
 */
import { SUBGRAPHS, type SubgraphName } from '@fitflow/kit';
import { productionSettings, type ProductionSecrets } from '@fitflow/stack';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { freePorts } from '@fitflow/testkit';
import { DIST_NODE_ARGS, ROOT, startService, stopService, waitUntilReady, type Service } from './processes.js';

/** The secrets of one run: thrown away with its database. */
/** Fresh secrets for a run. */
export function runSecrets(): ProductionSecrets {
  return {
    gatewaySecret: randomBytes(48).toString('base64'),
    masterKeys: { MASTER_KEYS: JSON.stringify({ bench: randomBytes(32).toString('base64') }), ACTIVE_MASTER_KEY_ID: 'bench' },
    invoiceLinkKey: randomBytes(32).toString('base64'),
  };
}

/**
 * Writes the manifest the benchmark's gateways run: the web app's persisted operations
 * (web/src/__generated__/persisted-documents.json) plus `extra` operations the web app does not send
 * (the README's question, `openSlots`), each under the sha256 hex of its text as codegen keys them.
 * The gateway reads it through its documented `PERSISTED_DOCUMENTS_PATH` setting; nothing of the
 * gateway changes.
 * @returns the file's path and the id of each extra operation by its name.
 */
export function writeBenchManifest(extra: Record<string, string>): { path: string; ids: Record<string, string> } {
  const web = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const ids: Record<string, string> = {};
  for (const [name, text] of Object.entries(extra)) {
    const id = createHash('sha256').update(text).digest('hex');
    web[id] = text;
    ids[name] = id;
  }
  const dir = resolve(ROOT, '.data/bench');
  mkdirSync(dir, { recursive: true });
  const path = resolve(dir, `persisted-documents-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(web, null, 2));
  return { path, ids };
}

export interface ProductionStack {
  gateway: Service;
  subgraphs: Record<SubgraphName, Service>;
  gatewayUrl: string;
  /** Each subgraph's `/graphql`. */
  subgraphUrls: Record<SubgraphName, string>;
  /**
   * Starts another FitFlow gateway, identical but for its subgraph URLs (`SUBGRAPH_URL_<NAME>`), and
   * waits until it is ready: the recording gateway of the direct replay (./direct.ts).
   */
  extraGateway(name: string, subgraphUrls: Record<SubgraphName, string>): Promise<{ service: Service; url: string }>;
  stop(): Promise<void>;
}

const UNLIMITED = String(1_000_000_000);

export interface StackOptions {
  /** Each subgraph's runtime role URL (benchDatabase's `urls.app`). */
  appUrls: Record<SubgraphName, string>;
  secrets: ProductionSecrets;
  /** Redis for identity and the gateway, as deployed; PostgreSQL and memory without it. */
  redisUrl?: string;
  manifestPath: string;
  /**
   * When set, every service runs under `node --cpu-prof` and writes `<name>.cpuprofile` into this
   * directory when it stops (summarise with `npm run bench:profile -- <dir>`).
   */
  cpuProfileDir?: string;
}

/** Starts the production stack and waits until every service's `/ready` is 200 (the gateway's including the subgraphs'). */
export async function startProductionStack(options: StackOptions): Promise<ProductionStack> {
  const { secrets, redisUrl } = options;
  const ports = await freePorts(SUBGRAPHS.length + 1);
  const portOf = (name: SubgraphName) => ports[SUBGRAPHS.indexOf(name)];
  const gatewayPort = ports[SUBGRAPHS.length];
  const publicUrl = `http://127.0.0.1:${gatewayPort}`;
  const settings = productionSettings({ secrets, portOf, publicUrl, redisUrl, kid: 'bench' });
  const { common } = settings;
  const nodeArgs = (name: string) =>
    options.cpuProfileDir ? [...DIST_NODE_ARGS, '--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`, `--cpu-prof-name=${name}.cpuprofile`] : DIST_NODE_ARGS;
  const redis: Record<string, string> = redisUrl ? { REDIS_URL: redisUrl } : {};
  const subgraphs = Object.fromEntries(
    SUBGRAPHS.map((name) => [
      name,
      startService(name, nodeArgs(name), `subgraphs/${name}/dist/index.js`, portOf(name), { ...settings.subgraphs[name], DATABASE_URL: options.appUrls[name] }),
    ]),
  ) as Record<SubgraphName, Service>;
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, `http://127.0.0.1:${portOf(name)}/graphql`])) as Record<SubgraphName, string>;
  const extras: Service[] = [];

  const gatewayEnv = (port: number, urls: Record<SubgraphName, string>) => ({
    ...common,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...redis,
    // This run's keys only: counters of earlier runs on a shared Redis must not count here.
    REDIS_KEY_PREFIX: `fitflow-bench-${randomBytes(4).toString('hex')}:`,
    PERSISTED_DOCUMENTS_PATH: options.manifestPath,
    // One machine sends every request of the benchmark: rate limits would measure themselves.
    RATE_LIMIT_PER_IP: UNLIMITED,
    RATE_LIMIT_PER_USER_WEB: UNLIMITED,
    RATE_LIMIT_PER_USER: UNLIMITED,
    RATE_LIMIT_PER_APP: UNLIMITED,
    RATE_LIMIT_LOGINS_PER_ACCOUNT: UNLIMITED,
    RATE_LIMIT_LOGINS_PER_IP: UNLIMITED,
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, urls[name]])),
  });
  const gateway = startService('gateway', nodeArgs('gateway'), 'gateway/dist/index.js', gatewayPort, {
    ...gatewayEnv(gatewayPort, subgraphUrls),
    READY_CHECKS_SUBGRAPHS: '1',
  });
  await Promise.all([...Object.values(subgraphs), gateway].map((service) => waitUntilReady(service)));

  return {
    gateway,
    subgraphs,
    gatewayUrl: `${publicUrl}/graphql`,
    subgraphUrls,
    async extraGateway(name, urls) {
      const [port] = await freePorts(1);
      const service = startService(name, DIST_NODE_ARGS, 'gateway/dist/index.js', port, gatewayEnv(port, urls));
      extras.push(service);
      await waitUntilReady(service);
      return { service, url: `http://127.0.0.1:${port}/graphql` };
    },
    async stop() {
      await Promise.all([gateway, ...extras, ...Object.values(subgraphs)].map((service) => stopService(service)));
    },
  };
}
