import { defineModule } from '@fitflow/kit';
import { InvoiceItemEntity } from './invoice-item.entity.js';
import { createInvoiceItemLoaders } from './invoice-item.loaders.js';
import { InvoiceItemResolver, InvoiceItemsResolver } from './invoice-item.resolver.js';
import { invoiceItemRules } from './invoice-item.rules.js';

/** Invoice lines: `Invoice.items` and `InvoiceItem`. */
export const invoiceItemModule = defineModule({
  name: 'invoice-item',
  resolvers: [InvoiceItemResolver, InvoiceItemsResolver],
  rules: invoiceItemRules,
  entities: [InvoiceItemEntity],
  loaders: createInvoiceItemLoaders,
});
