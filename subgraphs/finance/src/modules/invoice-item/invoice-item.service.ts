import type { FinanceContext } from '../../context.js';
import { InvoiceItemType } from './invoice-item.type.js';

/** Lines of an invoice the caller already holds (so already in their scope), in print order. */
export async function itemsOf(ctx: FinanceContext, invoiceId: string): Promise<InvoiceItemType[]> {
  return (await ctx.loaders.itemsOfInvoice.load(invoiceId)).map(InvoiceItemType.from);
}
