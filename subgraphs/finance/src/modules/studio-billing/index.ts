import { defineModule } from '@fitflow/kit';
import { StudioBillingResolver } from './studio-billing.resolver.js';
import { studioBillingRules } from './studio-billing.rules.js';

/** Month-end billing of studios: `Mutation.generateStudioInvoices`, reading the studios' and scheduling's published views. */
export const studioBillingModule = defineModule({
  name: 'studio-billing',
  resolvers: [StudioBillingResolver],
  rules: studioBillingRules,
});
