import { SUBGRAPHS, type SubgraphName } from '@fitflow/kit';
import { generateKeyPairSync } from 'node:crypto';

/** The secrets of one production run (a deployment's own, or a test's or benchmark's throwaway ones). */
/**
 * The environment FitFlow's image gives every process (the Dockerfile's runtime `ENV`, checked by
 * deploy.test.ts), for anything that starts the compiled services as the image would:
 * - `NODE_ENV=production`;
 * - `MALLOC_MMAP_THRESHOLD_=131072` (glibc): allocations of 128 KiB and more are always their own
 *   mapping, returned to the system when freed. Without it glibc raises that threshold after the first
 *   large free, and each thread then keeps the memory of the largest buffers it ever used: identity's
 *   argon2 workers held about 19 MiB each after a few sign-ins, 55–58 MB in all (docs/deployment.md).
 */
export const IMAGE_ENV: Readonly<Record<string, string>> = Object.freeze({ NODE_ENV: 'production', MALLOC_MMAP_THRESHOLD_: '131072' });

export interface ProductionSecrets {
  /** `GATEWAY_SECRET`, shared by the gateway and every subgraph. */
  gatewaySecret: string;
  /** `MASTER_KEYS` and `ACTIVE_MASTER_KEY_ID`: identity, clients and finance seal with them. */
  masterKeys: { MASTER_KEYS: string; ACTIVE_MASTER_KEY_ID: string };
  /** `INVOICE_LINK_KEY`: finance signs invoice document links with it. */
  invoiceLinkKey: string;
}

/**
 * The settings a compiled `NODE_ENV=production` stack on one host needs beyond each process's `PORT`
 * and each subgraph's `DATABASE_URL` (docs/deployment.md): `common` for the gateway and every subgraph
 * (`GATEWAY_SECRET`, identity's `JWKS_URL`), and per subgraph `common` plus what it alone needs —
 * identity a fresh Ed25519 signing key (`JWT_PRIVATE_JWK`, key id `kid`) and Redis, the sealing
 * subgraphs the master keys, scheduling and finance the public URL (calendar feeds, invoice links).
 * Used by the production test and `npm run bench`, which start the same processes.
 *
 * @param portOf each subgraph's port on 127.0.0.1 (identity's serves the JWKS).
 * @param publicUrl the gateway's public origin, e.g. `http://127.0.0.1:4000`.
 * @param redisUrl identity's Redis, as deployed; none: PostgreSQL and memory.
 */
export function productionSettings(options: {
  secrets: ProductionSecrets;
  portOf: (name: SubgraphName) => number;
  publicUrl: string;
  redisUrl?: string;
  kid: string;
}): { common: Record<string, string>; subgraphs: Record<SubgraphName, Record<string, string>> } {
  const { secrets, publicUrl } = options;
  const keys = secrets.masterKeys;
  const common: Record<string, string> = {
    GATEWAY_SECRET: secrets.gatewaySecret,
    JWKS_URL: `http://127.0.0.1:${options.portOf('identity')}/.well-known/jwks.json`,
  };
  const redis: Record<string, string> = options.redisUrl ? { REDIS_URL: options.redisUrl } : {};
  const jwk = { ...generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' }), kid: options.kid };
  const own: Record<SubgraphName, Record<string, string>> = {
    identity: { ...keys, JWT_PRIVATE_JWK: JSON.stringify(jwk), ...redis },
    studios: {},
    clients: keys,
    scheduling: { PUBLIC_URL: publicUrl },
    finance: { ...keys, PUBLIC_URL: publicUrl, INVOICE_LINK_KEY: secrets.invoiceLinkKey },
  };
  return {
    common,
    subgraphs: Object.fromEntries(SUBGRAPHS.map((name) => [name, { ...common, ...own[name] }])) as Record<SubgraphName, Record<string, string>>,
  };
}
