import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import { InvoiceItemRepository } from './invoice-item.repository.js';

/** Per-request loaders of invoice items (row-level security admits only items of visible invoices). */
export function createInvoiceItemLoaders({ db }: FinanceRequest) {
  return {
    itemsOfInvoice: groupLoader((ids) => db.run((em) => new InvoiceItemRepository(em).itemsOf(ids)), (item) => item.invoiceId),
  };
}
