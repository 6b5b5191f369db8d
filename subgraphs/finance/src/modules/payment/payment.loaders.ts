import { groupLoader, type Decimal } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { FinanceRequest } from '../../context.js';
import type { InvoiceParty } from './payment.repository.js';

/** Per-request loaders of payments and settlement facts, only below invoices the caller may see. */
export function createPaymentLoaders({ data }: FinanceRequest) {
  return {
    paymentsOfInvoice: groupLoader(
      (ids) => data.run((tx) => tx.payments.paymentsOf(ids)),
      (p) => p.invoiceId!,
    ),
    /** CAD credited to each invoice by its issued credit notes (null: none). One statement per batch. */
    creditedOfInvoice: new DataLoader<string, Decimal | null>(async (ids) => {
      const rows = await data.run((tx) => tx.payments.creditedTotals(ids));
      const byId = new Map(rows.map((r) => [r.invoiceId, r.credited]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The caller's {@link InvoiceParty} to each invoice (null: unknown or out of scope). */
    invoiceParty: new DataLoader<string, InvoiceParty | null>(async (ids) => {
      const rows = await data.run((tx) => tx.payments.parties(ids));
      const byId = new Map(rows.map((r) => [r.id, r.party]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
