import { SignJWT, createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { APP_SCOPES, type AppScope } from './app-scopes.js';
import { unauthenticated } from './errors.js';

/** The roles of FitFlow's access control (docs/permissions.md), from most to least powerful. */
export const ROLES = ['super_admin', 'trainer_admin', 'trainer', 'studio_admin', 'client'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A role held by a user, and where: `scopeId` is null for `super_admin` (the platform), the trainer id
 * for `trainer` / `trainer_admin`, the studio id for `studio_admin`, the client id for `client`.
 */
export interface RoleGrant {
  role: Role;
  scopeId: string | null;
}

/** The authenticated caller of a request, decoded from a verified access token. */
export interface Viewer {
  userId: string;
  roles: RoleGrant[];
  /** Their team requires MFA and they have not enrolled yet: only MFA enrolment is open to them. */
  mfaEnrollmentRequired?: boolean;
  /**
   * Set when a third-party app calls (an app token from the client-credentials grant): `userId` and
   * `roles` are then its owner's, narrowed to the app's tenant, and only fields whose
   * `@requiresScopes` one of `scopes` satisfies are open to it (docs/apps.md, docs/scopes.md).
   */
  app?: AppGrant;
}

/** The app a token was issued to, and the scopes granted to it. */
export interface AppGrant {
  id: string;
  scopes: AppScope[];
}

/** JWT signing algorithm of FitFlow access tokens (Ed25519). */
export const ACCESS_TOKEN_ALG = 'EdDSA';

const claimsSchema = z.object({
  sub: z.string().uuid(),
  roles: z.array(z.object({ role: z.enum(ROLES), scopeId: z.string().uuid().nullable() })),
  mer: z.boolean().optional(),
  /** App tokens: the app's id and its scopes (RFC 9068 `scope`, space-separated). */
  app: z.string().uuid().optional(),
  scope: z.string().optional(),
});

/** Scope ids of every grant of `role` held by `viewer`. */
export function scopesOf(viewer: Viewer | null, role: Role): string[] {
  return viewer?.roles.filter((r) => r.role === role && r.scopeId).map((r) => r.scopeId as string) ?? [];
}
/** True when the viewer holds `role` anywhere. */
export const hasRole = (viewer: Viewer | null, role: Role) => !!viewer?.roles.some((r) => r.role === role);

export interface VerifierOptions {
  /** identity's `/.well-known/jwks.json`, or a key resolver (tests). */
  jwksUrl?: string;
  getKey?: JWTVerifyGetKey | CryptoKey | Uint8Array;
  issuer: string;
  audience: string;
  /**
   * How many verified tokens the process remembers (default {@link VERIFIED_TOKEN_CACHE_SIZE}; 0: none).
   * A remembered token is not verified again until it expires: the same access token arrives at the
   * gateway and at each subgraph of a query plan, and again with every request of its 15 minutes.
   */
  cacheSize?: number;
}

/** Default number of verified tokens a process remembers (kit {@link createTokenVerifier}). */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/** Verifies an `Authorization` header value. */
export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer | null>;

/**
 * Builds the verifier every subgraph and the gateway use on each request.
 * Returns null for a request without an `Authorization` header (anonymous).
 * @throws UNAUTHENTICATED (HTTP 401: it is raised before execution) when the header is malformed, or the token is expired, forged, or for another audience.
 */
export function createTokenVerifier(options: VerifierOptions): TokenVerifier {
  const key = options.getKey ?? createRemoteJWKSet(new URL(options.jwksUrl ?? ''), { cooldownDuration: 30_000 });
  const size = options.cacheSize ?? VERIFIED_TOKEN_CACHE_SIZE;
  // Successes only, each until its token's `exp` (lru-cache's per-entry TTL, checked on every read):
  // an expired, forged or malformed token is verified (and refused) every time.
  const verified = size > 0 ? new LRUCache<string, Viewer>({ max: size, ttlAutopurge: false }) : null;
  return async (authorization) => {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <access token>".', 401);
    const remembered = verified?.get(match[1]);
    if (remembered) return remembered;
    const { viewer, expiresAt } = await verify(match[1]);
    const ttl = expiresAt - Date.now();
    if (verified && ttl > 0) verified.set(match[1], viewer, { ttl });
    return viewer;
  };

  async function verify(token: string): Promise<{ viewer: Viewer; expiresAt: number }> {
    let payload: { exp?: number } & Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, key as JWTVerifyGetKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [ACCESS_TOKEN_ALG],
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        throw unauthenticated('Your access token has expired. Refresh it with refreshToken or sign in again.', 401);
      }
      throw unauthenticated('Your access token is not valid. Sign in again.', 401);
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('Your access token is not valid. Sign in again.', 401);
    const { sub, roles, mer, app, scope } = claims.data;
    const scopes = (scope ?? '').split(' ').filter(Boolean);
    if (app && !scopes.every((s) => (APP_SCOPES as readonly string[]).includes(s))) {
      throw unauthenticated('Your access token is not valid. Request a new one.', 401);
    }
    // Shared by every request that presents the token: frozen, so no request can change another's caller.
    const viewer: Viewer = deepFreeze({
      userId: sub,
      roles,
      ...(mer ? { mfaEnrollmentRequired: true } : {}),
      ...(app ? { app: { id: app, scopes: scopes as AppScope[] } } : {}),
    });
    // FitFlow's tokens always expire (signAccessToken); one without `exp` is verified every time.
    return { viewer, expiresAt: typeof payload.exp === 'number' ? payload.exp * 1000 : 0 };
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Access-token lifetime, in seconds. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** Lifetime of an app's access token (client-credentials grant), in seconds. */
export const APP_TOKEN_TTL_SECONDS = 10 * 60;

export interface SigningKey {
  /** Ed25519 private key (from identity's key material). */
  privateKey: CryptoKey;
  /** Key id published in the JWKS, so keys can rotate. */
  kid: string;
}

/**
 * Signs a FitFlow access token (JWT, EdDSA) for `viewer`.
 * Claims: `sub` (user id; an app's owner), `roles` ({@link RoleGrant}[]), `mer` (MFA enrolment
 * required), for an app `app` (its id) and `scope` (its scopes, space-separated), `iss`, `aud`, `iat`, `exp`.
 */
export async function signAccessToken(
  key: SigningKey,
  viewer: Viewer,
  options: { issuer: string; audience: string; ttlSeconds?: number },
): Promise<{ token: string; expiresAt: Date }> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (options.ttlSeconds ?? ACCESS_TOKEN_TTL_SECONDS);
  const token = await new SignJWT({
    roles: viewer.roles,
    ...(viewer.mfaEnrollmentRequired ? { mer: true } : {}),
    ...(viewer.app ? { app: viewer.app.id, scope: viewer.app.scopes.join(' ') } : {}),
  })
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: key.kid, typ: 'at+jwt' })
    .setSubject(viewer.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(now)
    .setExpirationTime(exp)
    .setJti(crypto.randomUUID())
    .sign(key.privateKey);
  return { token, expiresAt: new Date(exp * 1000) };
}
