import { loadKeyRing, redisCheck, runSubgraph } from '@fitflow/kit';
import type { Redis } from 'ioredis';
import { readFileSync } from 'node:fs';
import { loadIdentityConfig } from './config.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { buildIdentityServer, DatabaseRefreshTokenStore, loadKeyMaterial, openIdentityRedis, RedisRefreshTokenStore } from './server.js';

let redis: Redis | undefined;
await runSubgraph({
  name: 'identity',
  defaultPort: 4101,
  entities,
  migrations,
  async build({ ds, log, gate }) {
    const config = loadIdentityConfig();
    const ttl = config.REFRESH_TOKEN_TTL_DAYS * 86_400;
    redis = config.REDIS_URL ? await openIdentityRedis(config.REDIS_URL, log) : undefined;
    const refreshTokens = redis ? new RedisRefreshTokenStore(redis, ttl) : new DatabaseRefreshTokenStore(ttl);
    const keys = await loadKeyMaterial(config.JWT_PRIVATE_JWK, config.JWT_KEY_FILE);
    return buildIdentityServer({
      ds,
      log,
      keyRing: loadKeyRing(config),
      redis,
      gate,
      auth: { keys, refreshTokens, issuer: config.JWT_ISSUER, audience: config.JWT_AUDIENCE },
      supergraphSdl: readFileSync(config.SUPERGRAPH_PATH, 'utf8'),
    });
  },
  // Refresh tokens and sign-in throttling live in Redis when it is configured.
  readinessChecks: () => (redis ? [redisCheck(redis)] : []),
  onStop: async () => {
    await redis?.quit().catch(() => redis?.disconnect());
  },
});
