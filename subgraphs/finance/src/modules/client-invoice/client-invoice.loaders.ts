import { pageLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';

/** Per-request loaders of client invoices, filtered by the caller's scope. */
export function createClientInvoiceLoaders({ data, deps }: FinanceRequest) {
  const pagers = new Map<string, ReturnType<typeof clientPager>>();
  const clientPager = (status: string | null) =>
    pageLoader<InvoiceEntity>(
      (clientIds, { first, after }) => data.run((tx) => tx.clientInvoices.findPages({ clientIds, status, first, after, now: deps.now() })),
      (row) => row.clientId ?? '',
      (row) => row.invoiceDate,
    );

  /** The page loader of `Client.invoices` in `status` (null: any): 50 clients cost one statement per distinct page. */
  const clientInvoicePages = (status: string | null) => {
    let pager = pagers.get(status ?? '');
    if (!pager) pagers.set(status ?? '', (pager = clientPager(status)));
    return pager;
  };
  return { clientInvoicePages };
}
