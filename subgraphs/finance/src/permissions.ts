import { badUserInput, chain, forbidden, hasAnyRole, isAuthenticated, isUuid, notFound, rule, unauthenticated, type IRules } from '@fitflow/kit';
import type { FinanceContext } from './context.js';

/**
 * Who may call what in the finance subgraph: the first of three walls (graphql-shield; everything
 * unlisted is denied). The repositories apply the same rules in SQL (`FinanceScope`,
 * modules/invoice/invoice.scope.ts), and PostgreSQL row-level security a third time (migration
 * 1732900000000).
 *
 * Role rules (seed 000 "Access Control"): a Trainer keeps their own books (invoices they issue,
 * payments, bank accounts, tax remittances); a Trainer Admin also their team's, transitively; a Studio
 * Admin reads the invoices addressed to their studio and its child studios, and the payments on them,
 * but no trainer's bank accounts or remittances (FORBIDDEN); a Client reads the invoices addressed to
 * them; a Super Admin reads and keeps every book. Bank accounts are added and changed only by their
 * holder (or a super admin). An invoice outside the caller's scope answers NOT_FOUND exactly like an
 * unknown id; FORBIDDEN means "you can see it, but not do this".
 */

/** Holds a trainer role (own books, a team's). */
export const isTrainer = hasAnyRole('trainer', 'trainer_admin');
/** May read or keep a trainer's books at all: trainers, trainer admins, super admins. */
export const keepsBooks = hasAnyRole('trainer', 'trainer_admin', 'super_admin');

/**
 * The caller keeps the books of the invoice whose id is at `path` of the arguments (e.g. `id`,
 * `input.invoiceId`): the invoice's trainer, their team admin, or a super admin. NOT_FOUND when the
 * caller cannot see the invoice (like an unknown id); FORBIDDEN when they only receive it.
 */
export function keepsBooksOfInvoice(path: string) {
  const existing = invoiceRules.get(path);
  if (existing) return existing;
  const field = path.split('.').at(-1)!;
  const created = rule(`keepsBooksOfInvoice(${path})`, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: FinanceContext) => {
    if (!ctx.viewer) return unauthenticated();
    const id = path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], args);
    if (!isUuid(id)) return badUserInput(`${field} must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.`, field);
    const relation = await ctx.loaders.invoiceRelation.load(id.toLowerCase());
    if (!relation) return notFound('Invoice');
    return relation === 'books' ? true : forbidden('Only the trainer who issued this invoice, their Trainer Admin or a super admin may change it.');
  });
  invoiceRules.set(path, created);
  return created;
}
const invoiceRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

export const permissions: IRules = {
  Query: { invoice: isAuthenticated },
  Mutation: {
    markInvoiceSent: chain(keepsBooks, keepsBooksOfInvoice('id')),
    recordPayment: chain(keepsBooks, keepsBooksOfInvoice('input.invoiceId')),
    addBankAccount: isTrainer,
    deactivateBankAccount: keepsBooks,
  },
  Invoice: isAuthenticated,
  InvoiceItem: isAuthenticated,
  TaxLine: isAuthenticated,
  Payment: isAuthenticated,
  InvoiceConnection: isAuthenticated,
  InvoiceEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  BankAccount: keepsBooks,
  TaxRemittance: keepsBooks,
  Trainer: { id: isAuthenticated, invoices: isAuthenticated, bankAccounts: keepsBooks, taxRemittances: keepsBooks },
  Studio: { id: isAuthenticated, invoices: isAuthenticated },
  Client: isAuthenticated,
  Appointment: isAuthenticated,
};
