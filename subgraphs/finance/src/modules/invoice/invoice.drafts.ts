import { conflict, type UnitOfWork } from '@fitflow/kit';
import type { FinanceRepositories } from '../../data.js';
import { quoteTaxes, type TaxRateTable } from '../tax/tax.engine.js';
import type { InvoiceEntity } from './invoice.entity.js';
import type { DraftValues } from './invoice.repository.js';
import { placeOfSupplyOf, redated, supplierOf, taxableLines, taxDetailsOf, todayIn } from './invoice.taxes.js';

/** One finance unit of work (`ctx.data.run(tx => …)`). */
export type FinanceUnit = UnitOfWork<FinanceRepositories>;

/** Changes to a draft's own fields made with its recomputation. */
export interface DraftChanges {
  /** A new due date (`YYYY-MM-DD`, on or after today in the invoice's zone: the caller checked). */
  dueDate?: string;
  /** New notes (null clears them). */
  notes?: string | null;
}

/**
 * Recomputes draft `invoice` after its lines (or notes, or due date) changed, in the caller's unit of
 * work: its subtotal (the exact sum of its lines), its taxes quoted by the tax engine at today's rates
 * in its zone — the tax point it would have if issued today, from its place of supply and the
 * trainer's registrations (docs/invoices.md, "Drafts") — and its total. The draft is re-dated to
 * today, keeping its payment term (or taking `changes.dueDate`). Four statements (lines, trainer,
 * studio, and the update).
 * @param table the rate table (the tax module's `taxRateTable`, read before the unit of work).
 * @returns the draft as it now stands.
 * @throws CONFLICT when the trainer or the place of supply cannot be found (the directories lack them);
 *   BAD_USER_INPUT from the tax engine when the trainer's stored registrations are malformed.
 */
export async function refreshDraft(
  tx: FinanceUnit,
  invoice: InvoiceEntity,
  now: Date,
  table: TaxRateTable,
  changes: DraftChanges = {},
): Promise<InvoiceEntity> {
  const items = await tx.invoiceItems.itemsOf([invoice.id]);
  const trainer = (await tx.invoiceParties.trainers([invoice.trainerId])).get(invoice.trainerId);
  const studio = invoice.studioId ? (await tx.invoiceParties.studiosWithChains([invoice.studioId])).get(invoice.studioId) : null;
  const placeOfSupply = placeOfSupplyOf(invoice, studio);
  if (!trainer) throw conflict("This invoice's trainer is not in the trainer directory: it cannot be quoted.");
  if (!placeOfSupply) throw conflict('The place of supply of this invoice is unknown: it cannot be quoted.');
  const today = todayIn(invoice.timeZone, now);
  const quote = quoteTaxes({ supplier: supplierOf(trainer), placeOfSupply, taxPoint: today, lines: taxableLines(items) }, table);
  const dates = changes.dueDate ? { invoiceDate: today, dueDate: changes.dueDate } : redated(invoice, today);
  const values: DraftValues = {
    ...dates,
    subtotal: quote.subtotal,
    total: quote.total,
    taxDetails: taxDetailsOf(quote, placeOfSupply, today),
    ...(changes.notes !== undefined ? { notes: changes.notes } : {}),
  };
  await tx.invoices.updateDraft(invoice.id, values);
  return Object.assign(invoice, values);
}
