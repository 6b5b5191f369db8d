import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/** How often a failing Redis connection is logged, in milliseconds. */
const ERROR_LOG_INTERVAL_MS = 30_000;

export interface FailFastRedisOptions {
  /**
   * Where connection failures are logged, as warnings at most every 30 s, with `whileDown` (what
   * fails meanwhile, e.g. "signing in and refreshing are refused until it returns"). Without it they
   * are not logged here: the caller reports failures where it uses Redis.
   */
  log?: Logger;
  whileDown?: string;
}

/**
 * A Redis connection (not yet connected: call `connect()`) that fails fast rather than hold a request
 * open while Redis is unreachable (docs/faults.md): commands are refused at once while disconnected
 * (`enableOfflineQueue: false`), those in flight when the connection drops fail at once
 * (`maxRetriesPerRequest: 0`), a hung server fails a command after 2 s (`commandTimeout`), and a
 * connection attempt gives up after 2 s. It keeps reconnecting in the background (every 100 ms, growing
 * to 2 s), so service resumes by itself when Redis returns. Used by identity (refresh tokens, sign-in
 * delays) and the gateway (rate limits, idempotency keys).
 *
 * @param url `REDIS_URL`, e.g. `redis://redis:6379`
 */
export function failFastRedis(url: string, options: FailFastRedisOptions = {}): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 2_000,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
  });
  let lastLogged = 0;
  // The listener also keeps ioredis from reporting connection failures as unhandled.
  redis.on('error', (error: Error) => {
    if (!options.log || Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    options.log.warn({ err: error }, `Redis unreachable${options.whileDown ? ` (${options.whileDown})` : ''}`);
  });
  return redis;
}
