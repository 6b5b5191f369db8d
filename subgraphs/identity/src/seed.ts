import { DEMO_PASSWORD, type DemoTenant } from '@fitflow/demo';
import { ScopedDb, systemScope } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { hashPassword } from './modules/auth/password.js';
import { RoleMembershipEntity, SCOPE_OF_ROLE, UserEntity } from './modules/user/user.entity.js';

/**
 * The name shown for a demo user: a trainer's own name, "Client account" for a client, a studio's admin desk, FitFlow
 * support for the super admin (read from the demo tenant, so every screen names the same people).
 */
export function demoDisplayName(tenant: DemoTenant, user: DemoTenant['users'][number]): string {
  const [{ role, scopeId }] = user.roles;
  // A client's name is health-adjacent personal data: it lives sealed in the clients subgraph (and is
  // crypto-shredded on erasure), never in clear here. Screens read it from there.
  if (role === 'client') return 'Client account';
  const trainer = tenant.trainers.find((t) => t.id === user.id);
  if (trainer) return `${trainer.firstName} ${trainer.lastName}`;
  const studio = role === 'studio_admin' ? tenant.studios.find((s) => s.id === scopeId) : undefined;
  if (studio) return `${studio.name} front desk`;
  return role === 'super_admin' ? 'FitFlow Support' : user.email.split('@')[0];
}

/**
 * Writes the demo users (all with {@link DEMO_PASSWORD}), with display names, and their role memberships,
 * in one unit of work as the system (kit `systemScope`). Idempotent: existing users keep their rows
 * (only display names are refreshed).
 */
export async function seedIdentity(ds: DataSource, tenant: DemoTenant): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await new ScopedDb(ds, systemScope()).run(async (em) => {
    await em
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values(
        tenant.users.map((u) => ({
          id: u.id,
          email: u.email,
          displayName: demoDisplayName(tenant, u),
          emailVerified: true,
          passwordHash,
          mfaEnabled: false,
          status: 'active' as const,
        })),
      )
      .orUpdate(['display_name'], ['id'])
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
