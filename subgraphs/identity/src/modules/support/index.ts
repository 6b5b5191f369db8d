import { defineModule } from '@fitflow/kit';
import { SupportResolver } from './support.resolver.js';
import { supportRules } from './support.rules.js';

/** The super admin's support console: find an account, clear its sign-in delays, suspend or reinstate it. */
export const supportModule = defineModule({
  name: 'support',
  resolvers: [SupportResolver],
  rules: supportRules,
});
