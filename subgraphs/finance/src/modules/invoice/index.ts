import { defineModule } from '@fitflow/kit';
import { InvoiceEntity } from './invoice.entity.js';
import { createInvoiceLoaders } from './invoice.loaders.js';
import { invoiceReference } from './invoice.reference.js';
import { InvoiceResolver, StudioInvoicesResolver, TrainerInvoicesResolver } from './invoice.resolver.js';
import { invoiceRules } from './invoice.rules.js';

/** Invoices: `Query.invoice`, `Mutation.markInvoiceSent`, `Studio.invoices`, `Trainer.invoices`, `Invoice` references. */
export const invoiceModule = defineModule({
  name: 'invoice',
  resolvers: [InvoiceResolver, StudioInvoicesResolver, TrainerInvoicesResolver],
  references: { Invoice: invoiceReference },
  rules: invoiceRules,
  entities: [InvoiceEntity],
  loaders: createInvoiceLoaders,
});
