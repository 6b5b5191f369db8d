import { failFastRedis, type Logger } from '@fitflow/kit';
import type { Redis } from 'ioredis';

/**
 * identity's Redis connection (refresh tokens, sign-in delays): kit `failFastRedis`, so that a sign-in
 * is refused at once rather than held open while Redis is unreachable (docs/faults.md). The first
 * connection attempt is awaited; a failure is logged, not thrown: identity starts, and signing in waits
 * for Redis.
 *
 * @param url `REDIS_URL`, e.g. `redis://redis:6379`
 */
export async function openIdentityRedis(url: string, log: Logger): Promise<Redis> {
  const redis = failFastRedis(url, { log, whileDown: 'identity: signing in and refreshing are refused until it returns' });
  await redis.connect().catch(() => undefined);
  return redis;
}
