import { createSubgraphServer, createTokenVerifier, type Logger, type TokenVerifier } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createLoaders, type AuthDeps, type IdentityContext } from './context.js';
import { buildIdentitySchema } from './schema.js';

export interface IdentityServerDeps {
  ds: DataSource;
  log: Logger;
  auth: AuthDeps;
  /** Defaults to verifying with identity's own public key. */
  verifier?: TokenVerifier;
}

/** Builds the identity subgraph server without listening; serves the JWKS at `/.well-known/jwks.json`. */
export async function buildIdentityServer({ ds, log, auth, verifier }: IdentityServerDeps) {
  const jwks = JSON.stringify(auth.keys.jwks);
  return createSubgraphServer<IdentityContext>({
    name: 'identity',
    schema: await buildIdentitySchema(),
    verifier: verifier ?? createTokenVerifier({ getKey: auth.keys.publicKey, issuer: auth.issuer, audience: auth.audience }),
    log,
    extendContext: (base) => ({ ...base, ds, loaders: createLoaders(ds), auth }),
    routes: {
      '/.well-known/jwks.json': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'public, max-age=300' });
        res.end(jwks);
      },
    },
  });
}
