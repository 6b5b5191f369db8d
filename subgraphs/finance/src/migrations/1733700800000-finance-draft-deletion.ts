import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';

/**
 * A draft invoice may be deleted (docs/invoices.md, "Drafts"): it is the trainer's work in progress —
 * no number, never sent — not yet a financial record. The runtime role gains `delete` on
 * `finance.invoices`, and row-level security admits it only for a draft on books the caller keeps
 * (the trainer, their team admin, a super admin). An issued invoice is still never deleted: it is
 * voided or credited. The draft's lines go first (`invoice_items` already admits deleting a draft's
 * lines: migration 1733700000000).
 */
export class FinanceDraftDeletion1733700800000 implements MigrationInterface {
  name = 'FinanceDraftDeletion1733700800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      grant delete on finance.invoices to ${APP};
      create policy invoices_delete_draft on finance.invoices for delete
        using (status = 'draft'
               and ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy invoices_delete_draft on finance.invoices;
      revoke delete on finance.invoices from ${APP};
    `);
  }
}
