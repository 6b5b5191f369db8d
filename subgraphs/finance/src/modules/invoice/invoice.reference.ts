import { entityReference } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from './invoice.type.js';

/** `Invoice` references from other subgraphs, batched (and scope-filtered) through the per-request DataLoader. */
export const invoiceReference = entityReference(['id'], async ({ id }, ctx: FinanceContext): Promise<InvoiceType | null> => {
  const entity = await ctx.loaders.invoiceById.load(id);
  return entity && InvoiceType.from(entity);
});
