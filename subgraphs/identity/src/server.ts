import { createSubgraphServer, createTokenVerifier, DataKeyStore, type KeyRing, type Logger, type SubgraphGate, type TokenVerifier } from '@fitflow/kit';
import { readFileSync } from 'node:fs';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createContext, type IdentityContext } from './context.js';
import type { IdentityDeps } from './deps.js';
import { appApiOf, type AppApi } from './modules/app/app-manifest.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { buildIdentitySchema } from './schema.js';

// What a process or a test needs to build identity's dependencies (the package exports only this file).
export { loadKeyMaterial, type KeyMaterial } from './modules/auth/keys.js';
export { DatabaseRefreshTokenStore, RedisRefreshTokenStore, type RefreshTokenStore } from './modules/auth/refresh-token.store.js';
export { openIdentityRedis } from './modules/auth/redis-connection.js';

/** What {@link buildIdentityServer} is given; it builds the rest of {@link IdentityDeps} itself. */
export interface IdentityServerDeps {
  ds: DataSource;
  log: Logger;
  auth: Pick<IdentityDeps, 'keys' | 'refreshTokens' | 'issuer' | 'audience'>;
  /** Master keys that wrap identity's data keys (TOTP secrets). */
  keyRing: KeyRing;
  /** Defaults to verifying with identity's own public key. */
  verifier?: TokenVerifier;
  /** Sign-in throttling counters live here when given (else in PostgreSQL); `redisPrefix` separates test runs. */
  redis?: Redis;
  redisPrefix?: string;
  /** How identity recognises the gateway (kit `SubgraphGate`); its internal operations answer only requests it vouches for. */
  gate?: SubgraphGate;
  /**
   * The composed supergraph SDL: apps' manifests are checked against its API schema and field scopes.
   * Defaults to reading `schema/supergraph.graphql` (from the working directory) on first use.
   */
  supergraphSdl?: string;
}

/** Where the supergraph is read from when none is given (relative to the working directory, like the gateway's). */
const DEFAULT_SUPERGRAPH_PATH = 'schema/supergraph.graphql';

/** Builds the identity subgraph server without listening; serves the JWKS at `/.well-known/jwks.json`. */
export async function buildIdentityServer({ ds, log, auth, keyRing, verifier, redis, redisPrefix, gate, supergraphSdl }: IdentityServerDeps) {
  let appApi: AppApi | undefined;
  const deps: IdentityDeps = {
    ...auth,
    ds,
    throttle: new LoginThrottle({ ds, redis, prefix: redisPrefix }),
    dataKeys: new DataKeyStore('identity', keyRing),
    appApi: () => (appApi ??= appApiOf(supergraphSdl ?? readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))),
  };
  const jwks = JSON.stringify(deps.keys.jwks);
  return createSubgraphServer<IdentityContext>({
    name: 'identity',
    schema: await buildIdentitySchema(),
    verifier: verifier ?? createTokenVerifier({ getKey: deps.keys.publicKey, issuer: deps.issuer, audience: deps.audience }),
    log,
    gate,
    securityEvents: { ds, schema: 'identity' },
    extendContext: (request) => createContext(deps, request),
    // Public keys: the gateway and every subgraph fetch them to verify tokens, so no gate stands in front.
    publicRoutes: {
      '/.well-known/jwks.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
        res.end(jwks);
      },
    },
  });
}
