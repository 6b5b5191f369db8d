import { sha256Hex } from '@fitflow/kit';
import type { Redis } from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/**
 * One sign-in attempt, as the throttle sees it. `account` is a hash of the normalised email (unknown
 * emails are throttled exactly like real ones); `source` the caller's address; `deviceId` the known
 * device the caller proved with its device token, if any.
 */
export interface SignInAttempt {
  account: string;
  source: string;
  deviceId: string | null;
}

/** Why an attempt must wait, and for how long (whole seconds, at least 1). */
export interface Throttled {
  retryAfterSeconds: number;
}

/**
 * The rule of each counter: `free` failures are answered at once; each failure after that makes the
 * next attempt wait `delaySeconds(failures - free)`. Counters forget after `windowSeconds` without
 * a reset. The sizes follow OWASP's Authentication Cheat Sheet (throttle rather than lock, and count
 * per account *and* per source so one attacker cannot lock a user out).
 */
interface CounterRule {
  name: string;
  free: number;
  windowSeconds: number;
}

/** Failures of one account from one source (or one known device). */
const ACCOUNT_FROM_SOURCE: CounterRule = { name: 'as', free: 5, windowSeconds: 24 * 3600 };
/** Failures from one source across every account within an hour (credential stuffing; an office shares one address). */
const SOURCE: CounterRule = { name: 's', free: 100, windowSeconds: 3600 };
/** Failures of one account from every unknown source together within an hour (a distributed attack). */
const ACCOUNT: CounterRule = { name: 'a', free: 50, windowSeconds: 3600 };

/** The longest wait imposed, in seconds. */
export const MAX_DELAY_SECONDS = 15 * 60;
/** The first wait, in seconds; each further failure doubles it, up to {@link MAX_DELAY_SECONDS}. */
export const FIRST_DELAY_SECONDS = 30;
/** Failures of one account from one source answered without delay. */
export const FREE_FAILURES = ACCOUNT_FROM_SOURCE.free;

/** Seconds to wait after the `excess`-th failure beyond the free ones (1-based): 30 s, 1 min, 2 min … 15 min. */
export const delaySeconds = (excess: number) => Math.min(FIRST_DELAY_SECONDS * 2 ** (excess - 1), MAX_DELAY_SECONDS);

const hash = sha256Hex;

/** The throttle key of an email: a SHA-256 of its normalised form (no email is stored). */
export const accountKeyOf = (email: string) => hash(`login:${email.trim().toLowerCase()}`);

/** Stores of the counters: Redis when given, else identity's PostgreSQL table `login_limits`. */
export interface ThrottleStores {
  ds: DataSource;
  redis?: Redis;
  /** Key prefix in Redis, so that test runs do not meet. */
  prefix?: string;
}

/**
 * Progressive sign-in delays (never a lockout), on rate-limiter-flexible counters. Three counters are
 * kept: account × source (or account × known device), source, and account (unknown sources only). A
 * known device is counted only on its own pair, so failures from elsewhere never slow its holder.
 * An attempt is refused while any of its counters is waiting; the wait ends by itself.
 */
export class LoginThrottle {
  private readonly counters = new Map<string, RateLimiterAbstract>();
  private readonly waits = new Map<string, RateLimiterAbstract>();

  constructor(private readonly stores: ThrottleStores) {
    for (const rule of [ACCOUNT_FROM_SOURCE, SOURCE, ACCOUNT]) {
      this.counters.set(rule.name, this.limiter(`fail-${rule.name}`, 1_000_000, rule.windowSeconds));
      this.waits.set(rule.name, this.limiter(`wait-${rule.name}`, 1, MAX_DELAY_SECONDS));
    }
  }

  private limiter(keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
    const { ds, redis, prefix = 'fitflow:' } = this.stores;
    const postgres = new RateLimiterPostgres({
      storeClient: ds,
      storeType: 'typeorm',
      schemaName: 'identity',
      tableName: 'login_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
    if (!redis) return postgres;
    // PostgreSQL takes over while Redis is unreachable (rate-limiter-flexible's insurance limiter).
    return new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}login:${keyPrefix}`, points, duration, insuranceLimiter: postgres });
  }

  /** The counters an attempt is kept on, as [rule, key] pairs. */
  private keysOf(attempt: SignInAttempt): [CounterRule, string][] {
    if (attempt.deviceId) return [[ACCOUNT_FROM_SOURCE, hash(`${attempt.account}:device:${attempt.deviceId}`)]];
    return [
      [ACCOUNT_FROM_SOURCE, hash(`${attempt.account}:source:${attempt.source}`)],
      [SOURCE, hash(`source:${attempt.source}`)],
      [ACCOUNT, attempt.account],
    ];
  }

  /** The wait this attempt must still sit out, or null when it may be tried now. */
  async check(attempt: SignInAttempt): Promise<Throttled | null> {
    let longest = 0;
    for (const [rule, key] of this.keysOf(attempt)) {
      const res = await this.waits.get(rule.name)!.get(key);
      if (res && res.consumedPoints > 1 && res.msBeforeNext > 0) longest = Math.max(longest, res.msBeforeNext);
    }
    return longest > 0 ? { retryAfterSeconds: Math.max(1, Math.ceil(longest / 1000)) } : null;
  }

  /** Counts a failure; returns the wait it imposes on the next attempt, or null while failures are free. */
  async recordFailure(attempt: SignInAttempt): Promise<Throttled | null> {
    let longest = 0;
    for (const [rule, key] of this.keysOf(attempt)) {
      const { consumedPoints } = await this.counters.get(rule.name)!.consume(key);
      if (consumedPoints < rule.free) continue;
      const seconds = delaySeconds(consumedPoints - rule.free + 1);
      await this.waits.get(rule.name)!.block(key, seconds);
      longest = Math.max(longest, seconds);
    }
    return longest > 0 ? { retryAfterSeconds: longest } : null;
  }

  /** After a successful sign-in: forgets this account's failures from this source (or device). */
  async recordSuccess(attempt: SignInAttempt): Promise<void> {
    const [[rule, key]] = this.keysOf(attempt);
    await Promise.all([this.counters.get(rule.name)!.delete(key), this.waits.get(rule.name)!.delete(key)]);
  }

  /**
   * Support's unlock: forgets every failure of the account, account-wide and from each of `sources`
   * (the addresses its security log saw), so the holder can try again at once from anywhere.
   */
  async unlock(account: string, sources: readonly string[]): Promise<void> {
    const keys: [CounterRule, string][] = [
      [ACCOUNT, account],
      ...sources.map((s): [CounterRule, string] => [ACCOUNT_FROM_SOURCE, hash(`${account}:source:${s}`)]),
    ];
    await Promise.all(keys.flatMap(([rule, key]) => [this.counters.get(rule.name)!.delete(key), this.waits.get(rule.name)!.delete(key)]));
  }
}
