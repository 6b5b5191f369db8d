import { holdsRole, isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Any trainer may preview taxes (a Trainer, a Trainer Admin, a super admin): the quote reads only the
 * public rate table and what the caller sends, no one's records. Clients and studio admins have no
 * invoices to issue: FORBIDDEN.
 */
const quotesTaxes = holdsRole('quotesTaxes', ['trainer', 'trainer_admin', 'super_admin'], 'Only trainers can preview the taxes of an invoice.');

/** Who may call the fields of the tax module. */
export const taxRules: IRules = {
  Query: { taxQuote: quotesTaxes },
  TaxQuote: isAuthenticated,
  TaxCharge: isAuthenticated,
  TaxNotice: isAuthenticated,
};
