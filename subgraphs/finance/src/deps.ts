import type { KeyRing } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { FinanceKeys } from './modules/bank-account/bank-account.keys.js';

/**
 * What the finance subgraph keeps for as long as the process runs, built once at start
 * ({@link buildFinanceServer}) and shared by every request, job and seed.
 */
export interface FinanceDeps {
  /** Connected as the runtime role `fitflow_finance_app`, to which row-level security applies. */
  ds: DataSource;
  /** The finance schema's data keys (bank account numbers). */
  keys: FinanceKeys;
  /**
   * The master key ring (the same as the clients subgraph's): it opens the client names that
   * `clients.client_billing_directory` publishes sealed, for a client invoice's recipient.
   */
  keyRing: KeyRing;
  /** The clock: now, as a UTC instant (invoices' `sentAt`, `paidAt`; "not in the future" checks). */
  now: () => Date;
  /** The origin people reach the gateway at: invoice PDF links start with it (modules/invoice-document/invoice-document.config.ts). */
  publicUrl: string;
  /** The HS256 key signing invoice PDF download links (modules/invoice-document/invoice-document.config.ts `invoiceLinkKey`). */
  invoiceLinkKey: Uint8Array;
}
