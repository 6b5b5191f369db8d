import { chain, isAuthenticated, isUuid, notFound, rule, unauthenticated, type IRules } from '@fitflow/kit';
import type { FinanceContext } from '../../context.js';

/**
 * `Invoice.pdfUrl`: whoever may see the invoice — the trainer, their Trainer Admin, a super admin, and
 * (once it is no longer a draft) the studio or client billed. Checked again on the invoice itself
 * (batched: one statement for every invoice of a selection), not only on how it was reached. Not
 * cached by shield (its "strict" cache hashes the parent, which holds decimals): the DataLoader caches.
 */
const seesInvoice = rule('seesInvoice', { cache: 'no_cache' })(async (parent: { id?: unknown }, _args, ctx: FinanceContext) => {
  if (!ctx.viewer) return unauthenticated();
  if (!isUuid(parent.id)) return notFound('Invoice');
  return (await ctx.loaders.invoiceRelation.load(parent.id.toLowerCase())) ? true : notFound('Invoice');
});

/** Who may call the fields of the invoice-document module. */
export const invoiceDocumentRules: IRules = {
  Invoice: { pdfUrl: chain(isAuthenticated, seesInvoice) },
};
