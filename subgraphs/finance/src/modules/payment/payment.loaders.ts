import { groupLoader } from '@fitflow/kit';
import type { FinanceRequest } from '../../context.js';
import { PaymentRepository } from './payment.repository.js';

/** Per-request loaders of payments (row-level security admits only payments the caller may see). */
export function createPaymentLoaders({ db }: FinanceRequest) {
  return {
    paymentsOfInvoice: groupLoader((ids) => db.run((em) => new PaymentRepository(em).paymentsOf(ids)), (p) => p.invoiceId!),
  };
}
