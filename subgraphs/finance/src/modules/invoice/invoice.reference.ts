import type { FinanceContext } from '../../context.js';
import { invoiceReference as resolveInvoice } from './invoice.service.js';
import type { InvoiceType } from './invoice.type.js';

/** `Invoice` references from other subgraphs, batched (and scope-filtered) through the per-request DataLoader. */
export const invoiceReference = {
  __resolveReference: (reference: { id: string }, ctx: FinanceContext): Promise<InvoiceType | null> => resolveInvoice(ctx, reference.id),
};
