import { notFound } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { payablesKey } from './payables.loaders.js';
import type { PayableInvoiceType, StudioPayablesType } from './payables.type.js';

/**
 * What studio `studioId` (with every location below it) owes its trainers as of `asOf` (`YYYY-MM-DD`;
 * default: today in the studio's zone), for an admin of the studio or of one above it, or a super
 * admin (docs/receivables.md, Payables and ageing). Counts the invoices billed to the studio and its
 * locations that are issued, not void and not credit notes, dated up to `asOf`, with a balance due on
 * that day (total − completed payments dated up to it − issued credit notes dated up to it); ages each
 * from its invoice date into 0–30, 31–60, 61–90 and 90+ days. Batched across studios.
 * @throws NOT_FOUND for a studio the caller does not administer (exactly as for an unknown one).
 */
export async function studioPayables(ctx: FinanceContext, studioId: string, asOf: string | null): Promise<StudioPayablesType> {
  const payables = await ctx.loaders.payablesOfStudio.load(payablesKey(studioId, asOf));
  if (!payables) throw notFound('Studio');
  return payables;
}

/** The invoice of a payables row (already known to be visible: it was read in the caller's scope). */
export async function payableInvoice(ctx: FinanceContext, row: PayableInvoiceType): Promise<InvoiceType> {
  const entity = await ctx.loaders.invoiceById.load(row.invoiceId);
  if (!entity) throw notFound('Invoice');
  return InvoiceType.from(entity);
}
