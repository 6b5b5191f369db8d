import { DEMO_PASSWORD, type DemoTenant } from '@fitflow/demo';
import type { DataSource } from 'typeorm';
import { hashPassword } from './modules/auth/password.js';
import { RoleMembershipEntity, SCOPE_OF_ROLE, UserEntity } from './modules/user/user.entity.js';

/** Writes the demo users (all with {@link DEMO_PASSWORD}) and their role memberships. */
export async function seedIdentity(ds: DataSource, tenant: DemoTenant): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (em) => {
    await em
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(tenant.users.map((u) => ({ id: u.id, email: u.email, emailVerified: true, passwordHash, mfaEnabled: false, status: 'active' as const })))
      .orIgnore()
      .execute();
    await em
      .createQueryBuilder()
      .insert()
      .into(RoleMembershipEntity)
      .values(tenant.users.flatMap((u) => u.roles.map((r) => ({ userId: u.id, role: r.role, scopeType: SCOPE_OF_ROLE[r.role], scopeId: r.scopeId }))))
      .orIgnore()
      .execute();
  });
}
