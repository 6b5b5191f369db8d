import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';

/** Per-request loaders of invoice items, only below invoices the caller may see. */
export function createInvoiceItemLoaders({ data }: FinanceRequest) {
  return {
    itemsOfInvoice: groupLoader(
      (ids) => data.run((tx) => tx.invoiceItems.itemsOf(ids)),
      (item) => item.invoiceId,
    ),
  };
}
