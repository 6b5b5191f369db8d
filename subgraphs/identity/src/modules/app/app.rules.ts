import { forbidden, hasAnyRole, isAuthenticated, recordRule, rule, type IRule, type IRules, type RequestContext } from '@fitflow/kit';
import type { IdentityContext } from '../../context.js';
import type { AppRelation } from './app.loaders.js';

/*
 * Apps (docs/apps.md): trainers, trainer admins and studio admins register apps; an app is seen and
 * revoked by its owner and by super admins, changed (secret, manifest) by its owner only; a super
 * admin suspends, reinstates and approves client access. Another caller's app answers NOT_FOUND,
 * exactly like an unknown id. The internal operations are the gateway's alone. Deny by default.
 */

/** May own an app: a trainer, trainer admin or studio admin (super admins and clients may not). */
const registersApps = hasAnyRole('trainer', 'trainer_admin', 'studio_admin');
/** Has apps to list: those who register them, and super admins (every app). */
const listsApps = hasAnyRole('trainer', 'trainer_admin', 'studio_admin', 'super_admin');
const superAdmin = hasAnyRole('super_admin');

/**
 * The request carries the gateway's valid credential (`ctx.viaGateway`, kit `server.ts` `gate`):
 * identity's internal operations (`@inaccessible`) are open to the gateway only. FORBIDDEN otherwise.
 */
export const isGateway: IRule = rule('isGateway', { cache: 'contextual' })((_p, _a, ctx: RequestContext) =>
  ctx.viaGateway === true ? true : forbidden('This operation is for the FitFlow gateway only.'),
);

const relationToApp = (ctx: IdentityContext, id: string) => ctx.loaders.appRelation.load(id);

/** The caller sees the app at `path` of the arguments (its owner or a super admin); NOT_FOUND otherwise. */
const seesApp = (path: string) =>
  recordRule<IdentityContext, AppRelation>({ name: 'seesApp', path, what: 'App', relation: relationToApp, allow: () => true, message: '' });

/** The caller owns the app at `path`; NOT_FOUND when they cannot see it, FORBIDDEN for a super admin who does not own it. */
const ownsApp = (path: string) =>
  recordRule<IdentityContext, AppRelation>({
    name: 'ownsApp',
    path,
    what: 'App',
    relation: relationToApp,
    allow: (relation) => relation === 'owner',
    message: 'Only the app’s owner may change its secret or its operations.',
  });

export const appRules: IRules = {
  Query: {
    myApps: listsApps,
    app: seesApp('id'),
    analyzeAppManifest: registersApps,
    appOperation: isGateway,
  },
  Mutation: {
    registerApp: registersApps,
    rotateAppSecret: ownsApp('appId'),
    updateAppManifest: ownsApp('appId'),
    revokeApp: seesApp('appId'),
    suspendApp: superAdmin,
    reinstateApp: superAdmin,
    approveAppClientAccess: superAdmin,
    issueAppToken: isGateway,
    recordAppUsage: isGateway,
  },
  App: isAuthenticated,
  AppCredentials: isAuthenticated,
  AppOperation: isAuthenticated,
  AppOperationField: isAuthenticated,
  AppOperationUsage: isAuthenticated,
  ManifestAnalysis: isAuthenticated,
  AnalysedOperation: isAuthenticated,
  AppAccessToken: isGateway,
  AppOperationDocument: isGateway,
};
