import type { ViewerScope } from '@fitflow/kit';
import { In, IsNull, type EntityManager } from 'typeorm';
import { RoleMembershipEntity, UserEntity } from './user.entity.js';

/** What support and the account holder may change on a user row. */
export type UserChanges = Partial<Pick<UserEntity, 'status' | 'passwordHash' | 'mfaEnabled' | 'mfaSecret' | 'mfaPendingSecret'>>;

/**
 * Every statement about `identity.users` and `identity.role_memberships`, in one unit of work.
 * Users are read by id or email whoever asks (sign-in and refresh run before anyone is signed in, and
 * a security log names the support agent who acted): who may *see* which account is decided by the
 * services with `access/account-access.ts`, on `scope`.
 */
export class UserRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /** Not deleted users by id (active or suspended); unknown ids are simply absent. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.em.getRepository(UserEntity).findBy({ id: In([...ids]), deletedAt: IsNull() });
  }

  /** The user with this id. @throws EntityNotFoundError when there is none (a token of a vanished user). */
  findByIdOrFail(id: string): Promise<UserEntity> {
    return this.em.findOneByOrFail(UserEntity, { id });
  }

  /** The user with this email (case-insensitive, trimmed), active or suspended but not deleted, or null. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.em
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .andWhere('u.deleted_at is null')
      .getOne();
  }

  /** The role memberships of `userIds`, oldest first. */
  rolesOf(userIds: readonly string[]): Promise<RoleMembershipEntity[]> {
    return this.em.getRepository(RoleMembershipEntity).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
  }

  /** Stamps `last_login_at` with the database's now(). */
  async recordLogin(userId: string): Promise<void> {
    await this.em.getRepository(UserEntity).update({ id: userId }, { lastLoginAt: () => 'now()' });
  }

  /** Writes `changes` to the user `userId`. */
  async update(userId: string, changes: UserChanges): Promise<void> {
    await this.em.update(UserEntity, { id: userId }, changes);
  }
}
