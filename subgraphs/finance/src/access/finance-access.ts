import { actsAsTrainer, reachesNothing, trainerInScopeSql, studioInScopeSql, type ViewerScope } from '@fitflow/kit';

/**
 * Which finance rows a caller may reach, from kit's {@link ViewerScope} (roles as in docs/domain.md,
 * Roles):
 *
 * | role | invoices (and their items and payments) | bank accounts, tax remittances ("books") |
 * |---|---|---|
 * | `super_admin` | all | all |
 * | `trainer` | issued by them | their own |
 * | `trainer_admin` | issued by them or anyone in their team, transitively | the same trainers' |
 * | `studio_admin` | addressed to their studio or any of its child studios, transitively, once sent | none |
 * | `client` | addressed to them, once sent | none |
 * | anyone else | none | none |
 *
 * Teams expand down `studios.trainer_directory.parent_trainer_id` (the admin included), studios down
 * `studios.studio_directory.parent_studio_id`, both in SQL at query time (so a trainer who joins a
 * team is visible to the admin at once). A draft is the trainer's work in progress: whoever is only
 * billed (a studio, a client) sees an invoice once it leaves `draft` — until then it answers like an
 * unknown id. PostgreSQL row-level security applies the same table again (migrations 1732900000000
 * and 1733200000000). Every fragment binds only kit's `scopeParams(scope)`.
 */

/** True when the scope admits no invoice at all (repositories answer without SQL). */
export const seesNoInvoices = (scope: ViewerScope) => reachesNothing(scope);

/**
 * True when the scope admits no trainer's books at all (studio admins, clients, anonymous). A trainer
 * admin keeps books even without a `trainer` grant of their own (kit `actsAsTrainer`).
 */
export const seesNoBooks = (scope: ViewerScope) => !scope.superAdmin && !actsAsTrainer(scope);

/**
 * SQL condition "the books of trainer `column` are the caller's to see": a super admin, the trainer,
 * or their team admin (transitively).
 */
export const booksScopeSql = (column: string) => `(:scopeSuperAdmin or ${trainerInScopeSql(column)})`;

/**
 * SQL condition "the books of trainer `column` are the caller's own to change": a super admin, or a
 * trainer id the caller's grants name (as the trainer or as the admin of their team) — not the rest of
 * the team (bank details are entered and changed by their holder).
 */
export const holdsBooksSql = (column: string) => `(:scopeSuperAdmin or ${column} = any(:scopeTrainers::uuid[]) or ${column} = any(:scopeAdmins::uuid[]))`;

/**
 * SQL condition admitting the invoices of the scope for table alias `alias` of `finance.invoices`:
 * the books the caller keeps, and the invoices addressed to them once sent (never a draft). Every
 * invoice query carries it, so an out-of-scope id — or a draft addressed to the caller — looks like an
 * unknown one.
 */
export function invoiceScopeSql(alias: string): string {
  return `(${booksScopeSql(`${alias}.trainer_id`)}
    or (${alias}.status <> 'draft'
        and (${studioInScopeSql(`${alias}.studio_id`)} or ${alias}.client_id = any(:scopeClients::uuid[]))))`;
}

/**
 * SQL condition "the row's invoice `invoiceColumn` is one the caller may see" (items and payments are
 * reached only below a visible invoice).
 */
export const belowVisibleInvoiceSql = (invoiceColumn: string) =>
  `exists (select 1 from finance.invoices vi where vi.id = ${invoiceColumn} and ${invoiceScopeSql('vi')})`;

/**
 * SQL condition "the caller administers the studio billed by invoice `alias`, or a studio above it,
 * and the invoice has left `draft`": who may approve the invoice, record that it paid it, and see it
 * in the studio's payables (migration 1733700000000 lets the same callers update it and insert its
 * payments under row-level security). Never true for a client invoice (it bills no studio).
 */
export const billedStudioSql = (alias: string) => `(${alias}.status <> 'draft' and ${studioInScopeSql(`${alias}.studio_id`)})`;
