import { In, IsNull, type DataSource } from 'typeorm';
import { RoleMembershipEntity, UserEntity } from './user.entity.js';

/** Data access to `identity.users` and `identity.role_memberships`. */
export class UserRepository {
  constructor(private readonly ds: DataSource) {}

  /** Active, not deleted users by id. */
  findByIds(ids: readonly string[]): Promise<UserEntity[]> {
    return this.ds.getRepository(UserEntity).findBy({ id: In([...ids]), deletedAt: IsNull() });
  }

  /** The user with this email (case-insensitive), active or suspended but not deleted, or null. */
  findByEmail(email: string): Promise<UserEntity | null> {
    return this.ds
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.email) = lower(:email)', { email: email.trim() })
      .andWhere('u.deleted_at is null')
      .getOne();
  }

  rolesOf(userIds: readonly string[]): Promise<RoleMembershipEntity[]> {
    return this.ds.getRepository(RoleMembershipEntity).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
  }

  recordLogin(userId: string): Promise<unknown> {
    return this.ds.getRepository(UserEntity).update({ id: userId }, { lastLoginAt: () => 'now()' });
  }
}
