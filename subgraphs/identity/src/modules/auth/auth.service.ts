import { signAccessToken, unauthenticated, type RoleGrant } from '@fitflow/kit';
import type { IdentityContext } from '../../context.js';
import { UserRepository } from '../user/user.repository.js';
import { UserType } from '../user/user.type.js';
import type { AuthPayloadType } from './auth.type.js';
import { verifyPassword } from './password.js';

const WRONG_CREDENTIALS = 'Email or password is incorrect.';

async function session(ctx: IdentityContext, userId: string, refresh: { token: string; expiresAt: Date }): Promise<AuthPayloadType> {
  const user = await ctx.loaders.userById.load(userId);
  if (!user || user.status !== 'active') throw unauthenticated('This account cannot sign in. Contact your administrator.');
  const roles: RoleGrant[] = (await ctx.loaders.rolesOfUser.load(userId)).map((r) => ({ role: r.role, scopeId: r.scopeId }));
  // The caller has just proved who they are: the rest of this response (the `user` selection) is read as them.
  ctx.viewer = { userId, roles };
  const access = await signAccessToken(ctx.auth.keys.signing, { userId, roles }, { issuer: ctx.auth.issuer, audience: ctx.auth.audience });
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refresh.expiresAt,
    user: UserType.from(user),
  };
}

/**
 * Signs in with email and password (argon2id). Unknown email and wrong password answer alike, after the
 * same work, so accounts cannot be discovered.
 * @throws UNAUTHENTICATED "Email or password is incorrect."
 */
export async function login(ctx: IdentityContext, email: string, password: string): Promise<AuthPayloadType> {
  const users = new UserRepository(ctx.ds);
  const user = await users.findActiveByEmail(email.trim());
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) throw unauthenticated(WRONG_CREDENTIALS);
  await users.recordLogin(user.id);
  ctx.log.info({ userId: user.id }, 'login');
  return session(ctx, user.id, await ctx.auth.refreshTokens.issue(user.id));
}

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). Presenting a
 * token that was already used revokes every token of its family.
 * @throws UNAUTHENTICATED when the token is unknown, expired, revoked or reused.
 */
export async function refresh(ctx: IdentityContext, token: string): Promise<AuthPayloadType> {
  const result = await ctx.auth.refreshTokens.rotate(token);
  if (result.kind === 'reused') {
    ctx.log.warn('refresh token reuse detected; family revoked');
    throw unauthenticated('This refresh token was already used, so the session was ended for safety. Sign in again.');
  }
  if (result.kind === 'invalid') throw unauthenticated('This refresh token is not valid or has expired. Sign in again.');
  return session(ctx, result.userId, result);
}

/** Ends the session of `token` (its whole family). Always true, so it reveals nothing about the token. */
export async function logout(ctx: IdentityContext, token: string): Promise<boolean> {
  await ctx.auth.refreshTokens.revoke(token, ctx.viewer!.userId);
  return true;
}
