import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A draft invoice is the trainer's work in progress: the studio or client it bills sees it only once
 * it is sent (any status but `draft`). Until then it answers exactly like an unknown id, in every
 * wall — the repositories' scope SQL (`invoiceScopeSql`) and, here, row-level security. Whoever keeps
 * the trainer's books (the trainer, their team admin, a super admin) still sees every draft.
 *
 * Items and payments follow: their policies admit rows of the invoices the caller can select.
 */
export class FinanceDraftsPrivate1733200000000 implements MigrationInterface {
  name = 'FinanceDraftsPrivate1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy invoices_select on finance.invoices;
      create policy invoices_select on finance.invoices for select using (
        (select finance.is_super_admin())
        or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])
        or (status <> 'draft'
            and (studio_id = any ((select finance.viewer_studio_ids())::uuid[])
                 or client_id = any ((select finance.claim_ids('app.client_ids'))::uuid[]))));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy invoices_select on finance.invoices;
      create policy invoices_select on finance.invoices for select using (
        (select finance.is_super_admin())
        or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])
        or studio_id = any ((select finance.viewer_studio_ids())::uuid[])
        or client_id = any ((select finance.claim_ids('app.client_ids'))::uuid[]));
    `);
  }
}
