import { conflict, decodeCursor, isUuid, notFound, parseId, recordAudit, type Connection, type Decimal } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import { amountReceived } from '../payment/payment.totals.js';
import { PaymentType } from '../payment/payment.type.js';
import type { InvoicesArgs } from './invoice.args.js';
import { InvoiceRepository, type InvoiceCursor } from './invoice.repository.js';
import { InvoiceType } from './invoice.type.js';

/**
 * One invoice the caller may see.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND for an unknown id or one outside the caller's
 *   scope (the same message for both).
 */
export async function getInvoice(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const entity = await ctx.loaders.invoiceById.load(parseId(id));
  if (!entity) throw notFound('Invoice');
  return InvoiceType.from(entity);
}

/**
 * An `_entities` reference to an invoice: the invoice, or null when the id is malformed, unknown or
 * outside the caller's scope.
 */
export async function invoiceReference(ctx: FinanceContext, id: string): Promise<InvoiceType | null> {
  if (!isUuid(id)) return null;
  const entity = await ctx.loaders.invoiceById.load(id.toLowerCase());
  return entity && InvoiceType.from(entity);
}

/**
 * A page of the invoices addressed to a studio, or issued by a trainer, that the caller may see:
 * newest `invoiceDate` first (ties by id), keyset-paged. Batched with the same field of other parents.
 * @throws BAD_USER_INPUT when `after` is not a cursor this API produced.
 */
export async function invoicePage(ctx: FinanceContext, parent: 'studio' | 'trainer', parentId: string, args: InvoicesArgs): Promise<Connection<InvoiceType>> {
  const page = await ctx.loaders.invoicePages.load({ parent, parentId, status: args.status ?? null, first: args.first, after: parseInvoiceCursor(args.after) });
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: InvoiceType.from(e.node) })) };
}

/** @throws BAD_USER_INPUT when `after` is not an invoice cursor (keyed by invoice date). */
function parseInvoiceCursor(after: string | null | undefined): InvoiceCursor | null {
  const cursor = decodeCursor(after, 'date');
  return cursor && { invoiceDate: cursor.key, id: cursor.id };
}

/** Payments against the invoice, oldest first. */
export async function paymentsOf(ctx: FinanceContext, invoice: InvoiceType): Promise<PaymentType[]> {
  return (await ctx.loaders.paymentsOfInvoice.load(invoice.id)).map(PaymentType.from);
}

/** CAD received against the invoice: the sum of its COMPLETED payments (pending and failed do not count). */
export async function amountPaid(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  return amountReceived(await ctx.loaders.paymentsOfInvoice.load(invoice.id));
}

/** CAD still owed: total − amount paid (negative when overpaid, i.e. a credit). */
export async function balanceDue(ctx: FinanceContext, invoice: InvoiceType): Promise<Decimal> {
  return invoice.total.minus(await amountPaid(ctx, invoice));
}

/**
 * Marks a draft invoice sent (`sentAt` = now, UTC), as whoever keeps the trainer's books. Audited.
 * (Emailing the PDF is the invoicing issue's; this records that it went out.)
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the invoice is unknown or not the
 *   caller's books; CONFLICT when it is not a draft.
 */
export async function markInvoiceSent(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const invoice = await ctx.db.run(async (em) => {
    const invoices = new InvoiceRepository(em, ctx.scope);
    const invoice = await invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.status !== 'draft') throw conflict(`This invoice was already ${invoice.status}; only a draft can be sent.`);
    const sentAt = new Date();
    await invoices.update(invoiceId, { status: 'sent', sentAt });
    await recordAudit(em, ctx, 'finance', {
      action: 'update',
      table: 'invoices',
      recordId: invoiceId,
      oldValues: { status: invoice.status, sentAt: invoice.sentAt },
      newValues: { status: 'sent', sentAt },
    });
    return Object.assign(invoice, { status: 'sent' as const, sentAt });
  });
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}
