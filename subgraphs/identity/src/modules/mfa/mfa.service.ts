import { badUserInput, conflict, decryptField, encryptField, forbidden, type DataKey } from '@fitflow/kit';
import { generateSecret, generateURI, verify } from 'otplib';
import { administeredTeamOf } from '../../access/account-access.js';
import type { IdentityContext } from '../../context.js';
import type { UserEntity } from '../user/user.entity.js';
import type { MfaEnrollmentType, TeamSecurityPolicyType } from './mfa.type.js';

const ISSUER = 'FitFlow';
const aad = (userId: string, column: 'mfa_secret' | 'mfa_pending_secret') => `identity.users.${column}:${userId}`;

/** Checks a 6-digit TOTP code (RFC 6238, 30 s steps, ±1 step of clock drift). */
export async function totpMatches(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({ secret, token: code, epochTolerance: 30 });
  return result.valid;
}

/** `user`'s confirmed TOTP secret unsealed with `key`, or null when MFA is off. */
const confirmedSecret = (key: DataKey, user: UserEntity) =>
  user.mfaEnabled && user.mfaSecret ? decryptField(key, user.mfaSecret, aad(user.id, 'mfa_secret')) : null;

/** The user's confirmed TOTP secret, unsealed, or null. */
export async function mfaSecretOf(ctx: IdentityContext, user: UserEntity): Promise<string | null> {
  if (!user.mfaEnabled || !user.mfaSecret) return null;
  return confirmedSecret(await ctx.data.run((tx) => tx.mfa.dataKey()), user);
}

/**
 * Starts TOTP enrolment for the caller: a new secret, stored sealed until confirmed.
 * @throws CONFLICT when MFA is already on.
 */
export async function startEnrollment(ctx: IdentityContext): Promise<MfaEnrollmentType> {
  const userId = ctx.viewer!.userId;
  return ctx.data.run(async (tx) => {
    const user = await tx.users.findByIdOrFail(userId);
    if (user.mfaEnabled) throw conflict('Two-factor authentication is already on. Turn it off first to enrol a new device.');
    const secret = generateSecret();
    await tx.users.update(userId, { mfaPendingSecret: encryptField(await tx.mfa.dataKey(), secret, aad(userId, 'mfa_pending_secret'))! });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  });
}

/**
 * Confirms enrolment with a code from the authenticator app; MFA is then required at every sign-in.
 * @throws BAD_USER_INPUT when no enrolment was started or the code is wrong.
 */
export async function confirmEnrollment(ctx: IdentityContext, code: string): Promise<boolean> {
  const userId = ctx.viewer!.userId;
  return ctx.data.run(async (tx) => {
    const user = await tx.users.findByIdOrFail(userId);
    if (!user.mfaPendingSecret) throw badUserInput('Start enrolment (startMfaEnrollment) before confirming it.', 'code');
    const key = await tx.mfa.dataKey();
    const secret = decryptField(key, user.mfaPendingSecret, aad(userId, 'mfa_pending_secret'))!;
    if (!(await totpMatches(secret, code))) throw badUserInput('That code is not right. Enter the 6-digit code your app shows now.', 'code');
    await tx.users.update(userId, { mfaEnabled: true, mfaSecret: encryptField(key, secret, aad(userId, 'mfa_secret')), mfaPendingSecret: null });
    await tx.audit.record({ action: 'update', table: 'users', recordId: userId, oldValues: { mfaEnabled: false }, newValues: { mfaEnabled: true } });
    return true;
  });
}

/** Whether `user` must enrol in MFA before using FitFlow (their team requires it and they have not). */
export async function enrollmentRequired(ctx: IdentityContext, user: UserEntity): Promise<boolean> {
  return !user.mfaEnabled && (await ctx.data.run((tx) => tx.mfa.teamRequiresMfa(user.id)));
}

/**
 * Turns MFA off after checking a current code.
 * @throws BAD_USER_INPUT for a wrong code; FORBIDDEN when the caller's team requires MFA.
 */
export async function disable(ctx: IdentityContext, code: string): Promise<boolean> {
  const userId = ctx.viewer!.userId;
  return ctx.data.run(async (tx) => {
    const user = await tx.users.findByIdOrFail(userId);
    if (!user.mfaEnabled) return true;
    if (await tx.mfa.teamRequiresMfa(userId)) throw forbidden('Your team requires two-factor authentication; it cannot be turned off.');
    const secret = user.mfaSecret ? confirmedSecret(await tx.mfa.dataKey(), user) : null;
    if (!secret || !(await totpMatches(secret, code))) throw badUserInput('That code is not right.', 'code');
    await tx.users.update(userId, { mfaEnabled: false, mfaSecret: null });
    await tx.audit.record({ action: 'update', table: 'users', recordId: userId, oldValues: { mfaEnabled: true }, newValues: { mfaEnabled: false } });
    return true;
  });
}

/**
 * A Trainer Admin requires (or stops requiring) MFA for everyone in their team, transitively. Audited.
 * @throws FORBIDDEN unless the caller is a Trainer Admin.
 */
export async function setTeamMfaRequired(ctx: IdentityContext, required: boolean): Promise<TeamSecurityPolicyType> {
  const trainerAdminId = administeredTeamOf(ctx.scope);
  if (!trainerAdminId) throw forbidden('Only a Trainer Admin can set their team’s security rules.');
  await ctx.data.run(async (tx) => {
    const before = await tx.mfa.policyOf(trainerAdminId);
    await tx.mfa.savePolicy(trainerAdminId, required);
    await tx.audit.record({
      action: before ? 'update' : 'create',
      table: 'team_policies',
      recordId: trainerAdminId,
      oldValues: before ? { mfaRequired: before.mfaRequired } : null,
      newValues: { mfaRequired: required },
    });
  });
  return { trainerAdminId, mfaRequired: required };
}
