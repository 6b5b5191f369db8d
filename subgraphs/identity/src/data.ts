import { DataAccess, type RequestContext } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { IdentityDeps } from './deps.js';
import { AppRepository } from './modules/app/app.repository.js';
import { KnownDeviceRepository } from './modules/auth/known-device.repository.js';
import { RefreshTokenRepository } from './modules/auth/refresh-token.repository.js';
import { MfaRepository } from './modules/mfa/mfa.repository.js';
import { SecurityEventRepository } from './modules/security/security-event.repository.js';
import { UserRepository } from './modules/user/user.repository.js';

/**
 * Every repository of identity, bound to one unit of work and the caller's scope: the only place a
 * repository is constructed.
 */
export const identityRepositories =
  (deps: Pick<IdentityDeps, 'dataKeys'>) =>
  (em: EntityManager, { scope }: RequestContext) => ({
    users: new UserRepository(em, scope),
    devices: new KnownDeviceRepository(em, scope),
    refreshTokens: new RefreshTokenRepository(em, scope),
    securityEvents: new SecurityEventRepository(em, scope),
    mfa: new MfaRepository(em, scope, deps.dataKeys),
    apps: new AppRepository(em, scope),
  });

export type IdentityRepos = ReturnType<ReturnType<typeof identityRepositories>>;

/** identity's per-request data access: `ctx.data.run((tx) => tx.users.…)`, one transaction per run. */
export type IdentityData = DataAccess<IdentityRepos>;

/** The data access of `request` (a resolver's, or a job's from kit's `systemContext`). */
export const identityData = (deps: Pick<IdentityDeps, 'ds' | 'dataKeys'>, request: RequestContext): IdentityData =>
  new DataAccess(deps.ds, request, 'identity', identityRepositories(deps));
