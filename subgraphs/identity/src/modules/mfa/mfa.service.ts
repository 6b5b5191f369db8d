import { badUserInput, conflict, decryptField, encryptField, forbidden, recordAudit, scopesOf, type Viewer } from '@fitflow/kit';
import { generateSecret, generateURI, verify } from 'otplib';
import type { EntityManager } from 'typeorm';
import type { IdentityContext } from '../../context.js';
import { UserEntity } from '../user/user.entity.js';
import type { MfaEnrollmentType, TeamSecurityPolicyType } from './mfa.type.js';

const DATA_KEY = 'identity.mfa';
const ISSUER = 'FitFlow';
const aad = (userId: string, column: 'mfa_secret' | 'mfa_pending_secret') => `identity.users.${column}:${userId}`;

/** Checks a 6-digit TOTP code (RFC 6238, 30 s steps, ±1 step of clock drift). */
export async function totpMatches(secret: string, code: string): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  const result = await verify({ secret, token: code, epochTolerance: 30 });
  return result.valid;
}

async function sealed(ctx: IdentityContext, em: EntityManager, userId: string, column: 'mfa_secret' | 'mfa_pending_secret', secret: string) {
  return encryptField(await ctx.auth.dataKeys.getOrCreate(em, DATA_KEY), secret, aad(userId, column))!;
}

/** The user's confirmed TOTP secret, unsealed, or null. */
export async function mfaSecretOf(ctx: IdentityContext, user: UserEntity): Promise<string | null> {
  if (!user.mfaEnabled || !user.mfaSecret) return null;
  return decryptField(await ctx.auth.dataKeys.getOrCreate(ctx.ds.manager, DATA_KEY), user.mfaSecret, aad(user.id, 'mfa_secret'));
}

/**
 * Starts TOTP enrolment for the caller: a new secret, stored sealed until confirmed.
 * @throws CONFLICT when MFA is already on.
 */
export async function startEnrollment(ctx: IdentityContext): Promise<MfaEnrollmentType> {
  const userId = ctx.viewer!.userId;
  return ctx.ds.transaction(async (em) => {
    const user = await em.findOneByOrFail(UserEntity, { id: userId });
    if (user.mfaEnabled) throw conflict('Two-factor authentication is already on. Turn it off first to enrol a new device.');
    const secret = generateSecret();
    await em.update(UserEntity, { id: userId }, { mfaPendingSecret: await sealed(ctx, em, userId, 'mfa_pending_secret', secret) });
    return { secret, otpauthUri: generateURI({ issuer: ISSUER, label: user.email, secret }) };
  });
}

/**
 * Confirms enrolment with a code from the authenticator app; MFA is then required at every sign-in.
 * @throws BAD_USER_INPUT when no enrolment was started or the code is wrong.
 */
export async function confirmEnrollment(ctx: IdentityContext, code: string): Promise<boolean> {
  const userId = ctx.viewer!.userId;
  return ctx.ds.transaction(async (em) => {
    const user = await em.findOneByOrFail(UserEntity, { id: userId });
    if (!user.mfaPendingSecret) throw badUserInput('Start enrolment (startMfaEnrollment) before confirming it.', 'code');
    const key = await ctx.auth.dataKeys.getOrCreate(em, DATA_KEY);
    const secret = decryptField(key, user.mfaPendingSecret, aad(userId, 'mfa_pending_secret'))!;
    if (!(await totpMatches(secret, code))) throw badUserInput('That code is not right. Enter the 6-digit code your app shows now.', 'code');
    await em.update(UserEntity, { id: userId }, {
      mfaEnabled: true,
      mfaSecret: encryptField(key, secret, aad(userId, 'mfa_secret')),
      mfaPendingSecret: null,
    });
    await recordAudit(em, ctx, 'identity', { action: 'update', table: 'users', recordId: userId, oldValues: { mfaEnabled: false }, newValues: { mfaEnabled: true } });
    return true;
  });
}

/** Trainer admins above `userId` (transitively) that require MFA for their team. */
async function teamRequiresMfa(em: EntityManager, userId: string): Promise<boolean> {
  const rows: { required: boolean }[] = await em.query(
    `with recursive chain(id) as (
       select parent_trainer_id from studios.trainer_directory where id = $1
       union
       select t.parent_trainer_id from studios.trainer_directory t join chain on t.id = chain.id
     )
     select exists (select 1 from identity.team_policies p join chain on p.trainer_admin_id = chain.id where p.mfa_required) as required`,
    [userId],
  );
  return rows[0]?.required ?? false;
}

/** Whether `user` must enrol in MFA before using FitFlow (their team requires it and they have not). */
export async function enrollmentRequired(ctx: IdentityContext, user: UserEntity): Promise<boolean> {
  return !user.mfaEnabled && (await teamRequiresMfa(ctx.ds.manager, user.id));
}

/**
 * Turns MFA off after checking a current code.
 * @throws BAD_USER_INPUT for a wrong code; FORBIDDEN when the caller's team requires MFA.
 */
export async function disable(ctx: IdentityContext, code: string): Promise<boolean> {
  const userId = ctx.viewer!.userId;
  return ctx.ds.transaction(async (em) => {
    const user = await em.findOneByOrFail(UserEntity, { id: userId });
    if (!user.mfaEnabled) return true;
    if (await teamRequiresMfa(em, userId)) throw forbidden('Your team requires two-factor authentication; it cannot be turned off.');
    const secret = await mfaSecretOf(ctx, user);
    if (!secret || !(await totpMatches(secret, code))) throw badUserInput('That code is not right.', 'code');
    await em.update(UserEntity, { id: userId }, { mfaEnabled: false, mfaSecret: null });
    await recordAudit(em, ctx, 'identity', { action: 'update', table: 'users', recordId: userId, oldValues: { mfaEnabled: true }, newValues: { mfaEnabled: false } });
    return true;
  });
}

/**
 * A Trainer Admin requires (or stops requiring) MFA for everyone in their team, transitively.
 * @throws FORBIDDEN unless the caller is a Trainer Admin.
 */
export async function setTeamMfaRequired(ctx: IdentityContext, required: boolean): Promise<TeamSecurityPolicyType> {
  const viewer = ctx.viewer as Viewer;
  const [trainerAdminId] = scopesOf(viewer, 'trainer_admin');
  if (!trainerAdminId) throw forbidden('Only a Trainer Admin can set their team’s security rules.');
  await ctx.ds.transaction(async (em) => {
    const [before] = await em.query('select mfa_required from identity.team_policies where trainer_admin_id = $1', [trainerAdminId]);
    await em.query(
      `insert into identity.team_policies (trainer_admin_id, mfa_required, updated_by) values ($1, $2, $3)
       on conflict (trainer_admin_id) do update set mfa_required = excluded.mfa_required, updated_by = excluded.updated_by, updated_at = now()`,
      [trainerAdminId, required, viewer.userId],
    );
    await recordAudit(em, ctx, 'identity', {
      action: before ? 'update' : 'create',
      table: 'team_policies',
      recordId: trainerAdminId,
      oldValues: before ? { mfaRequired: before.mfa_required } : null,
      newValues: { mfaRequired: required },
    });
  });
  return { trainerAdminId, mfaRequired: required };
}
