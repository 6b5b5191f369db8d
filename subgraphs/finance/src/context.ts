import type { BaseContext, ScopedDb } from '@fitflow/kit';
import { createBankAccountLoaders } from './modules/bank-account/bank-account.loaders.js';
import { createInvoiceItemLoaders } from './modules/invoice-item/invoice-item.loaders.js';
import { createInvoiceLoaders } from './modules/invoice/invoice.loaders.js';
import type { FinanceScope } from './modules/invoice/invoice.scope.js';
import { createPaymentLoaders } from './modules/payment/payment.loaders.js';
import { createTaxRemittanceLoaders } from './modules/tax-remittance/tax-remittance.loaders.js';
import type { FinanceKeys } from './protection/keys.js';

/** What the finance subgraph adds to every request's context (before the loaders). */
export interface FinanceRequest extends BaseContext {
  /**
   * All database work of the request: each unit of work (a DataLoader batch, a mutation) is one
   * transaction that first sets the caller's claims, so row-level security sees who is asking.
   */
  db: ScopedDb;
  /** What the caller may see (derived once from the access token). */
  scope: FinanceScope;
  /** The finance schema's data keys (bank account numbers), per process. */
  keys: FinanceKeys;
}

/**
 * Per-request DataLoaders of the finance subgraph. Every batch runs in one ScopedDb transaction
 * through a repository filtered by the caller's {@link FinanceScope}; row-level security filters the
 * same rows again (items and payments are reached only below a visible invoice).
 */
export function createLoaders(request: FinanceRequest) {
  return {
    ...createInvoiceLoaders(request),
    ...createInvoiceItemLoaders(request),
    ...createPaymentLoaders(request),
    ...createBankAccountLoaders(request),
    ...createTaxRemittanceLoaders(request),
  };
}

export interface FinanceContext extends FinanceRequest {
  loaders: ReturnType<typeof createLoaders>;
}
