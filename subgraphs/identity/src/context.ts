import { scopeOf, type LoadersOf, type RequestContext, type Viewer } from '@fitflow/kit';
import { identityData, type IdentityData } from './data.js';
import type { IdentityDeps } from './deps.js';
import { normaliseAddress } from './modules/auth/source-address.js';
import { identityModules } from './schema.js';

/** One request to identity: who asks, the process's dependencies, the caller's data access, and sign-in bookkeeping. */
export interface IdentityRequest extends RequestContext {
  deps: IdentityDeps;
  data: IdentityData;
  /** `login` fields executed in this request (aliases count): at most one is allowed. */
  loginAttempts: number;
  /**
   * The caller's address for sign-in throttling: the right-most `X-Forwarded-For` entry (the one the
   * gateway appends from the socket it saw, which a caller cannot forge), else the socket's peer.
   */
  sourceAddress: string;
}

/** A resolver's context: the request and every module's DataLoaders. */
export type IdentityContext = IdentityRequest & { loaders: LoadersOf<typeof identityModules.modules> };

/** The context of one request, from kit's request context (or `systemContext`) and the process's dependencies. */
export function createContext(deps: IdentityDeps, request: RequestContext): IdentityContext {
  const ctx = { ...request, deps, loginAttempts: 0, sourceAddress: normaliseAddress(request.ip) ?? 'unknown' } as IdentityContext;
  ctx.data = identityData(deps, ctx);
  ctx.loaders = identityModules.loaders(ctx);
  return ctx;
}

/**
 * The caller has just proved who they are (a sign-in or a refresh in this request): the rest of the
 * response is read as them — viewer, scope and data access all change together.
 */
export function actAs(ctx: IdentityContext, viewer: Viewer): void {
  ctx.viewer = viewer;
  ctx.scope = scopeOf(viewer);
  ctx.data = identityData(ctx.deps, ctx);
}
