import {
  APP_TOKEN_TTL_SECONDS,
  badUserInput,
  conflict,
  ErrorCode,
  isAppScope,
  isUuid,
  notFound,
  parseId,
  sha256Hex,
  signAccessToken,
  type AppScope,
  type Role,
  type RoleGrant,
} from '@fitflow/kit';
import { GraphQLError } from 'graphql';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IdentityContext } from '../../context.js';
import { analyseManifest, refusalMessage, type ManifestAnalysis } from './app-manifest.js';
import type { AppEntity, AppOwnerRole, AppStatus } from './app.entity.js';
import type { RegisterAppInput } from './app.inputs.js';
import type { AppUsageInput } from './app.inputs.js';
import type { AppChanges, NewOperation } from './app.repository.js';
import {
  AppAccessTokenType,
  AppCredentialsType,
  AppOperationDocumentType,
  AppType,
  type AppOperationFieldType,
  type AppScopeValue,
  type ManifestAnalysisType,
} from './app.type.js';

/*
 * Third-party apps (docs/apps.md): registration against the API schema and the requested scopes,
 * credentials (a client id and a secret kept only as a SHA-256), the super admin's approval of client
 * records, suspension, and the gateway's internal calls (token grant, operation lookup, usage).
 */

/** Roles that may own an app, most powerful first (the role an app is registered with when several share a tenant). */
const OWNER_ROLES: readonly AppOwnerRole[] = ['trainer_admin', 'trainer', 'studio_admin'];
const isOwnerRole = (role: Role): role is AppOwnerRole => (OWNER_ROLES as readonly string[]).includes(role);

/** An app's name: 1 to 80 characters once trimmed. */
const NAME_MAX = 80;
/** Usage counts a report may carry, and days `App.usage` may cover. */
const USAGE_LIMITS = { entries: 1000, calls: 1_000_000, operationName: 200, days: 366 } as const;

/** `ffa_` + 16 random bytes, hex: public, names the app at the token endpoint. */
const newClientId = () => `ffa_${randomBytes(16).toString('hex')}`;
/** `ffs_` + 32 random bytes, base64url: high entropy, so a SHA-256 of it is enough to keep. */
const newClientSecret = () => `ffs_${randomBytes(32).toString('base64url')}`;
/** SHA-256 (hex) of a client secret: what `identity.apps.secret_hash` holds. */
export const hashClientSecret = sha256Hex;
/** Compared against when there is no app, so that an unknown client id costs as long as a wrong secret. */
const NO_APP_HASH = hashClientSecret(newClientSecret());

/** `secret` hashes to `hash`, compared in constant time. */
function secretMatches(secret: string, hash: string): boolean {
  return timingSafeEqual(Buffer.from(hashClientSecret(secret), 'hex'), Buffer.from(hash, 'hex'));
}

/** The refusal of the token grant, one for every cause so that a client id cannot be probed. */
const invalidClient = () =>
  new GraphQLError('invalid_client: the client id or secret is not valid, or the app was revoked.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, oauthError: 'invalid_client' },
  });
const unauthorizedClient = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN, oauthError: 'unauthorized_client' } });
const invalidScope = (message: string) =>
  new GraphQLError(`invalid_scope: ${message}`, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'scope', oauthError: 'invalid_scope' } });

/** The distinct scopes of a list, refused (BAD_USER_INPUT on `field`) when empty. */
function requestedScopes(scopes: readonly AppScopeValue[], field: string): AppScope[] {
  const distinct = [...new Set(scopes)].filter(isAppScope);
  if (!distinct.length) throw badUserInput('Ask for at least one scope, e.g. SCHEDULE_READ.', field);
  return distinct;
}

/** The analysis of `manifest` for `scopes` as the API shows it. */
function toAnalysisType(analysis: ManifestAnalysis): ManifestAnalysisType {
  return {
    valid: analysis.valid,
    problems: analysis.problems,
    operations: analysis.operations.map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      problems: o.problems,
      fields: o.fields.map((f) => ({ coordinate: f.coordinate, scopes: f.scopes as AppScopeValue[], allowed: f.allowed })),
    })),
  };
}

/**
 * What registering `manifest` with `scopes` would do (no write): every operation, the fields it
 * selects, the scopes they need, and every problem. For the web page; registration runs the same check.
 * @throws BAD_USER_INPUT (`scopes`) when no scope is asked for.
 */
export function analyzeManifest(ctx: IdentityContext, manifest: string, scopes: readonly AppScopeValue[]): ManifestAnalysisType {
  return toAnalysisType(analyseManifest(ctx.deps.appApi(), manifest, requestedScopes(scopes, 'scopes')));
}

/**
 * The operations of an accepted manifest, to store.
 * @throws BAD_USER_INPUT (`field`) listing every refused operation and field; nothing is stored then.
 */
function acceptedOperations(ctx: IdentityContext, manifest: string, scopes: readonly AppScope[], field: string): NewOperation[] {
  const analysis = analyseManifest(ctx.deps.appApi(), manifest, scopes);
  if (!analysis.valid) throw badUserInput(refusalMessage(analysis), field);
  return analysis.operations.map((o) => ({
    id: o.id,
    name: o.name,
    type: o.type as 'query' | 'mutation',
    body: o.body,
    fields: o.fields.map((f) => ({ coordinate: f.coordinate, scopes: f.scopes })),
  }));
}

/**
 * The tenant a new app of the caller acts in: `ownerScopeId` among the caller's trainer, trainer admin
 * and studio admin grants, or their only one; the role is the most powerful they hold there.
 * @throws BAD_USER_INPUT (`input.ownerScopeId`) when it is not one of theirs, or when they have several and named none.
 */
function tenantOf(ctx: IdentityContext, ownerScopeId: string | null | undefined): { role: AppOwnerRole; scopeId: string } {
  const grants = (ctx.viewer?.roles ?? []).filter((g): g is RoleGrant & { role: AppOwnerRole; scopeId: string } => isOwnerRole(g.role) && !!g.scopeId);
  const tenants = [...new Set(grants.map((g) => g.scopeId.toLowerCase()))];
  let scopeId: string;
  if (ownerScopeId != null) {
    scopeId = parseId(ownerScopeId, 'input.ownerScopeId');
    if (!tenants.includes(scopeId)) {
      throw badUserInput(`ownerScopeId must be one of the trainer or studio ids you act for: ${tenants.join(', ')}.`, 'input.ownerScopeId');
    }
  } else if (tenants.length === 1) {
    scopeId = tenants[0];
  } else {
    throw badUserInput(
      `You act for several trainers or studios: say which one the app acts for with ownerScopeId (one of ${tenants.join(', ')}).`,
      'input.ownerScopeId',
    );
  }
  const role = OWNER_ROLES.find((r) => grants.some((g) => g.role === r && g.scopeId.toLowerCase() === scopeId))!;
  return { role, scopeId };
}

/**
 * Registers an app of the caller: checks its name, scopes and manifest (every operation against the
 * API schema and the scopes), then stores it with new credentials. An app asking for `clients:read`
 * waits for a super admin's approval (PENDING_APPROVAL). Audited (no secret).
 * @returns the app and its client secret, shown this once.
 * @throws BAD_USER_INPUT naming the field (`input.name`, `input.scopes`, `input.ownerScopeId`, `input.manifest`: every refused operation and field), before any write.
 */
export async function registerApp(ctx: IdentityContext, input: RegisterAppInput): Promise<AppCredentialsType> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > NAME_MAX) throw badUserInput(`name must be 1 to ${NAME_MAX} characters, e.g. "Harbourfront website".`, 'input.name');
  const scopes = requestedScopes(input.scopes, 'input.scopes');
  const tenant = tenantOf(ctx, input.ownerScopeId);
  const operations = acceptedOperations(ctx, input.manifest, scopes, 'input.manifest');
  const clientSecret = newClientSecret();
  const status: AppStatus = scopes.includes('clients:read') ? 'pending_approval' : 'active';
  const app = await ctx.data.run(async (tx) => {
    const created = await tx.apps.insert({
      ownerUserId: ctx.viewer!.userId,
      ownerRole: tenant.role,
      ownerScopeId: tenant.scopeId,
      name,
      scopes,
      status,
      clientId: newClientId(),
      secretHash: hashClientSecret(clientSecret),
    });
    await tx.apps.replaceOperations(created.id, operations);
    await tx.audit.record({
      action: 'create',
      table: 'apps',
      recordId: created.id,
      newValues: {
        name,
        scopes,
        status,
        ownerRole: tenant.role,
        ownerScopeId: tenant.scopeId,
        clientId: created.clientId,
        operations: operations.map((o) => o.name),
      },
    });
    return created;
  });
  ctx.log.info({ appId: app.id, status }, 'app registered');
  return Object.assign(new AppCredentialsType(), { app: AppType.from(app), clientSecret });
}

/**
 * Runs `change` on the app `appId` as the caller sees it (locked), writing the audit row it returns.
 * @throws NOT_FOUND when the caller may not see it (as for an unknown id).
 */
async function changeApp(
  ctx: IdentityContext,
  appId: string,
  change: (app: AppEntity) => {
    changes: AppChanges;
    audit: { old: Record<string, unknown>; new: Record<string, unknown>; reason?: string };
    operations?: NewOperation[];
  },
): Promise<AppEntity> {
  const id = parseId(appId, 'appId');
  return ctx.data.run(async (tx) => {
    const app = await tx.apps.lockVisible(id);
    if (!app) throw notFound('App');
    const { changes, audit, operations } = change(app);
    const changed = await tx.apps.update(id, changes);
    if (operations) await tx.apps.replaceOperations(id, operations);
    await tx.audit.record({ action: 'update', table: 'apps', recordId: id, oldValues: audit.old, newValues: audit.new, reason: audit.reason });
    return changed;
  });
}

const notRevoked = (app: AppEntity) => {
  if (app.status === 'revoked') throw conflict('This app was revoked; register a new one.');
};

/**
 * A new client secret for the caller's app; the old one stops working at once. Audited (no secret).
 * @returns the app and its new secret, shown this once.
 * @throws NOT_FOUND, CONFLICT (revoked).
 */
export async function rotateAppSecret(ctx: IdentityContext, appId: string): Promise<AppCredentialsType> {
  const clientSecret = newClientSecret();
  const app = await changeApp(ctx, appId, (current) => {
    notRevoked(current);
    const now = new Date();
    return { changes: { secretHash: hashClientSecret(clientSecret), secretRotatedAt: now }, audit: { old: {}, new: { secretRotatedAt: now.toISOString() } } };
  });
  return Object.assign(new AppCredentialsType(), { app: AppType.from(app), clientSecret });
}

/**
 * Replaces the operations of the caller's app, with the checks of registration against its scopes.
 * @throws BAD_USER_INPUT (`manifest`) listing every refused operation and field (nothing changes), NOT_FOUND, CONFLICT (revoked).
 */
export async function updateAppManifest(ctx: IdentityContext, appId: string, manifest: string): Promise<AppType> {
  const id = parseId(appId, 'appId');
  const current = await ctx.data.run((tx) => tx.apps.visible([id]));
  if (!current.length) throw notFound('App');
  const operations = acceptedOperations(ctx, manifest, current[0].scopes as AppScope[], 'manifest');
  const app = await changeApp(ctx, id, (locked) => {
    notRevoked(locked);
    return { changes: {}, operations, audit: { old: {}, new: { operations: operations.map((o) => o.name) } } };
  });
  return AppType.from(app);
}

/**
 * Revokes an app for good (its owner or a super admin): its credentials never get a token again. Audited.
 * @throws NOT_FOUND, CONFLICT (already revoked).
 */
export async function revokeApp(ctx: IdentityContext, appId: string): Promise<AppType> {
  const app = await changeApp(ctx, appId, (current) => {
    notRevoked(current);
    return { changes: { status: 'revoked' }, audit: { old: { status: current.status }, new: { status: 'revoked' } } };
  });
  ctx.log.info({ appId: app.id }, 'app revoked');
  return AppType.from(app);
}

/**
 * A super admin suspends an app (its tokens are refused until reinstated), saying why; the owner sees the reason. Audited.
 * @throws BAD_USER_INPUT (`reason`: 10 to 1000 characters), NOT_FOUND, CONFLICT (revoked or already suspended).
 */
export async function suspendApp(ctx: IdentityContext, appId: string, reason: string): Promise<AppType> {
  const why = reason.trim();
  if (why.length < 10 || why.length > 1000) throw badUserInput('reason must be 10 to 1000 characters: say why, for the app’s owner and the audit.', 'reason');
  const app = await changeApp(ctx, appId, (current) => {
    notRevoked(current);
    if (current.status === 'suspended') throw conflict('This app is already suspended.');
    return { changes: { status: 'suspended', suspendedReason: why }, audit: { old: { status: current.status }, new: { status: 'suspended' }, reason: why } };
  });
  ctx.log.info({ appId: app.id }, 'app suspended');
  return AppType.from(app);
}

/**
 * A super admin reinstates a suspended app: ACTIVE again, or PENDING_APPROVAL when it asks for client
 * records that were never approved. Audited.
 * @throws NOT_FOUND, CONFLICT (not suspended).
 */
export async function reinstateApp(ctx: IdentityContext, appId: string): Promise<AppType> {
  const app = await changeApp(ctx, appId, (current) => {
    if (current.status !== 'suspended') throw conflict('Only a suspended app can be reinstated.');
    const status: AppStatus = current.scopes.includes('clients:read') && !current.approvedAt ? 'pending_approval' : 'active';
    return { changes: { status, suspendedReason: null }, audit: { old: { status: 'suspended' }, new: { status } } };
  });
  return AppType.from(app);
}

/** Today's date in UTC, YYYY-MM-DD. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * A super admin approves an app's access to client records (`clients:read`, PHI), recording the data
 * processing agreement (its reference and the date it was signed): PENDING_APPROVAL → ACTIVE. Audited.
 * @throws BAD_USER_INPUT (`dataProcessingAgreement` 3 to 200 characters; `signedOn` not in the future), NOT_FOUND, CONFLICT (not pending approval).
 */
export async function approveAppClientAccess(ctx: IdentityContext, appId: string, dataProcessingAgreement: string, signedOn: string): Promise<AppType> {
  const reference = dataProcessingAgreement.trim();
  if (reference.length < 3 || reference.length > 200) {
    throw badUserInput('dataProcessingAgreement must be the agreement’s reference, 3 to 200 characters, e.g. "DPA-2026-014".', 'dataProcessingAgreement');
  }
  if (signedOn > todayUtc()) throw badUserInput('signedOn must be the date the agreement was signed, not a future date.', 'signedOn');
  const app = await changeApp(ctx, appId, (current) => {
    if (current.status !== 'pending_approval') throw conflict('Only an app waiting for approval (PENDING_APPROVAL) can be approved.');
    const approvedAt = new Date();
    return {
      changes: { status: 'active', dpaReference: reference, dpaSignedOn: signedOn, approvedBy: ctx.viewer!.userId, approvedAt },
      audit: { old: { status: current.status }, new: { status: 'active', dpaReference: reference, dpaSignedOn: signedOn } },
    };
  });
  return AppType.from(app);
}

/** The caller's apps, newest first (a super admin: every app). */
export async function myApps(ctx: IdentityContext): Promise<AppType[]> {
  return (await ctx.data.run((tx) => tx.apps.list())).map(AppType.from);
}

/** The app `id`. @throws NOT_FOUND when the caller may not see it (as for an unknown id). */
export async function getApp(ctx: IdentityContext, id: string): Promise<AppType> {
  const [app] = await ctx.data.run((tx) => tx.apps.visible([parseId(id)]));
  if (!app) throw notFound('App');
  return AppType.from(app);
}

/** The fields of a stored operation, as the API shows them for an app granted `granted`. */
export const storedFields = (fields: readonly { coordinate: string; scopes: string[] }[], granted: readonly string[]): AppOperationFieldType[] =>
  fields.map((f) => ({ coordinate: f.coordinate, scopes: f.scopes as AppScopeValue[], allowed: f.scopes.some((s) => granted.includes(s)) }));

/**
 * The app's calls per operation over the last `days` days.
 * @throws BAD_USER_INPUT (`days`: 1 to 366).
 */
export async function usageOf(ctx: IdentityContext, appId: string, days: number) {
  if (!Number.isInteger(days) || days < 1 || days > USAGE_LIMITS.days) throw badUserInput(`days must be 1 to ${USAGE_LIMITS.days}.`, 'days');
  return ctx.data.run((tx) => tx.apps.usageOf(appId, days));
}

// ——— The gateway's internal calls (shield: `isGateway`). ———

/**
 * The OAuth 2.0 client-credentials grant (RFC 6749 §4.4), behind the gateway's token endpoint: a
 * short-lived access token for an active app, acting as its owner with the owner's current grants in
 * the app's tenant only, and the app's scopes (or the subset `scope` asks for, space-separated).
 * @throws UNAUTHENTICATED `invalid_client` (unknown client id, wrong or rotated secret, revoked app: one answer for all);
 *   FORBIDDEN `unauthorized_client` (suspended, waiting for approval, owner no longer holds the role or is suspended);
 *   BAD_USER_INPUT `invalid_scope` (a scope that does not exist or that the app was not granted).
 */
export async function issueAppToken(ctx: IdentityContext, clientId: string, clientSecret: string, scope?: string | null): Promise<AppAccessTokenType> {
  const asked = scope?.trim() ? [...new Set(scope.trim().split(/\s+/))] : null;
  const unknown = asked?.filter((s) => !isAppScope(s)) ?? [];
  if (unknown.length) throw invalidScope(`${unknown.map((s) => JSON.stringify(s)).join(', ')} is not a FitFlow scope.`);
  const app = /^ffa_[0-9a-f]{32}$/.test(clientId) ? await ctx.data.run((tx) => tx.apps.findByClientId(clientId)) : null;
  const matches = secretMatches(clientSecret, app?.secretHash ?? NO_APP_HASH);
  if (!app || !matches || app.status === 'revoked') throw invalidClient();
  if (app.status === 'suspended') throw unauthorizedClient('This app is suspended by FitFlow; its owner can see why in Apps & API.');
  if (app.status === 'pending_approval') {
    throw unauthorizedClient('This app asks for client records (clients:read) and waits for a FitFlow super admin’s approval.');
  }
  const [owner, grants] = await ctx.data.run(
    async (tx) => [(await tx.users.findByIds([app.ownerUserId]))[0], await tx.users.rolesOf([app.ownerUserId])] as const,
  );
  const tenantGrants = grants.filter((g) => isOwnerRole(g.role) && g.scopeId === app.ownerScopeId);
  if (!owner || owner.status !== 'active' || !tenantGrants.some((g) => g.role === app.ownerRole)) {
    throw unauthorizedClient('This app’s owner no longer holds the role it was registered with; its owner must register it again.');
  }
  const granted = asked ?? app.scopes;
  const beyond = granted.filter((s) => !app.scopes.includes(s));
  if (beyond.length) throw invalidScope(`this app was not granted ${beyond.join(', ')}.`);
  const viewer = {
    userId: app.ownerUserId,
    roles: tenantGrants.map((g) => ({ role: g.role, scopeId: g.scopeId })),
    app: { id: app.id, scopes: granted as AppScope[] },
  };
  const { token } = await signAccessToken(ctx.deps.keys.signing, viewer, {
    issuer: ctx.deps.issuer,
    audience: ctx.deps.audience,
    ttlSeconds: APP_TOKEN_TTL_SECONDS,
  });
  ctx.log.info({ appId: app.id }, 'app token issued');
  return Object.assign(new AppAccessTokenType(), { accessToken: token, expiresIn: APP_TOKEN_TTL_SECONDS, scope: granted.join(' ') });
}

/**
 * Operation `operationId` (SHA-256 hex of its text) of the app `appId`, for the gateway's
 * persisted-operation lookup; null when the app is not active or has no such operation.
 * @throws BAD_USER_INPUT (`appId`) for a malformed id.
 */
export async function appOperation(ctx: IdentityContext, appId: string, operationId: string): Promise<AppOperationDocumentType | null> {
  const id = parseId(appId, 'appId');
  if (!/^[0-9a-f]{64}$/i.test(operationId)) return null;
  const operation = await ctx.data.run((tx) => tx.apps.activeOperation(id, operationId.toLowerCase()));
  return operation
    ? Object.assign(new AppOperationDocumentType(), { id: operation.id, name: operation.name, type: operation.type, body: operation.body })
    : null;
}

/**
 * Adds the gateway's usage counts (per app, operation and UTC day); entries of unknown apps are skipped.
 * @throws BAD_USER_INPUT (`entries`) for more than 1000 entries, a malformed app id, an empty or long operation name, or counts out of range.
 */
export async function recordAppUsage(ctx: IdentityContext, entries: readonly AppUsageInput[]): Promise<boolean> {
  if (entries.length > USAGE_LIMITS.entries) throw badUserInput(`Report at most ${USAGE_LIMITS.entries} entries at a time.`, 'entries');
  entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (!isUuid(e.appId)) throw badUserInput(`${at}.appId must be an app id.`, 'entries');
    if (!e.operationName || e.operationName.length > USAGE_LIMITS.operationName) {
      throw badUserInput(`${at}.operationName must be 1 to ${USAGE_LIMITS.operationName} characters.`, 'entries');
    }
    if (!(e.calls >= 1 && e.calls <= USAGE_LIMITS.calls && e.errors >= 0 && e.errors <= e.calls)) {
      throw badUserInput(`${at} must count 1 to ${USAGE_LIMITS.calls} calls and 0 to that many errors.`, 'entries');
    }
  });
  await ctx.data.run((tx) => tx.apps.recordUsage(entries.map((e) => ({ ...e, appId: e.appId.toLowerCase() }))));
  return true;
}
