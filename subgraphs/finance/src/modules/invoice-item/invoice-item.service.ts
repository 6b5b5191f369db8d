import { badUserInput, Decimal, notFound, parseId } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import { lineAmount } from '../../money.js';
import { refreshDraft } from '../invoice/invoice.drafts.js';
import { taxRateTable } from '../tax/tax.service.js';
import { CATEGORY_MAX, DESCRIPTION_MAX, draftForEditing } from '../invoice/invoice.lifecycle.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import type { InvoiceLineInput } from './invoice-item.inputs.js';
import { SupplyKindCode as SupplyKind } from '../tax/tax.type.js';

/** Largest line amount: what `invoice_items.amount` (numeric(10, 2)) holds. */
const AMOUNT_MAX = new Decimal('99999999.99');

/**
 * Adds a line to a draft by hand (docs/invoices.md, "Drafts"), after its other lines, and re-quotes
 * the draft at today's rates. Audited.
 * @throws BAD_USER_INPUT before any SQL, naming the field: a blank or over-long description, a
 *   quantity not above zero or with more than two decimals, a negative unit price (sub-cent ones are
 *   refused by the Money scalar), an amount too large, a category over 50 characters; and, naming
 *   `invoiceId`, when the invoice is issued or void ("a line on an issued invoice"); NOT_FOUND.
 */
export async function addInvoiceLine(ctx: FinanceContext, invoiceId: string, line: InvoiceLineInput): Promise<InvoiceType> {
  const id = parseId(invoiceId, 'invoiceId');
  const description = line.description?.trim() ?? '';
  if (!description) throw badUserInput('description must say what is billed.', 'description');
  if (description.length > DESCRIPTION_MAX)
    throw badUserInput(`description must be at most ${DESCRIPTION_MAX} characters (${description.length} given).`, 'description');
  if (!line.quantity.gt(0)) throw badUserInput('quantity must be more than zero, e.g. "1".', 'quantity');
  if (line.quantity.decimalPlaces() > 2) throw badUserInput('quantity must have at most two decimals, e.g. "1.5".', 'quantity');
  if (line.unitPrice.isNegative()) throw badUserInput('unitPrice must not be negative: credit an issued invoice with a credit note instead.', 'unitPrice');
  const amount = lineAmount(line.quantity, line.unitPrice);
  if (amount.gt(AMOUNT_MAX)) throw badUserInput(`quantity × unitPrice must be at most ${AMOUNT_MAX.toFixed(2)} CAD.`, 'unitPrice');
  const category = line.category?.trim().toLowerCase() || null;
  if (category && category.length > CATEGORY_MAX) throw badUserInput(`category must be at most ${CATEGORY_MAX} characters.`, 'category');
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const invoice = await ctx.data.run(async (tx) => {
    const draft = await draftForEditing(tx, id, 'its lines');
    const lineId = randomUUID();
    await tx.invoiceItems.append(draft.id, [
      {
        id: lineId,
        invoiceId: draft.id,
        appointmentId: null,
        description,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        amount,
        kind: line.kind === SupplyKind.GOODS ? 'goods' : 'service',
        category,
        serviceDate: null,
        locationStudioId: null,
        attendees: null,
        billingBasis: null,
      },
    ]);
    const updated = await refreshDraft(tx, draft, now, table);
    await tx.audit.record({
      action: 'create',
      table: 'invoice_items',
      recordId: lineId,
      newValues: {
        invoiceId: draft.id,
        quantity: line.quantity.toFixed(),
        unitPrice: line.unitPrice.toFixed(2),
        amount: amount.toFixed(2),
        kind: line.kind,
        category,
      },
    });
    return updated;
  });
  ctx.loaders.invoiceById.clear(id).prime(id, invoice);
  ctx.loaders.itemsOfInvoice.clear(id);
  return InvoiceType.from(invoice);
}

/**
 * Removes a line from a draft and re-quotes it; a session removed may be generated again. Audited.
 * @throws BAD_USER_INPUT for malformed ids, or naming `invoiceId` when the invoice is issued or void;
 *   NOT_FOUND when the invoice, or the line on it, is unknown or not the caller's.
 */
export async function removeInvoiceLine(ctx: FinanceContext, invoiceId: string, lineId: string): Promise<InvoiceType> {
  const id = parseId(invoiceId, 'invoiceId');
  const line = parseId(lineId, 'lineId');
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const invoice = await ctx.data.run(async (tx) => {
    const draft = await draftForEditing(tx, id, 'its lines');
    const removed = (await tx.invoiceItems.itemsOf([draft.id])).find((item) => item.id === line);
    if (!removed || !(await tx.invoiceItems.remove(draft.id, line))) throw notFound('Invoice line');
    const updated = await refreshDraft(tx, draft, now, table);
    await tx.audit.record({
      action: 'delete',
      table: 'invoice_items',
      recordId: line,
      oldValues: { invoiceId: draft.id, appointmentId: removed.appointmentId, amount: removed.amount.toFixed(2) },
    });
    return updated;
  });
  ctx.loaders.invoiceById.clear(id).prime(id, invoice);
  ctx.loaders.itemsOfInvoice.clear(id);
  return InvoiceType.from(invoice);
}
