import type { ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { RefreshTokenEntity } from './refresh-token.entity.js';

/** The outcome of spending a stored refresh token (see `refresh-token.store.ts`). */
export type SpendResult = { kind: 'spent'; userId: string; familyId: string } | { kind: 'reused' } | { kind: 'invalid' };

/**
 * Every statement about `identity.refresh_tokens` (the database store of refresh tokens, used when
 * Redis is not configured). Rows are found by the SHA-256 of the presented token: the token, not
 * `scope`, proves whose session it is (a refresh runs before anyone is signed in).
 */
export class RefreshTokenRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** Stores a token (its hash) of `familyId`, valid until `expiresAt`. */
  async insert(userId: string, familyId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.em.insert(RefreshTokenEntity, { userId, familyId, tokenHash, expiresAt });
  }

  /**
   * Spends the token with this hash, locking its row for the rest of the unit of work: a spent or
   * revoked token revokes its whole family (`reused`); an unknown or expired one is `invalid`.
   */
  async spend(tokenHash: string): Promise<SpendResult> {
    const row = await this.em
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :hash', { hash: tokenHash })
      .getOne();
    if (!row) return { kind: 'invalid' };
    if (row.usedAt || row.revokedAt) {
      await this.revokeFamily(row.familyId);
      return { kind: 'reused' };
    }
    if (row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    await this.em.update(RefreshTokenEntity, { id: row.id }, { usedAt: () => 'now()' });
    return { kind: 'spent', userId: row.userId, familyId: row.familyId };
  }

  /** The token with this hash, or null. */
  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.em.getRepository(RefreshTokenEntity).findOneBy({ tokenHash });
  }

  /** Revokes every token of `familyId` (keeping the first revocation instant). */
  async revokeFamily(familyId: string): Promise<void> {
    await this.em.update(RefreshTokenEntity, { familyId }, { revokedAt: () => 'coalesce(revoked_at, now())' });
  }

  /** Revokes every token of `userId` (keeping the first revocation instant). */
  async revokeAllOf(userId: string): Promise<void> {
    await this.em.getRepository(RefreshTokenEntity).update({ userId }, { revokedAt: () => 'coalesce(revoked_at, now())' });
  }
}
