import { buildGateway, type GatewayOptions } from '@fitflow/gateway';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial, openIdentityRedis, RedisRefreshTokenStore } from '@fitflow/identity/server';
import { createTokenVerifier, gatewayKey, loadKeyRing, openDatabase, type Logger, type QueryCounter, type SubgraphGate, type SubgraphName } from '@fitflow/kit';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { ROOT, OUTPUTS } from './compose.js';
import { SUBGRAPH_MODULES } from './registry.js';

const ISSUER = 'fitflow-identity';
const AUDIENCE = 'fitflow-api';

export interface InProcessStack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  /** The secret the gateway signs its subgraph calls with (tests use it to call a subgraph as the gateway). */
  gatewaySecret: string;
  /**
   * Starts one more gateway over this stack's subgraphs — the committed supergraph, the token verifier
   * on identity's keys, the subgraph URLs and the gateway secret — with `options` over those, on a free
   * port (tests comparing gateway settings, or two instances sharing Redis). Nothing else of the stack's
   * own gateway carries over: rate limits, Redis and production mode are `buildGateway`'s defaults
   * unless given. It stops with the stack. Resolves to its `/graphql` URL.
   */
  anotherGateway(options?: Partial<GatewayOptions>): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Boots the five subgraphs and the gateway inside this process, each on its own free port, talking
 * real HTTP to each other (as in production) over the committed supergraph. Used by end-to-end
 * tests and benchmarks.
 */
export async function startInProcessStack(options: {
  /** Each subgraph's runtime-role URL (migrations have run already). */
  urls: Record<SubgraphName, string>;
  log: Logger;
  redisUrl?: string;
  /**
   * As with `NODE_ENV=production`: the gateway executes only persisted operations, has introspection
   * off, and the subgraphs answer only calls carrying the gateway's credential. Default false.
   */
  production?: boolean;
  /**
   * Gateway options over the stack's own (e.g. small `limits` or `rateLimits` for a test). Rate limits
   * are off unless given here: tests and benchmarks send far more from one address and a few accounts
   * than any person would. Given, they count in Redis (`redisUrl`) under keys of this stack only.
   */
  gateway?: Partial<GatewayOptions>;
  /**
   * Subgraphs served elsewhere, by name, at their GraphQL URL (e.g. one run as a child process that a
   * fault test kills): not started here; the gateway routes to the URL given. Not identity (the stack's
   * token verifier reads its keys).
   */
  external?: Partial<Record<Exclude<SubgraphName, 'identity'>, string>>;
  /** Counts each subgraph's SQL statements and transactions (kit `QueryCounter`), by name (benchmarks and their CI guard). */
  counters?: Partial<Record<SubgraphName, QueryCounter>>;
}): Promise<InProcessStack> {
  const { log } = options;
  const production = options.production ?? false;
  // The gateway and subgraphs of this stack share a fresh secret (kit gateway-credential.ts).
  const gatewaySecret = randomBytes(32).toString('base64url');
  const gate: SubgraphGate = { key: gatewayKey(gatewaySecret), required: production };
  const stops: (() => Promise<unknown>)[] = [];
  const dataSources: DataSource[] = [];
  const open = async (name: SubgraphName) => {
    const module = SUBGRAPH_MODULES.find((m) => m.name === name)!;
    const ds = await openDatabase({
      url: options.urls[name],
      schema: name,
      entities: module.entities,
      migrations: [],
      poolSize: 4,
      logger: options.counters?.[name],
    });
    dataSources.push(ds);
    return ds;
  };

  const keyDir = mkdtempSync(join(tmpdir(), 'fitflow-keys-'));
  const keys = await loadKeyMaterial(undefined, join(keyDir, 'key.json'));
  const redis = options.redisUrl ? await openIdentityRedis(options.redisUrl, log) : undefined;
  const identityDs = await open('identity');
  const refreshTokens = redis ? new RedisRefreshTokenStore(redis, 3600, `fitflow-e2e-${process.pid}:`) : new DatabaseRefreshTokenStore(3600);
  const keyRing = loadKeyRing({}, join(keyDir, 'master-keys.json'));
  const identity = await buildIdentityServer({ ds: identityDs, log, keyRing, gate, auth: { keys, refreshTokens, issuer: ISSUER, audience: AUDIENCE } });
  const identityListening = await identity.listen(0);
  stops.push(identityListening.stop);

  const verifier = createTokenVerifier({ jwksUrl: identityListening.url.replace(/\/graphql$/, '/.well-known/jwks.json'), issuer: ISSUER, audience: AUDIENCE });
  const subgraphUrls = { identity: identityListening.url } as Record<SubgraphName, string>;
  for (const module of SUBGRAPH_MODULES.filter((m) => m.name !== 'identity')) {
    const external = options.external?.[module.name as Exclude<SubgraphName, 'identity'>];
    if (external) {
      subgraphUrls[module.name] = external;
      continue;
    }
    const server = await module.buildServer!({ ds: await open(module.name), verifier, log, gate });
    const listening = await server.listen(0);
    stops.push(listening.stop);
    subgraphUrls[module.name] = listening.url;
  }

  const supergraphSdl = readFileSync(resolve(ROOT, OUTPUTS.supergraph), 'utf8');
  const gateway = buildGateway({
    supergraphSdl,
    verifier,
    log,
    subgraphUrls,
    production,
    gatewaySecret,
    rateLimits: false,
    redisUrl: options.redisUrl,
    rateLimitKeyPrefix: `fitflow-e2e-${process.pid}-${randomBytes(4).toString('hex')}:`,
    ...options.gateway,
  });
  const gatewayListening = await gateway.listen(0);
  const moreGateways: (() => Promise<void>)[] = [];

  return {
    gatewayUrl: gatewayListening.url,
    subgraphUrls,
    gatewaySecret,
    async anotherGateway(more) {
      const listening = await buildGateway({ supergraphSdl, verifier, log, subgraphUrls, gatewaySecret, ...more }).listen(0);
      moreGateways.push(listening.stop);
      return listening.url;
    },
    async stop() {
      for (const stop of moreGateways) await stop();
      await gatewayListening.stop();
      for (const stop of stops.reverse()) await stop();
      await Promise.all(dataSources.map((ds) => ds.destroy()));
      await redis?.quit().catch(() => redis.disconnect());
      rmSync(keyDir, { recursive: true, force: true });
    },
  };
}
