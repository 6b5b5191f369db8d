import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';

/**
 * `finance.invoice_documents`: the PDF of each issued invoice or credit note, rendered once in the
 * issuing transaction and kept as it was sent (docs/invoice-pdf.md).
 *
 * - **Never changes.** A trigger refuses every UPDATE and DELETE, for every role (the owner too): the
 *   document a studio received and the one downloaded a year later are the same bytes. The runtime
 *   role may only select and insert. A draft has no stored document (it is rendered on request).
 * - **Checked.** `sha256` is the hex SHA-256 of `content` and `byte_size` its length — both verified
 *   by PostgreSQL on insert, so a stored hash cannot disagree with the bytes.
 * - **Only issued invoices.** The insert trigger refuses a document for a draft: call it after the
 *   invoice is issued (numbered, parties snapshotted) in the same transaction.
 * - **Row-level security** like `invoice_items`: a document is visible to whoever may select its
 *   invoice (the trainer, their team admin, a super admin; the studio or client billed once it is no
 *   longer a draft); only whoever keeps the trainer's books may insert it.
 */
export class FinanceInvoiceDocuments1733700500000 implements MigrationInterface {
  name = 'FinanceInvoiceDocuments1733700500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table finance.invoice_documents (
        invoice_id uuid primary key references finance.invoices(id),
        language varchar(2) not null check (language in ('en', 'fr')),
        sha256 char(64) not null check (sha256 = encode(sha256(content), 'hex')),
        content bytea not null,
        byte_size integer not null check (byte_size > 0 and byte_size = octet_length(content)),
        rendered_at timestamptz not null default now()
      );

      create function finance.refuse_invoice_document_change() returns trigger language plpgsql as $$
      begin
        raise exception 'the document of invoice % was issued and never changes', old.invoice_id
          using errcode = 'check_violation';
      end $$;
      create trigger invoice_documents_never_change before update or delete on finance.invoice_documents
        for each row execute function finance.refuse_invoice_document_change();

      create function finance.refuse_draft_document() returns trigger language plpgsql
        security definer set search_path = finance, pg_temp as $$
      begin
        if not exists (select 1 from finance.invoices where id = new.invoice_id and status <> 'draft') then
          raise exception 'only an issued invoice has a stored document' using errcode = 'check_violation';
        end if;
        return new;
      end $$;
      create trigger invoice_documents_issued_only before insert on finance.invoice_documents
        for each row execute function finance.refuse_draft_document();

      revoke all on finance.invoice_documents from ${APP};
      grant select, insert on finance.invoice_documents to ${APP};

      alter table finance.invoice_documents enable row level security;
      create policy invoice_documents_select on finance.invoice_documents for select
        using (invoice_id in (select i.id from finance.invoices i));
      create policy invoice_documents_insert on finance.invoice_documents for insert
        with check (exists (select 1 from finance.invoices i where i.id = invoice_id
                             and ((select finance.is_super_admin()) or i.trainer_id = any ((select finance.viewer_trainer_ids())::uuid[]))));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table finance.invoice_documents;
      drop function finance.refuse_draft_document();
      drop function finance.refuse_invoice_document_change();
    `);
  }
}
