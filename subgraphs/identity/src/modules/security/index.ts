import { defineModule } from '@fitflow/kit';
import { UserSecurityEventsResolver } from './security.resolver.js';
import { securityRules } from './security.rules.js';

/** The account's security log (`identity.security_events`): `User.securityEvents`. */
export const securityModule = defineModule({
  name: 'security',
  resolvers: [UserSecurityEventsResolver],
  rules: securityRules,
});
