import { createSubgraphServer, createTokenVerifier, DataKeyStore, type KeyRing, type Logger, type TokenVerifier } from '@fitflow/kit';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { createLoaders, type AuthDeps, type IdentityContext } from './context.js';
import { KnownDeviceStore } from './modules/auth/known-device.store.js';
import { LoginThrottle } from './modules/auth/login-throttle.js';
import { normaliseAddress } from './modules/auth/source-address.js';
import { buildIdentitySchema } from './schema.js';

export interface IdentityServerDeps {
  ds: DataSource;
  log: Logger;
  auth: Omit<AuthDeps, 'throttle' | 'dataKeys' | 'devices'>;
  /** Master keys that wrap identity's data keys (TOTP secrets). */
  keyRing: KeyRing;
  /** Defaults to verifying with identity's own public key. */
  verifier?: TokenVerifier;
  /** Sign-in throttling counters live here when given (else in PostgreSQL); `redisPrefix` separates test runs. */
  redis?: Redis;
  redisPrefix?: string;
}

/** Builds the identity subgraph server without listening; serves the JWKS at `/.well-known/jwks.json`. */
export async function buildIdentityServer({ ds, log, auth: given, keyRing, verifier, redis, redisPrefix }: IdentityServerDeps) {
  const auth: AuthDeps = {
    ...given,
    throttle: new LoginThrottle({ ds, redis, prefix: redisPrefix }),
    devices: new KnownDeviceStore(ds),
    dataKeys: new DataKeyStore('identity', keyRing),
  };
  const jwks = JSON.stringify(auth.keys.jwks);
  const server = createSubgraphServer<IdentityContext>({
    name: 'identity',
    schema: await buildIdentitySchema(),
    verifier: verifier ?? createTokenVerifier({ getKey: auth.keys.publicKey, issuer: auth.issuer, audience: auth.audience }),
    log,
    extendContext: (base) => ({ ...base, ds, loaders: createLoaders(ds), auth, loginAttempts: 0, sourceAddress: normaliseAddress(base.ip) ?? 'unknown' }),
    routes: {
      '/.well-known/jwks.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
        res.end(jwks);
      },
    },
  });
  return server;
}
