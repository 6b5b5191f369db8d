import { hasRole, scopesOf, studioTreeSql, teamSql, type Viewer } from '@fitflow/kit';

/**
 * Which finance rows a caller may see, derived once per request from the access token (roles as in
 * docs/domain.md, Roles):
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
 * Teams expand down `studios.trainer_directory.parent_trainer_id`, studios down
 * `studios.studio_directory.parent_studio_id`, both in SQL at query time (so a trainer who joins a
 * team is visible to the admin at once). A draft is the trainer's work in progress: whoever is only
 * billed (a studio, a client) sees an invoice once it leaves `draft` — until then it answers like an
 * unknown id. PostgreSQL row-level security applies the same table again (migrations 1732900000000
 * and 1733200000000).
 */
export interface FinanceScope {
  all: boolean;
  /** The caller's own trainer ids (roles `trainer` and `trainer_admin`). */
  trainerIds: string[];
  /** Trainer ids whose team the caller administers (role `trainer_admin`; expanded in SQL). */
  adminTrainerIds: string[];
  /** Studios the caller administers (role `studio_admin`; child studios expanded in SQL). */
  studioIds: string[];
  /** The caller's own client records (role `client`). */
  clientIds: string[];
}

/** The caller's {@link FinanceScope}; anonymous callers see nothing. */
export function financeScopeOf(viewer: Viewer | null): FinanceScope {
  const adminTrainerIds = [...new Set(scopesOf(viewer, 'trainer_admin'))];
  return {
    all: hasRole(viewer, 'super_admin'),
    trainerIds: [...new Set([...scopesOf(viewer, 'trainer'), ...adminTrainerIds])],
    adminTrainerIds,
    studioIds: [...new Set(scopesOf(viewer, 'studio_admin'))],
    clientIds: [...new Set(scopesOf(viewer, 'client'))],
  };
}

/** True when the scope admits no invoice at all (queries can be skipped). */
export const seesNoInvoices = (s: FinanceScope) => !s.all && !s.trainerIds.length && !s.studioIds.length && !s.clientIds.length;

/** True when the scope admits no trainer's books at all (studio admins, clients, anonymous). */
export const seesNoBooks = (s: FinanceScope) => !s.all && !s.trainerIds.length;

/** Trainer ids of the teams administered in the scope, the admins included, transitively (binds `:scopeAdmins`). */
const TEAM_SQL = teamSql(':scopeAdmins');

/** Studios administered in the scope and every studio below them, transitively (binds `:scopeStudios`). */
const STUDIO_TREE_SQL = studioTreeSql(':scopeStudios');

/**
 * SQL condition "the books of trainer `column` are the caller's to see": a super admin, the trainer,
 * or their team admin. Bind with {@link financeScopeParams}.
 */
export const booksScopeSql = (column: string) =>
  `(:scopeAll or ${column} = any(:scopeTrainers::uuid[]) or ${column} in ${TEAM_SQL})`;

/**
 * SQL condition admitting the invoices of the scope for table alias `alias` of `finance.invoices`:
 * the books the caller keeps, and the invoices addressed to them once sent (never a draft). Bind with
 * {@link financeScopeParams}. Every invoice query of the repository carries it, so an out-of-scope id
 * — or a draft addressed to the caller — looks like an unknown one.
 */
export function invoiceScopeSql(alias: string): string {
  return `(${booksScopeSql(`${alias}.trainer_id`)}
    or (${alias}.status <> 'draft'
        and (${alias}.studio_id in ${STUDIO_TREE_SQL} or ${alias}.client_id = any(:scopeClients::uuid[]))))`;
}

/** Named parameters of {@link invoiceScopeSql} and {@link booksScopeSql}. */
export function financeScopeParams(s: FinanceScope) {
  return { scopeAll: s.all, scopeTrainers: s.trainerIds, scopeAdmins: s.adminTrainerIds, scopeStudios: s.studioIds, scopeClients: s.clientIds };
}
