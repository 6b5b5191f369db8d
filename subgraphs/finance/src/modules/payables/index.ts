import { defineModule } from '@fitflow/kit';
import { PayableInvoiceResolver, StudioPayablesResolver, TrainerPayablesResolver } from './payables.resolver.js';
import { createPayablesLoaders } from './payables.loaders.js';
import { payablesRules } from './payables.rules.js';

/**
 * A studio's payables: `Studio.payables` — what it owes each trainer, by month and by age. Read-only,
 * over invoices and payments (it owns no table); docs/receivables.md.
 */
export const payablesModule = defineModule({
  name: 'payables',
  resolvers: [StudioPayablesResolver, TrainerPayablesResolver, PayableInvoiceResolver],
  rules: payablesRules,
  loaders: createPayablesLoaders,
});
