import { hasAnyRole, isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Who may read what in the finance subgraph (graphql-shield; everything unlisted is denied).
 * Issue #2 keeps the rules coarse: any signed-in user may ask for invoices, and the repositories
 * filter them by the caller's scope (a trainer their own, a studio admin their studio's, a client
 * theirs, a super admin all; an invoice outside it is NOT_FOUND like an unknown one). A trainer's
 * bank accounts and tax remittances are their own books: only trainers and super admins may ask, and
 * the repositories return only the caller's own (all for a super admin). Issue #3 refines this.
 */

/** Trainers (for their own books) and super admins. */
export const readsBooks = hasAnyRole('trainer', 'trainer_admin', 'super_admin');

export const permissions: IRules = {
  Query: { invoice: isAuthenticated },
  Invoice: isAuthenticated,
  InvoiceItem: isAuthenticated,
  TaxLine: isAuthenticated,
  Payment: isAuthenticated,
  InvoiceConnection: isAuthenticated,
  InvoiceEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  BankAccount: readsBooks,
  TaxRemittance: readsBooks,
  Trainer: { id: isAuthenticated, invoices: isAuthenticated, bankAccounts: readsBooks, taxRemittances: readsBooks },
  Studio: { id: isAuthenticated, invoices: isAuthenticated },
  Client: isAuthenticated,
  Appointment: isAuthenticated,
};
