import { defineModule } from '@fitflow/kit';
import { InvoiceEntity } from './invoice.entity.js';
import { createInvoiceLoaders } from './invoice.loaders.js';
import { invoiceReference } from './invoice.reference.js';
import { InvoiceLifecycleResolver, InvoiceResolver, StudioInvoicesResolver, TrainerInvoicesResolver } from './invoice.resolver.js';
import { invoiceRules } from './invoice.rules.js';

/**
 * Invoices: `Query.invoice`, `Studio.invoices`, `Trainer.invoices`, `Invoice` references, and the
 * lifecycle (`updateInvoiceDraft`, `issueInvoice`, `markInvoiceSent`, `voidInvoice`, `deleteDraftInvoice`,
 * `createCreditNote`).
 */
export const invoiceModule = defineModule({
  name: 'invoice',
  resolvers: [InvoiceResolver, StudioInvoicesResolver, TrainerInvoicesResolver, InvoiceLifecycleResolver],
  references: { Invoice: invoiceReference },
  rules: invoiceRules,
  entities: [InvoiceEntity],
  loaders: createInvoiceLoaders,
});
