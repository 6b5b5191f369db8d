import { conflict, notFound } from '@fitflow/kit';
import type { IdentityContext } from '../../context.js';
import { accountKeyOf } from '../auth/login-throttle.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserType } from '../user/user.type.js';

/*
 * The super admin's support console. Shield admits super admins only; each action is written, with its
 * reason, to the account's security log (which the holder reads) and to identity's audit log.
 */

/**
 * Finds an account by email (case-insensitive), active or suspended.
 * @throws NOT_FOUND when no account has this email.
 */
export async function userByEmail(ctx: IdentityContext, email: string): Promise<UserType> {
  const user = await ctx.data.run((tx) => tx.users.findByEmail(email));
  if (!user) throw notFound('User');
  return UserType.from(user);
}

async function accountOf(ctx: IdentityContext, userId: string): Promise<UserEntity> {
  const user = await ctx.loaders.userById.load(userId.toLowerCase());
  if (!user) throw notFound('User');
  return user;
}

/**
 * Clears the sign-in delays of an account (account-wide, and from every address its failures came
 * from in the last day), so its holder can try again at once.
 * @throws NOT_FOUND for an unknown user.
 */
export async function unlockAccount(ctx: IdentityContext, userId: string, reason: string): Promise<UserType> {
  const user = await accountOf(ctx, userId);
  await ctx.data.run(async (tx) => {
    await ctx.deps.throttle.unlock(accountKeyOf(user.email), await tx.securityEvents.recentFailureSources(user.id));
    await tx.securityEvents.append(ctx.requestId, user.id, { kind: 'account_unlocked', actorId: ctx.viewer!.userId, reason });
    await tx.audit.record({ action: 'update', table: 'users', recordId: user.id, newValues: { signInDelaysCleared: true }, reason });
  });
  return UserType.from(user);
}

/**
 * Suspends an account: its holder can no longer sign in or refresh, and every refresh token is revoked.
 * @throws NOT_FOUND for an unknown user; CONFLICT when already suspended or for your own account.
 */
export async function suspendAccount(ctx: IdentityContext, userId: string, reason: string): Promise<UserType> {
  const user = await accountOf(ctx, userId);
  if (user.id === ctx.viewer!.userId) throw conflict('You cannot suspend your own account; ask another super admin.');
  return setStatus(ctx, user, 'suspended', reason);
}

/**
 * Reinstates a suspended account: its holder can sign in again (old sessions stay ended).
 * @throws NOT_FOUND for an unknown user; CONFLICT when the account is not suspended.
 */
export async function reinstateAccount(ctx: IdentityContext, userId: string, reason: string): Promise<UserType> {
  return setStatus(ctx, await accountOf(ctx, userId), 'active', reason);
}

async function setStatus(ctx: IdentityContext, user: UserEntity, status: 'active' | 'suspended', reason: string): Promise<UserType> {
  if (user.status === status) throw conflict(status === 'suspended' ? 'This account is already suspended.' : 'This account is not suspended.');
  await ctx.data.run(async (tx) => {
    await tx.users.update(user.id, { status });
    await tx.securityEvents.append(ctx.requestId, user.id, {
      kind: status === 'suspended' ? 'account_suspended' : 'account_reinstated',
      actorId: ctx.viewer!.userId,
      reason,
    });
    await tx.audit.record({ action: 'update', table: 'users', recordId: user.id, oldValues: { status: user.status }, newValues: { status }, reason });
  });
  if (status === 'suspended') await ctx.deps.refreshTokens.revokeAllOf(user.id, ctx.data);
  ctx.log.info({ userId: user.id, status }, 'account status changed by support');
  return UserType.from({ ...user, status });
}
