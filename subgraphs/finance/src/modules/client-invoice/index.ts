import { defineModule } from '@fitflow/kit';
import { createClientInvoiceLoaders } from './client-invoice.loaders.js';
import { ClientInvoiceResolver, ClientInvoicesResolver } from './client-invoice.resolver.js';
import { clientInvoiceRules } from './client-invoice.rules.js';

/**
 * Invoices to clients: `Mutation.createClientInvoice` (a draft from a client's completed sessions and
 * other lines, its place of supply decided here) and `Client.invoices`. Issuing, editing and paying a
 * client invoice are the same operations as for a studio invoice (docs/receivables.md).
 */
export const clientInvoiceModule = defineModule({
  name: 'client-invoice',
  resolvers: [ClientInvoiceResolver, ClientInvoicesResolver],
  rules: clientInvoiceRules,
  loaders: createClientInvoiceLoaders,
});
