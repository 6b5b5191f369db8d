import { buildFederatedSchema, composeModules } from '@fitflow/kit';
import { appModule } from './modules/app/index.js';
import { authModule } from './modules/auth/index.js';
import { mfaModule } from './modules/mfa/index.js';
import { securityModule } from './modules/security/index.js';
import { supportModule } from './modules/support/index.js';
import { userModule } from './modules/user/index.js';

/** identity's modules (graphql-shield, deny by default: anonymous callers may only sign in and refresh). */
export const identityModules = composeModules([userModule, authModule, mfaModule, securityModule, supportModule, appModule]);

/** The identity subgraph's federated schema, shield applied. */
export const buildIdentitySchema = () => buildFederatedSchema(identityModules);
