import { hasRole, scopesOf, type Viewer } from '@fitflow/kit';

/**
 * Which finance rows a caller may see (issue #2), derived once per request from the access token:
 *
 * | role | invoices | bank accounts, tax remittances |
 * |---|---|---|
 * | `super_admin` | all | all |
 * | `trainer`, `trainer_admin` | `trainer_id` ∈ their trainer scope ids | their own |
 * | `studio_admin` | `studio_id` = their studio (child studios: a later issue) | none |
 * | `client` | `client_id` = their client id | none |
 * | anyone else | none | none |
 *
 * A trainer admin's team's invoices are not included yet (issue #3 reads `studios.trainer_directory`).
 */
export interface FinanceScope {
  all: boolean;
  trainerIds: string[];
  studioIds: string[];
  clientIds: string[];
}

/** The caller's {@link FinanceScope}; anonymous callers see nothing. */
export function financeScopeOf(viewer: Viewer | null): FinanceScope {
  return {
    all: hasRole(viewer, 'super_admin'),
    trainerIds: [...new Set([...scopesOf(viewer, 'trainer'), ...scopesOf(viewer, 'trainer_admin')])],
    studioIds: scopesOf(viewer, 'studio_admin'),
    clientIds: scopesOf(viewer, 'client'),
  };
}

/** True when the scope admits no invoice at all (queries can be skipped). */
export const seesNoInvoices = (s: FinanceScope) => !s.all && !s.trainerIds.length && !s.studioIds.length && !s.clientIds.length;

/** True when the caller may see the bank accounts and tax remittances of `trainerId`. */
export const seesTrainerBooks = (s: FinanceScope, trainerId: string) => s.all || s.trainerIds.includes(trainerId);

/**
 * SQL condition admitting the invoices of `scope` for table alias `alias`; bind with {@link invoiceScopeParams}.
 * Every invoice query of the repository carries it, so an out-of-scope id looks like an unknown one.
 */
export function invoiceScopeSql(alias: string): string {
  return `(:scopeAll or ${alias}.trainer_id = any(:scopeTrainerIds::uuid[]) or ${alias}.studio_id = any(:scopeStudioIds::uuid[]) or ${alias}.client_id = any(:scopeClientIds::uuid[]))`;
}

/** Named parameters of {@link invoiceScopeSql}. */
export function invoiceScopeParams(s: FinanceScope) {
  return { scopeAll: s.all, scopeTrainerIds: s.trainerIds, scopeStudioIds: s.studioIds, scopeClientIds: s.clientIds };
}
