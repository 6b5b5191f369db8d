import { randomBytes, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { serviceUnavailable, sha256Hex, type UnitOfWork } from '@fitflow/kit';
import type { IdentityData, IdentityRepos } from '../../data.js';

/** The outcome of presenting a refresh token. */
export type RotateResult =
  | { kind: 'rotated'; userId: string; token: string; expiresAt: Date }
  /** The token was already spent or its family revoked: the whole family is now revoked. */
  | { kind: 'reused' }
  /** Unknown or expired. */
  | { kind: 'invalid' };

/**
 * Where refresh tokens live. Tokens are 256-bit random strings handed to the client once; stores keep
 * only their SHA-256. Each login starts a family; every refresh spends the presented token and issues
 * the next one in the family; presenting a spent token revokes the family (OAuth 2.0 Security BCP,
 * RFC 9700 §4.14.2, refresh token rotation). `data` is the caller's data access: the database store
 * works in its units of work, the Redis store ignores it.
 */
export interface RefreshTokenStore {
  /** Starts a new family for `userId` and returns its first token. */
  issue(userId: string, data: IdentityData): Promise<{ token: string; expiresAt: Date }>;
  rotate(token: string, data: IdentityData): Promise<RotateResult>;
  /** Revokes the family of `token` if it belongs to `userId`; unknown tokens are ignored. */
  revoke(token: string, userId: string, data: IdentityData): Promise<void>;
  /** Revokes every refresh token of `userId` (a suspended account). */
  revokeAllOf(userId: string, data: IdentityData): Promise<void>;
}

export const hashToken = sha256Hex;
const newToken = () => randomBytes(32).toString('base64url');

/**
 * Refresh tokens in `identity.refresh_tokens` (used when REDIS_URL is unset), reached through the
 * caller's unit of work (`data`), like every row of identity.
 */
export class DatabaseRefreshTokenStore implements RefreshTokenStore {
  /** @param ttlSeconds how long a refresh token lives, in seconds. */
  constructor(private readonly ttlSeconds: number) {}

  private async insert(tx: UnitOfWork<IdentityRepos>, userId: string, familyId: string) {
    const token = newToken();
    const expiresAt = new Date(Date.now() + this.ttlSeconds * 1000);
    await tx.refreshTokens.insert(userId, familyId, hashToken(token), expiresAt);
    return { token, expiresAt };
  }

  issue(userId: string, data: IdentityData) {
    return data.run((tx) => this.insert(tx, userId, randomUUID()));
  }

  rotate(token: string, data: IdentityData): Promise<RotateResult> {
    return data.run(async (tx) => {
      const spent = await tx.refreshTokens.spend(hashToken(token));
      if (spent.kind !== 'spent') return spent;
      return { kind: 'rotated', userId: spent.userId, ...(await this.insert(tx, spent.userId, spent.familyId)) } as const;
    });
  }

  async revoke(token: string, userId: string, data: IdentityData) {
    await data.run(async (tx) => {
      const row = await tx.refreshTokens.findByHash(hashToken(token));
      if (row && row.userId === userId) await tx.refreshTokens.revokeFamily(row.familyId);
    });
  }

  async revokeAllOf(userId: string, data: IdentityData) {
    await data.run((tx) => tx.refreshTokens.revokeAllOf(userId));
  }
}

/** Marks a token spent and returns its record, atomically; returns it unchanged when already spent. */
const SPEND = `
local value = redis.call('GET', KEYS[1])
if not value then return nil end
local record = cjson.decode(value)
if record.state ~= 'active' then return {'spent', value} end
record.state = 'spent'
redis.call('SET', KEYS[1], cjson.encode(record), 'KEEPTTL')
return {'ok', value}
`;

interface RedisRecord {
  userId: string;
  familyId: string;
  state: 'active' | 'spent';
  /** Epoch milliseconds. */
  issuedAt?: number;
}

/**
 * Runs `work` against Redis; when Redis cannot answer (stopped, unreachable, timed out), refuses with
 * `SERVICE_UNAVAILABLE` saying to try again: a token that cannot be checked or stored is never
 * accepted nor issued (fail closed, docs/faults.md).
 */
async function orUnavailable<T>(doing: 'Signing in' | 'Signing out', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw Object.assign(serviceUnavailable(`${doing} is briefly unavailable. Please try again in a few seconds.`), { cause: error });
  }
}

/**
 * Refresh tokens in Redis (used when REDIS_URL is set): `<prefix>rt:<sha256>` records, `<prefix>rtf:<family>`
 * revocations, `<prefix>rtu:<user>` the instant (epoch ms) before which every token of the user is revoked.
 * While Redis cannot answer, every method throws `SERVICE_UNAVAILABLE` (see {@link orUnavailable}).
 */
export class RedisRefreshTokenStore implements RefreshTokenStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlSeconds: number,
    private readonly prefix = 'fitflow:',
  ) {}

  private tokenKey = (token: string) => `${this.prefix}rt:${hashToken(token)}`;
  private familyKey = (familyId: string) => `${this.prefix}rtf:${familyId}`;
  private userKey = (userId: string) => `${this.prefix}rtu:${userId}`;

  private async insert(userId: string, familyId: string) {
    const token = newToken();
    const record: RedisRecord = { userId, familyId, state: 'active', issuedAt: Date.now() };
    await this.redis.set(this.tokenKey(token), JSON.stringify(record), 'EX', this.ttlSeconds);
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  issue(userId: string) {
    return orUnavailable('Signing in', () => this.insert(userId, randomUUID()));
  }

  rotate(token: string): Promise<RotateResult> {
    return orUnavailable('Signing in', () => this.rotateNow(token));
  }

  private async rotateNow(token: string): Promise<RotateResult> {
    const result = (await this.redis.eval(SPEND, 1, this.tokenKey(token))) as [string, string] | null;
    if (!result) return { kind: 'invalid' };
    const record = JSON.parse(result[1]) as RedisRecord;
    const revokedBefore = await this.redis.get(this.userKey(record.userId));
    if (revokedBefore && (record.issuedAt ?? 0) <= Number(revokedBefore)) return { kind: 'invalid' };
    if (result[0] === 'spent' || (await this.redis.exists(this.familyKey(record.familyId)))) {
      await this.redis.set(this.familyKey(record.familyId), 'revoked', 'EX', this.ttlSeconds);
      return { kind: 'reused' };
    }
    return { kind: 'rotated', userId: record.userId, ...(await this.insert(record.userId, record.familyId)) };
  }

  revoke(token: string, userId: string) {
    return orUnavailable('Signing out', () => this.revokeNow(token, userId));
  }

  private async revokeNow(token: string, userId: string) {
    const value = await this.redis.get(this.tokenKey(token));
    if (!value) return;
    const record = JSON.parse(value) as RedisRecord;
    if (record.userId === userId) await this.redis.set(this.familyKey(record.familyId), 'revoked', 'EX', this.ttlSeconds);
  }

  async revokeAllOf(userId: string) {
    await orUnavailable('Signing out', () => this.redis.set(this.userKey(userId), String(Date.now()), 'EX', this.ttlSeconds));
  }
}
