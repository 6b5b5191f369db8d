import { conflict, notFound, pageRequest, parseId, type Connection } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import type { InvoicesArgs } from './invoice.args.js';
import type { InvoiceParent } from './invoice.loaders.js';
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
 * A page of the invoices addressed to a studio, or issued by a trainer, that the caller may see:
 * newest `invoiceDate` first (ties by id), keyset-paged. Batched with the same field of other parents.
 * @throws BAD_USER_INPUT when `after` is not a cursor this API produced.
 */
export async function invoicePage(ctx: FinanceContext, parent: InvoiceParent, parentId: string, args: InvoicesArgs): Promise<Connection<InvoiceType>> {
  const page = await ctx.loaders.invoicePages(parent, args.status ?? null).load({ parentId, ...pageRequest(args, 'date') });
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: InvoiceType.from(e.node) })) };
}

/**
 * Marks an issued invoice sent (`sentAt` = now, UTC), as whoever keeps the trainer's books. Audited.
 * TODO(invoicing): email the invoice's PDF here; for now this records only that it went out.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the invoice is unknown or not the
 *   caller's books; CONFLICT when it is not a draft.
 */
export async function markInvoiceSent(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const invoice = await ctx.data.run(async (tx) => {
    const invoice = await tx.invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.status === 'draft') throw conflict('Issue this draft before sending it: a draft has no number yet.');
    if (invoice.status !== 'issued') throw conflict('This invoice was already sent.');
    const sentAt = ctx.deps.now();
    await tx.invoices.update(invoiceId, { status: 'sent', sentAt });
    await tx.audit.record({
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
