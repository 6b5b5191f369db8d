import type { Logger } from '@fitflow/kit';
import { Redis } from 'ioredis';

/** How often a failing Redis connection is logged, in milliseconds. */
const ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * identity's Redis connection (refresh tokens, sign-in delays), set to fail fast when Redis is
 * unreachable rather than hold a sign-in open (docs/faults.md): commands are refused at once while
 * disconnected (`enableOfflineQueue: false`), those in flight when the connection drops fail at once
 * (`maxRetriesPerRequest: 0`), a hung server fails a command after 2 s (`commandTimeout`), and a
 * connection attempt gives up after 2 s. It keeps reconnecting in the background (every 100 ms
 * growing to 2 s), so service resumes by itself when Redis returns. Connection errors are logged as
 * warnings, at most every 30 s; the first attempt is awaited (a failure is logged, not thrown: identity
 * starts, and signing in waits for Redis).
 *
 * @param url `REDIS_URL`, e.g. `redis://redis:6379`
 */
export async function openIdentityRedis(url: string, log: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let lastLogged = 0;
  redis.on('error', (error: Error) => {
    if (Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    log.warn({ err: error }, 'identity: Redis unreachable (signing in and refreshing are refused until it returns)');
  });
  await redis.connect().catch(() => undefined);
  return redis;
}
