import { badUserInput, signAccessToken, tooManyRequests, unauthenticated, type RoleGrant } from '@fitflow/kit';
import { GraphQLError } from 'graphql';
import { jwtVerify, SignJWT } from 'jose';
import { actAs, type IdentityContext } from '../../context.js';
import { enrollmentRequired, mfaSecretOf, totpMatches } from '../mfa/mfa.service.js';
import { recordSecurityEvent } from '../security/security-event.service.js';
import type { UserEntity } from '../user/user.entity.js';
import { UserType } from '../user/user.type.js';
import type { LoginInput } from './auth.inputs.js';
import type { AuthPayloadType } from './auth.type.js';
import type { KnownDevice } from './known-device.repository.js';
import { accountKeyOf, type SignInAttempt, type Throttled } from './login-throttle.js';
import { verifyPassword } from './password.js';

const WRONG_CREDENTIALS = 'Email or password is incorrect.';
const WRONG_CODE = 'That code is not right. Enter the 6-digit code your authenticator app shows now.';
const STEP_EXPIRED = 'This sign-in step has expired. Sign in again with your email and password.';
const NO_TOKENS = {
  accessToken: null,
  accessTokenExpiresAt: null,
  refreshToken: null,
  refreshTokenExpiresAt: null,
  user: null,
  mfaRequired: false,
  mfaToken: null,
  mfaEnrollmentRequired: false,
  deviceToken: null,
} satisfies AuthPayloadType;
/** Lifetime of the proof of the first factor, in seconds. */
const MFA_TOKEN_TTL_SECONDS = 300;
const mfaAudience = (ctx: IdentityContext) => `${ctx.deps.audience}:mfa`;

/** Issues the tokens of a session; `refresh` is the rotated token when refreshing, else a new family starts. */
async function session(ctx: IdentityContext, userId: string, mustEnrol: boolean, refresh?: { token: string; expiresAt: Date }): Promise<AuthPayloadType> {
  const user = await ctx.loaders.userById.load(userId);
  if (!user || user.status !== 'active') throw unauthenticated('This account cannot sign in. Contact your administrator.');
  const roles: RoleGrant[] = (await ctx.loaders.rolesOfUser.load(userId)).map((r) => ({ role: r.role, scopeId: r.scopeId }));
  const viewer = { userId, roles, ...(mustEnrol ? { mfaEnrollmentRequired: true } : {}) };
  // The caller has just proved who they are: the rest of this response (the `user` selection) is read as them.
  actAs(ctx, viewer);
  const access = await signAccessToken(ctx.deps.keys.signing, viewer, { issuer: ctx.deps.issuer, audience: ctx.deps.audience });
  const refreshToken = refresh ?? (await ctx.deps.refreshTokens.issue(userId, ctx.data));
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt,
    refreshToken: refreshToken.token,
    refreshTokenExpiresAt: refreshToken.expiresAt,
    user: UserType.from(user),
    mfaRequired: false,
    mfaToken: null,
    mfaEnrollmentRequired: mustEnrol,
    deviceToken: null,
  };
}

/** "30 seconds", "1 minute", "15 minutes": a wait as people say it (rounded up to whole minutes past one minute). */
export function waitInWords(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

/** The answer to a throttled attempt: says when to try again, in words and in `retryAfterSeconds`. */
export function tooManyAttempts({ retryAfterSeconds }: Throttled): GraphQLError {
  return tooManyRequests(
    `Too many sign-in attempts. For your safety, please wait ${waitInWords(retryAfterSeconds)} before trying again. ` +
      'Signing in from a device you have used before, or with your authenticator code, is not slowed down.',
    retryAfterSeconds,
  );
}

const SUSPENDED = 'This account is suspended. Contact FitFlow support to have it reinstated.';

/** A finished sign-in: delays of this place forgotten, logged, a session and a (new) device token issued. */
async function signedIn(ctx: IdentityContext, user: UserEntity, attempt: SignInAttempt, device: KnownDevice | null) {
  await Promise.all([ctx.deps.throttle.recordSuccess(attempt), ctx.data.run((tx) => tx.users.recordLogin(user.id))]);
  await recordSecurityEvent(ctx, user.id, { kind: 'signed_in', sourceAddress: ctx.sourceAddress, knownDevice: !!device });
  const deviceToken = await ctx.data.run((tx) => tx.devices.remember(user.id, device));
  ctx.log.info({ userId: user.id, knownDevice: !!device }, 'login');
  return { ...(await session(ctx, user.id, await enrollmentRequired(ctx, user))), deviceToken };
}

/** Counts a failed factor, writes it (and any wait it imposes) to the account's security log. */
async function failed(ctx: IdentityContext, user: UserEntity | null, attempt: SignInAttempt, kind: 'sign_in_failed' | 'mfa_code_rejected') {
  const imposed = await ctx.deps.throttle.recordFailure(attempt);
  if (!user) return;
  const where = { sourceAddress: ctx.sourceAddress, knownDevice: !!attempt.deviceId };
  await recordSecurityEvent(ctx, user.id, { kind, ...where });
  if (imposed) await recordSecurityEvent(ctx, user.id, { kind: 'sign_in_throttled', ...where, retryAfterSeconds: imposed.retryAfterSeconds });
}

/**
 * Signs in with email and password (argon2id). Unknown email and wrong password answer alike, after the
 * same work, so accounts cannot be discovered. Failures never lock the account: they slow down the
 * place they come from (see {@link LoginThrottle}: account × source or known device, source, account),
 * so the holder still gets in from a known device (`deviceToken`), from another place, or with their
 * authenticator code (`totpCode`) — the right password and code pass even while unknown places wait.
 * Only one `login` may run per request, so aliases cannot multiply guesses. Users with MFA who send no
 * `totpCode` get `mfaRequired` and an `mfaToken` instead of tokens. Every failure, throttle and sign-in
 * of a real account goes to its security log.
 * @throws UNAUTHENTICATED "Email or password is incorrect.", or the suspended-account message (right password only);
 *   TOO_MANY_REQUESTS with `retryAfterSeconds` while this place must wait; BAD_USER_INPUT for a second login in one request.
 */
export async function login(ctx: IdentityContext, input: LoginInput): Promise<AuthPayloadType> {
  ctx.loginAttempts += 1;
  if (ctx.loginAttempts > 1) throw badUserInput('Sign in once per request: send one login mutation at a time.');
  const { user, device } = await ctx.data.run(async (tx) => {
    const found = await tx.users.findByEmail(input.email);
    return { user: found, device: await tx.devices.find(input.deviceToken, found?.id) };
  });
  const attempt: SignInAttempt = { account: accountKeyOf(input.email), source: ctx.sourceAddress, deviceId: device?.id ?? null };
  const wait = await ctx.deps.throttle.check(attempt);
  const holder = (await verifyPassword(user?.passwordHash ?? null, input.password)) ? user : null;
  if (wait) {
    // The account holder with MFA proves both factors at once and is let through; nothing else is revealed while waiting.
    const secret = holder?.status === 'active' && input.totpCode ? await mfaSecretOf(ctx, holder) : null;
    if (!(holder && secret && (await totpMatches(secret, input.totpCode!)))) throw tooManyAttempts(wait);
    return signedIn(ctx, holder, attempt, device);
  }
  if (!holder) {
    await failed(ctx, user, attempt, 'sign_in_failed');
    throw unauthenticated(WRONG_CREDENTIALS);
  }
  if (holder.status !== 'active') {
    await recordSecurityEvent(ctx, holder.id, { kind: 'sign_in_refused_suspended', sourceAddress: ctx.sourceAddress, knownDevice: !!device });
    throw unauthenticated(SUSPENDED);
  }
  if (holder.mfaEnabled && input.totpCode) {
    const secret = await mfaSecretOf(ctx, holder);
    if (!secret || !(await totpMatches(secret, input.totpCode))) {
      await failed(ctx, holder, attempt, 'mfa_code_rejected');
      throw unauthenticated(WRONG_CODE);
    }
    return signedIn(ctx, holder, attempt, device);
  }
  if (holder.mfaEnabled) {
    const mfaToken = await new SignJWT(device ? { device: device.id } : {})
      .setProtectedHeader({ alg: 'EdDSA', kid: ctx.deps.keys.signing.kid, typ: 'mfa+jwt' })
      .setSubject(holder.id)
      .setIssuer(ctx.deps.issuer)
      .setAudience(mfaAudience(ctx))
      .setIssuedAt()
      .setExpirationTime(`${MFA_TOKEN_TTL_SECONDS}s`)
      .sign(ctx.deps.keys.signing.privateKey);
    return { ...NO_TOKENS, mfaRequired: true, mfaToken };
  }
  return signedIn(ctx, holder, attempt, device);
}

/**
 * Second step of signing in with MFA: the `mfaToken` from login and a TOTP code. Wrong codes count
 * toward the same delays as wrong passwords.
 * @throws UNAUTHENTICATED for an expired/forged mfaToken or a wrong code; TOO_MANY_REQUESTS while this place must wait.
 */
export async function verifyMfa(ctx: IdentityContext, mfaToken: string, code: string): Promise<AuthPayloadType> {
  ctx.loginAttempts += 1;
  if (ctx.loginAttempts > 1) throw badUserInput('Sign in once per request: send one verifyMfa mutation at a time.');
  let userId: string;
  let deviceId: string | undefined;
  try {
    const { payload } = await jwtVerify(mfaToken, ctx.deps.keys.publicKey, { issuer: ctx.deps.issuer, audience: mfaAudience(ctx), algorithms: ['EdDSA'] });
    userId = String(payload.sub);
    deviceId = typeof payload.device === 'string' ? payload.device : undefined;
  } catch {
    throw unauthenticated(STEP_EXPIRED);
  }
  const user = await ctx.loaders.userById.load(userId);
  if (!user) throw unauthenticated(STEP_EXPIRED);
  if (user.status !== 'active') throw unauthenticated(SUSPENDED);
  const device = deviceId ? { id: deviceId, userId: user.id } : null;
  const attempt: SignInAttempt = { account: accountKeyOf(user.email), source: ctx.sourceAddress, deviceId: device?.id ?? null };
  const wait = await ctx.deps.throttle.check(attempt);
  if (wait) throw tooManyAttempts(wait);
  const secret = await mfaSecretOf(ctx, user);
  if (!secret || !(await totpMatches(secret, code))) {
    await failed(ctx, user, attempt, 'mfa_code_rejected');
    throw unauthenticated(WRONG_CODE);
  }
  return signedIn(ctx, user, attempt, device);
}

/**
 * Exchanges a refresh token for a new access token and a new refresh token (rotation). Presenting a
 * token that was already used revokes every token of its family.
 * @throws UNAUTHENTICATED when the token is unknown, expired, revoked or reused.
 */
export async function refresh(ctx: IdentityContext, token: string): Promise<AuthPayloadType> {
  const result = await ctx.deps.refreshTokens.rotate(token, ctx.data);
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
  await ctx.deps.refreshTokens.revoke(token, ctx.viewer!.userId, ctx.data);
  return true;
}
