import { buildFederatedSchema } from '@fitflow/kit';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { MfaResolver } from './modules/mfa/mfa.resolver.js';
import { SecurityEventResolver } from './modules/security/security-event.resolver.js';
import { SupportResolver } from './modules/support/support.resolver.js';
import { userReference } from './modules/user/user.reference.js';
import { UserResolver } from './modules/user/user.resolver.js';
import { permissions } from './permissions.js';

export const resolvers = [UserResolver, AuthResolver, MfaResolver, SecurityEventResolver, SupportResolver] as const;

/** The identity subgraph's federated schema, shield applied. */
export function buildIdentitySchema() {
  return buildFederatedSchema({ resolvers: [...resolvers], referenceResolvers: { User: userReference }, permissions });
}
