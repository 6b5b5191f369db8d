import { badUserInput, signAccessToken, unauthenticated, type RoleGrant } from '@fitflow/kit';
import { jwtVerify, SignJWT } from 'jose';
import type { IdentityContext } from '../../context.js';
import { enrollmentRequired, mfaSecretOf, totpMatches } from '../mfa/mfa.service.js';
import { UserRepository } from '../user/user.repository.js';
import { UserType } from '../user/user.type.js';
import type { AuthPayloadType } from './auth.type.js';
import { verifyPassword } from './password.js';

const WRONG_CREDENTIALS = 'Email or password is incorrect.';
/** Lifetime of the proof of the first factor, in seconds. */
const MFA_TOKEN_TTL_SECONDS = 300;
const mfaAudience = (ctx: IdentityContext) => `${ctx.auth.audience}:mfa`;

/** Issues the tokens of a session; `refresh` is the rotated token when refreshing, else a new family starts. */
async function session(
  ctx: IdentityContext,
  userId: string,
  mustEnrol: boolean,
  refresh?: { token: string; expiresAt: Date },
): Promise<AuthPayloadType> {
  const user = await ctx.loaders.userById.load(userId);
  if (!user || user.status !== 'active') throw unauthenticated('This account cannot sign in. Contact your administrator.');
  const roles: RoleGrant[] = (await ctx.loaders.rolesOfUser.load(userId)).map((r) => ({ role: r.role, scopeId: r.scopeId }));
  const viewer = { userId, roles, ...(mustEnrol ? { mfaEnrollmentRequired: true } : {}) };
  // The caller has just proved who they are: the rest of this response (the `user` selection) is read as them.
  ctx.viewer = viewer;
  const access = await signAccessToken(ctx.auth.keys.signing, viewer, { issuer: ctx.auth.issuer, audience: ctx.auth.audience });
  const refreshToken = refresh ?? (await ctx.auth.refreshTokens.issue(userId));
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refreshToken.token,
    refreshTokenExpiresAt: refreshToken.expiresAt,
    user: UserType.from(user),
    mfaRequired: false,
    mfaToken: null,
    mfaEnrollmentRequired: mustEnrol,
  };
}

/**
 * Signs in with email and password (argon2id). Unknown email and wrong password answer alike, after the
 * same work, so accounts cannot be discovered. After 5 failures in 15 minutes the account (known or
 * not) is locked for 15 minutes. Only one `login` may run per request, so aliases cannot multiply
 * guesses. Users with MFA get `mfaRequired` and an `mfaToken` instead of tokens.
 * @throws UNAUTHENTICATED "Email or password is incorrect." or a lockout message; BAD_USER_INPUT for a second login in one request.
 */
export async function login(ctx: IdentityContext, email: string, password: string): Promise<AuthPayloadType> {
  ctx.loginAttempts += 1;
  if (ctx.loginAttempts > 1) throw badUserInput('Sign in once per request: send one login mutation at a time.');
  const minutes = await ctx.auth.throttle.lockedForMinutes(email);
  if (minutes > 0) {
    throw unauthenticated(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or reset your password.`);
  }
  const users = new UserRepository(ctx.ds);
  const user = await users.findActiveByEmail(email.trim());
  if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) {
    await ctx.auth.throttle.recordFailure(email);
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  await ctx.auth.throttle.reset(email);
  if (user.mfaEnabled) {
    const mfaToken = await new SignJWT({})
      .setProtectedHeader({ alg: 'EdDSA', kid: ctx.auth.keys.signing.kid, typ: 'mfa+jwt' })
      .setSubject(user.id)
      .setIssuer(ctx.auth.issuer)
      .setAudience(mfaAudience(ctx))
      .setIssuedAt()
      .setExpirationTime(`${MFA_TOKEN_TTL_SECONDS}s`)
      .sign(ctx.auth.keys.signing.privateKey);
    return { accessToken: null, accessTokenExpiresAt: null, refreshToken: null, refreshTokenExpiresAt: null, user: null, mfaRequired: true, mfaToken, mfaEnrollmentRequired: false };
  }
  await users.recordLogin(user.id);
  ctx.log.info({ userId: user.id }, 'login');
  return session(ctx, user.id, await enrollmentRequired(ctx, user));
}

/**
 * Second step of signing in with MFA: the `mfaToken` from login and a TOTP code. Wrong codes count
 * toward the same lockout as wrong passwords.
 * @throws UNAUTHENTICATED for an expired/forged mfaToken, a wrong code, or a locked account.
 */
export async function verifyMfa(ctx: IdentityContext, mfaToken: string, code: string): Promise<AuthPayloadType> {
  ctx.loginAttempts += 1;
  if (ctx.loginAttempts > 1) throw badUserInput('Sign in once per request: send one verifyMfa mutation at a time.');
  let userId: string;
  try {
    const { payload } = await jwtVerify(mfaToken, ctx.auth.keys.publicKey, { issuer: ctx.auth.issuer, audience: mfaAudience(ctx), algorithms: ['EdDSA'] });
    userId = String(payload.sub);
  } catch {
    throw unauthenticated('This sign-in step has expired. Sign in again with your email and password.');
  }
  const user = await ctx.loaders.userById.load(userId);
  if (!user) throw unauthenticated('This sign-in step has expired. Sign in again with your email and password.');
  if ((await ctx.auth.throttle.lockedForMinutes(user.email)) > 0) throw unauthenticated('Too many failed sign-in attempts. Try again later.');
  const secret = await mfaSecretOf(ctx, user);
  if (!secret || !(await totpMatches(secret, code))) {
    await ctx.auth.throttle.recordFailure(user.email);
    throw unauthenticated('That code is not right. Enter the 6-digit code your authenticator app shows now.');
  }
  await ctx.auth.throttle.reset(user.email);
  await new UserRepository(ctx.ds).recordLogin(user.id);
  return session(ctx, user.id, false);
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
  const user = await ctx.loaders.userById.load(result.userId);
  return session(ctx, result.userId, !!user && (await enrollmentRequired(ctx, user)), result);
}

/** Ends the session of `token` (its whole family). Always true, so it reveals nothing about the token. */
export async function logout(ctx: IdentityContext, token: string): Promise<boolean> {
  await ctx.auth.refreshTokens.revoke(token, ctx.viewer!.userId);
  return true;
}
