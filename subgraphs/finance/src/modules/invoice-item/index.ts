import { defineModule } from '@fitflow/kit';
import { InvoiceItemEntity } from './invoice-item.entity.js';
import { createInvoiceItemLoaders } from './invoice-item.loaders.js';
import { InvoiceItemResolver, InvoiceItemsResolver, InvoiceLineMutations } from './invoice-item.resolver.js';
import { invoiceItemRules } from './invoice-item.rules.js';

/** Invoice lines: `Invoice.items`, `InvoiceItem`, and editing a draft's lines (`addInvoiceLine`, `removeInvoiceLine`). */
export const invoiceItemModule = defineModule({
  name: 'invoice-item',
  resolvers: [InvoiceItemResolver, InvoiceItemsResolver, InvoiceLineMutations],
  rules: invoiceItemRules,
  entities: [InvoiceItemEntity],
  loaders: createInvoiceItemLoaders,
});
