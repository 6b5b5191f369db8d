import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';

/** Per-request loaders of payments, only below invoices the caller may see. */
export function createPaymentLoaders({ data }: FinanceRequest) {
  return {
    paymentsOfInvoice: groupLoader(
      (ids) => data.run((tx) => tx.payments.paymentsOf(ids)),
      (p) => p.invoiceId!,
    ),
  };
}
