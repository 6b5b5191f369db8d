import { groupLoader } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { PaymentRepository } from './payment.repository.js';

/** Per-request loaders of payments. */
export function createPaymentLoaders(ds: DataSource) {
  const repository = new PaymentRepository(ds);
  return { paymentsOfInvoice: groupLoader((ids) => repository.paymentsOf(ids), (p) => p.invoiceId!) };
}
