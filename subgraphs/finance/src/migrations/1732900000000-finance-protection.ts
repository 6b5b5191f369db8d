import { auditTablesSql, dataKeysTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';

/**
 * Protection of the money tables:
 *
 * 1. **Bank numbers sealed.** `bank_accounts.account_number`, `transit_number` and
 *    `institution_number` (encrypted fields, docs/domain.md) become `text` holding kit's envelope ciphertext,
 *    one data key per trainer (`finance.data_keys`); `account_number_last4` keeps the four digits the
 *    API shows, so listing accounts never opens a key. Rows with plaintext numbers cannot be sealed
 *    in SQL (the master key is not in the database), so the migration refuses to run over them; there
 *    is no production data yet.
 * 2. **Append-only `audit_log` and `access_log`** (kit's `auditTablesSql`).
 * 3. **Row-level security** on `invoices`, `invoice_items`, `payments`, `bank_accounts` and
 *    `tax_remittances`, reading the claims kit's ScopedDb sets per transaction. The rules are those of
 *    `FinanceScope` (src/modules/invoice/invoice.scope.ts): a trainer's own books, a Trainer Admin's
 *    team's (transitively down `studios.trainer_directory`), invoices addressed to a studio (and its
 *    child studios, down `studios.studio_directory`) or to a client, everything for a super admin.
 *    Only whoever keeps a trainer's books (the trainer, their team admin, a super admin) may write
 *    invoices, payments and remittances; a bank account only its holder or a super admin. The claim
 *    functions are wrapped in `(select …)::uuid[]` so PostgreSQL evaluates them once per statement, not per
 *    row. The owner role (migrations, seed) is not subject to the policies: RLS is enabled, not forced.
 */
export class FinanceProtection1732900000000 implements MigrationInterface {
  name = 'FinanceProtection1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if exists (select 1 from finance.bank_accounts
                    where account_number is not null or transit_number is not null or institution_number is not null) then
          raise exception 'finance.bank_accounts holds plaintext bank numbers: re-enter those accounts through addBankAccount after this migration';
        end if;
      end $$;
      alter table finance.bank_accounts
        alter column account_number type text,
        alter column transit_number type text,
        alter column institution_number type text,
        add column account_number_last4 varchar(4) check (account_number_last4 ~ '^[0-9]{4}$');
    `);
    await q.query(dataKeysTableSql('finance'));
    await q.query(auditTablesSql('finance', APP));
    await q.query(`
      revoke delete on finance.data_keys, finance.bank_accounts from ${APP};

      -- The caller's claims (set per transaction by kit's ScopedDb) as uuid arrays.
      create function finance.claim_ids(setting text) returns uuid[] language sql stable as $$
        select coalesce(string_to_array(nullif(current_setting(setting, true), ''), ',')::uuid[], '{}'::uuid[])
      $$;
      create function finance.is_super_admin() returns boolean language sql stable as $$
        select coalesce(current_setting('app.super_admin', true), '') = 'on'
      $$;
      -- Trainers whose books the caller keeps: their own trainer ids and every trainer of the teams
      -- they administer (the admin included), transitively.
      create function finance.viewer_trainer_ids() returns uuid[] language sql stable as $$
        with recursive team(id) as (
          select unnest(finance.claim_ids('app.trainer_admin_ids'))
          union
          select t.id from studios.trainer_directory t join team on t.parent_trainer_id = team.id
        )
        select coalesce(array_agg(distinct id), '{}'::uuid[])
          from (select unnest(finance.claim_ids('app.trainer_ids')) as id union select id from team) ids
      $$;
      -- Studios the caller administers and every studio below them, transitively.
      create function finance.viewer_studio_ids() returns uuid[] language sql stable as $$
        with recursive tree(id) as (
          select unnest(finance.claim_ids('app.studio_ids'))
          union
          select s.id from studios.studio_directory s join tree on s.parent_studio_id = tree.id
        )
        select coalesce(array_agg(id), '{}'::uuid[]) from tree
      $$;

      alter table finance.invoices enable row level security;
      create policy invoices_select on finance.invoices for select using (
        (select finance.is_super_admin())
        or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])
        or studio_id = any ((select finance.viewer_studio_ids())::uuid[])
        or client_id = any ((select finance.claim_ids('app.client_ids'))::uuid[]));
      create policy invoices_insert on finance.invoices for insert
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
      create policy invoices_update on finance.invoices for update
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));

      alter table finance.invoice_items enable row level security;
      create policy invoice_items_select on finance.invoice_items for select
        using (invoice_id in (select i.id from finance.invoices i));
      create policy invoice_items_write on finance.invoice_items for insert
        with check (exists (select 1 from finance.invoices i where i.id = invoice_id
                             and ((select finance.is_super_admin()) or i.trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))));

      alter table finance.payments enable row level security;
      create policy payments_select on finance.payments for select using (
        (select finance.is_super_admin())
        or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])
        or invoice_id in (select i.id from finance.invoices i));
      create policy payments_insert on finance.payments for insert
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
      create policy payments_update on finance.payments for update
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));

      alter table finance.bank_accounts enable row level security;
      create policy bank_accounts_select on finance.bank_accounts for select
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
      create policy bank_accounts_insert on finance.bank_accounts for insert
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.claim_ids('app.trainer_ids') || finance.claim_ids('app.trainer_admin_ids'))::uuid[]));
      create policy bank_accounts_update on finance.bank_accounts for update
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.claim_ids('app.trainer_ids') || finance.claim_ids('app.trainer_admin_ids'))::uuid[]))
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.claim_ids('app.trainer_ids') || finance.claim_ids('app.trainer_admin_ids'))::uuid[]));

      alter table finance.tax_remittances enable row level security;
      create policy tax_remittances_select on finance.tax_remittances for select
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
      create policy tax_remittances_insert on finance.tax_remittances for insert
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
      create policy tax_remittances_update on finance.tax_remittances for update
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy tax_remittances_update on finance.tax_remittances; drop policy tax_remittances_insert on finance.tax_remittances;
      drop policy tax_remittances_select on finance.tax_remittances; alter table finance.tax_remittances disable row level security;
      drop policy bank_accounts_update on finance.bank_accounts; drop policy bank_accounts_insert on finance.bank_accounts;
      drop policy bank_accounts_select on finance.bank_accounts; alter table finance.bank_accounts disable row level security;
      drop policy payments_update on finance.payments; drop policy payments_insert on finance.payments;
      drop policy payments_select on finance.payments; alter table finance.payments disable row level security;
      drop policy invoice_items_write on finance.invoice_items; drop policy invoice_items_select on finance.invoice_items;
      alter table finance.invoice_items disable row level security;
      drop policy invoices_update on finance.invoices; drop policy invoices_insert on finance.invoices;
      drop policy invoices_select on finance.invoices; alter table finance.invoices disable row level security;
      drop function finance.viewer_studio_ids(); drop function finance.viewer_trainer_ids();
      drop function finance.is_super_admin(); drop function finance.claim_ids(text);
      drop table finance.access_log; drop table finance.audit_log; drop table finance.data_keys;
      grant delete on finance.bank_accounts to ${APP};
      -- Ciphertext cannot be turned back into numbers: down() restores the shape only.
      alter table finance.bank_accounts drop column account_number_last4;
    `);
  }
}
