import type { BaseContext } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { createBankAccountLoaders } from './modules/bank-account/bank-account.loaders.js';
import { createInvoiceItemLoaders } from './modules/invoice-item/invoice-item.loaders.js';
import { createInvoiceLoaders } from './modules/invoice/invoice.loaders.js';
import type { FinanceScope } from './modules/invoice/invoice.scope.js';
import { createPaymentLoaders } from './modules/payment/payment.loaders.js';
import { createTaxRemittanceLoaders } from './modules/tax-remittance/tax-remittance.loaders.js';

/**
 * Per-request DataLoaders of the finance subgraph. Loaders of scoped data (invoices, bank accounts,
 * tax remittances) take the caller's {@link FinanceScope}; items and payments are only reached below
 * an invoice that already passed it.
 */
export function createLoaders(ds: DataSource, scope: FinanceScope) {
  return {
    ...createInvoiceLoaders(ds, scope),
    ...createInvoiceItemLoaders(ds),
    ...createPaymentLoaders(ds),
    ...createBankAccountLoaders(ds, scope),
    ...createTaxRemittanceLoaders(ds, scope),
  };
}

export interface FinanceContext extends BaseContext {
  ds: DataSource;
  /** What the caller may see (derived once from the access token). */
  scope: FinanceScope;
  loaders: ReturnType<typeof createLoaders>;
}
