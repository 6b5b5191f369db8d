import { hasAnyRole, isAuthenticated, recordRule } from '@fitflow/kit';
import type { FinanceContext } from '../context.js';
import type { InvoiceRelation } from '../modules/invoice/invoice.repository.js';

/**
 * The shield rules several finance modules share — the first of three walls (graphql-shield;
 * everything unlisted is denied). The repositories apply the same rules in SQL
 * (src/access/finance-access.ts), and PostgreSQL row-level security a third time (migrations
 * 1732900000000, 1733200000000).
 *
 * Role rules (docs/domain.md, Roles): a Trainer keeps their own books (invoices they issue,
 * payments, bank accounts, tax remittances); a Trainer Admin also their team's, transitively; a Studio
 * Admin reads the invoices addressed to their studio and its child studios, and the payments on them,
 * but no trainer's bank accounts or remittances (FORBIDDEN); a Client reads the invoices addressed to
 * them; a Super Admin reads and keeps every book. Studios and clients see an invoice once it is sent:
 * a draft addressed to them answers like an unknown id (docs/money.md). Bank accounts are added and
 * changed only by their holder (or a super admin). An invoice outside the caller's scope answers
 * NOT_FOUND exactly like an unknown id; FORBIDDEN means "you can see it, but not do this".
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
export const keepsBooksOfInvoice = (path: string) =>
  recordRule<FinanceContext, InvoiceRelation>({
    name: 'keepsBooksOfInvoice',
    path,
    what: 'Invoice',
    relation: (ctx, id) => ctx.loaders.invoiceRelation.load(id),
    allow: (relation) => relation === 'books',
    message: 'Only the trainer who issued this invoice, their Trainer Admin or a super admin may change it.',
  });

/** `{ field: isAuthenticated, … }`: fields any signed-in caller may read (their resolvers apply the scope). */
export const authenticated = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, isAuthenticated]));
