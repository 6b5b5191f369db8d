import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';

/**
 * The invoicing data model (docs/invoices.md, docs/database-contracts/finance.md):
 *
 * 1. **Lifecycle.** `status` is draft → issued → sent → partially_paid → paid, or void. "Overdue" is
 *    not stored: it is an issued, sent or partially paid invoice whose due date has passed in its
 *    zone (`time_zone`) with a balance due. A draft has no number; issuing takes the next number of
 *    the trainer's gap-free yearly sequence (`invoice_sequences`), unique per trainer.
 * 2. **Credit notes** are rows of `invoices` with `document_type = 'credit_note'` naming the invoice
 *    they credit; their amounts are positive and reduce that invoice's balance.
 * 3. **Snapshots at issue**: `supplier` and `recipient` (names, addresses, registration numbers),
 *    `place_of_supply`, `language` — what the issued document shows forever, whatever changes later.
 * 4. **Frozen once issued**: triggers refuse any change to an issued invoice's number, parties,
 *    dates, amounts, tax details and snapshots, and any insert, update or delete of its lines — except
 *    marking the lines of a void invoice no longer live. Correct an issued invoice by voiding it or
 *    crediting it, never by editing it.
 * 5. **One live invoice per session**: `invoice_items.live` is false once its invoice is void, and a
 *    unique index admits one live line per appointment — generating twice adds nothing.
 * 6. **Who writes**: drafts' lines may be deleted (they are work in progress; the trigger refuses it
 *    once issued). The studio billed may approve an invoice and record that it paid it.
 */
export class FinanceInvoicing1733700000000 implements MigrationInterface {
  name = 'FinanceInvoicing1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table finance.invoices drop constraint invoices_status_check;
      alter table finance.invoices drop constraint invoices_invoice_number_key;
      alter table finance.invoices alter column invoice_number drop not null;
      update finance.invoices set status = 'void' where status = 'cancelled';
      update finance.invoices set status = 'sent' where status = 'overdue';
      update finance.invoices set invoice_number = null where status = 'draft';

      alter table finance.invoices
        add column document_type varchar(20) not null default 'invoice' check (document_type in ('invoice', 'credit_note')),
        add column credited_invoice_id uuid references finance.invoices(id),
        add column place_of_supply varchar(2) check (place_of_supply in ('AB','BC','MB','NB','NL','NS','NT','NU','ON','PE','QC','SK','YT')),
        add column time_zone varchar(64),
        add column language varchar(2) not null default 'en' check (language in ('en', 'fr')),
        add column supplier jsonb,
        add column recipient jsonb,
        add column issued_at timestamptz,
        add column approved_at timestamptz,
        add column approved_by uuid,
        add column voided_at timestamptz,
        add column void_reason text;

      update finance.invoices i set time_zone = coalesce(
        (select s.time_zone from studios.studio_directory s where s.id = i.studio_id), 'America/Toronto');
      update finance.invoices set issued_at = coalesce(sent_at, created_at) where status <> 'draft';
      update finance.invoices set voided_at = updated_at where status = 'void';
      alter table finance.invoices
        alter column time_zone set not null,
        add constraint invoices_status_check check (status in ('draft', 'issued', 'sent', 'partially_paid', 'paid', 'void')),
        add constraint invoices_number_once_issued check ((status = 'draft') = (invoice_number is null)),
        add constraint invoices_issued_at check ((status = 'draft') = (issued_at is null)),
        add constraint invoices_void check ((status = 'void') = (voided_at is not null)),
        add constraint invoices_approved_after_issue check (approved_at is null or status <> 'draft'),
        add constraint invoices_credit_note check ((document_type = 'credit_note') = (credited_invoice_id is not null)),
        add constraint invoices_number_per_trainer unique (trainer_id, invoice_number);
      create index invoices_credited_idx on finance.invoices (credited_invoice_id) where credited_invoice_id is not null;

      create table finance.invoice_sequences (
        trainer_id uuid not null,
        year integer not null check (year between 2000 and 2999),
        last_number integer not null check (last_number > 0),
        primary key (trainer_id, year)
      );
      grant select, insert, update on finance.invoice_sequences to ${APP};
      alter table finance.invoice_sequences enable row level security;
      create policy invoice_sequences_bookkeeping on finance.invoice_sequences for all
        using ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))
        with check ((select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]));

      alter table finance.invoice_items
        add column kind varchar(10) not null default 'service' check (kind in ('service', 'goods')),
        add column category varchar(50),
        add column service_date date,
        add column location_studio_id uuid,
        add column attendees integer check (attendees >= 0),
        add column billing_basis varchar(20) check (billing_basis in ('completed', 'no-show', 'late-cancellation')),
        add column live boolean not null default true;
      update finance.invoice_items i set live = false from finance.invoices v where v.id = i.invoice_id and v.status = 'void';
      drop index finance.invoice_items_appointment_idx;
      create unique index invoice_items_one_live_invoice on finance.invoice_items (appointment_id) where appointment_id is not null and live;

      -- An issued invoice never changes; only its status, payment facts, approval and voiding move on.
      create function finance.refuse_issued_invoice_change() returns trigger language plpgsql as $$
      begin
        if old.status <> 'draft' and (
             new.status = 'draft'
             or (new.invoice_number, new.trainer_id, new.studio_id, new.client_id, new.invoice_type, new.document_type,
                 new.credited_invoice_id, new.invoice_date, new.due_date, new.period_start, new.period_end, new.subtotal,
                 new.tax_details, new.total, new.place_of_supply, new.time_zone, new.language, new.supplier, new.recipient, new.issued_at)
                is distinct from
                (old.invoice_number, old.trainer_id, old.studio_id, old.client_id, old.invoice_type, old.document_type,
                 old.credited_invoice_id, old.invoice_date, old.due_date, old.period_start, old.period_end, old.subtotal,
                 old.tax_details, old.total, old.place_of_supply, old.time_zone, old.language, old.supplier, old.recipient, old.issued_at)) then
          raise exception 'invoice % is issued and cannot change: void it or issue a credit note', old.invoice_number
            using errcode = 'check_violation';
        end if;
        return new;
      end $$;
      create trigger invoices_frozen_once_issued before update on finance.invoices
        for each row execute function finance.refuse_issued_invoice_change();

      -- Lines change only while their invoice is a draft; a void invoice's lines may only stop being live.
      create function finance.refuse_issued_item_change() returns trigger language plpgsql
        security definer set search_path = finance, pg_temp as $$
      declare
        invoice_status text;
      begin
        select status into invoice_status from finance.invoices where id = coalesce(new.invoice_id, old.invoice_id);
        if invoice_status = 'draft' then
          return coalesce(new, old);
        end if;
        if tg_op = 'UPDATE' and invoice_status = 'void' and old.live and not new.live
           and (to_jsonb(new) - 'live') = (to_jsonb(old) - 'live') then
          return new;
        end if;
        raise exception 'the lines of an issued invoice cannot change: void it or issue a credit note'
          using errcode = 'check_violation';
      end $$;
      create trigger invoice_items_frozen_once_issued before insert or update or delete on finance.invoice_items
        for each row execute function finance.refuse_issued_item_change();

      grant update, delete on finance.invoice_items to ${APP};
      create policy invoice_items_update on finance.invoice_items for update
        using (exists (select 1 from finance.invoices i where i.id = invoice_id
                        and ((select finance.is_super_admin()) or i.trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))))
        with check (exists (select 1 from finance.invoices i where i.id = invoice_id
                        and ((select finance.is_super_admin()) or i.trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))));
      create policy invoice_items_delete on finance.invoice_items for delete
        using (exists (select 1 from finance.invoices i where i.id = invoice_id
                        and ((select finance.is_super_admin()) or i.trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))));

      -- The studio billed approves what it received and records that it paid it.
      create policy invoices_update_by_recipient on finance.invoices for update
        using (status <> 'draft' and studio_id = any ((select finance.viewer_studio_ids())::uuid[]))
        with check (status <> 'draft' and studio_id = any ((select finance.viewer_studio_ids())::uuid[]));
      alter table finance.payments
        add column recorded_by uuid,
        add column recorded_by_party varchar(10) not null default 'supplier' check (recorded_by_party in ('supplier', 'recipient'));
      create policy payments_insert_by_recipient on finance.payments for insert
        with check (studio_id = any ((select finance.viewer_studio_ids())::uuid[])
                    and exists (select 1 from finance.invoices i where i.id = invoice_id and i.status <> 'draft'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy payments_insert_by_recipient on finance.payments;
      alter table finance.payments drop column recorded_by_party, drop column recorded_by;
      drop policy invoices_update_by_recipient on finance.invoices;
      drop policy invoice_items_delete on finance.invoice_items; drop policy invoice_items_update on finance.invoice_items;
      revoke update, delete on finance.invoice_items from ${APP};
      drop trigger invoice_items_frozen_once_issued on finance.invoice_items; drop function finance.refuse_issued_item_change();
      drop trigger invoices_frozen_once_issued on finance.invoices; drop function finance.refuse_issued_invoice_change();
      drop index finance.invoice_items_one_live_invoice;
      create unique index invoice_items_appointment_idx on finance.invoice_items (invoice_id, appointment_id) where appointment_id is not null;
      alter table finance.invoice_items drop column live, drop column billing_basis, drop column attendees,
        drop column location_studio_id, drop column service_date, drop column category, drop column kind;
      drop table finance.invoice_sequences;
      drop index finance.invoices_credited_idx;
      alter table finance.invoices drop constraint invoices_number_per_trainer, drop constraint invoices_credit_note,
        drop constraint invoices_approved_after_issue, drop constraint invoices_void, drop constraint invoices_issued_at,
        drop constraint invoices_number_once_issued, drop constraint invoices_status_check;
      update finance.invoices set status = 'cancelled' where status = 'void';
      update finance.invoices set status = 'sent' where status in ('issued', 'partially_paid');
      update finance.invoices set invoice_number = 'DRAFT-' || id where invoice_number is null;
      alter table finance.invoices drop column void_reason, drop column voided_at, drop column approved_by, drop column approved_at,
        drop column issued_at, drop column recipient, drop column supplier, drop column language, drop column time_zone,
        drop column place_of_supply, drop column credited_invoice_id, drop column document_type,
        alter column invoice_number set not null,
        add constraint invoices_invoice_number_key unique (invoice_number),
        add constraint invoices_status_check check (status in ('draft', 'sent', 'paid', 'overdue', 'cancelled'));
    `);
  }
}
