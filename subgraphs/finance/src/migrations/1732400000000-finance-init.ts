import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invoices, invoice items, payments, bank accounts and tax remittances (docs/domain.md, Data model: financial).
 * Trainer, studio, client and appointment ids are bare UUIDs: no foreign key leaves the schema.
 * Money is NUMERIC(10, 2) CAD; the checks below keep stored totals consistent (docs/database-contracts/finance.md).
 */
export class FinanceInit1732400000000 implements MigrationInterface {
  name = 'FinanceInit1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table finance.invoices (
        id uuid primary key default gen_random_uuid(),
        invoice_number varchar(50) not null unique,
        trainer_id uuid not null,
        studio_id uuid,
        client_id uuid,
        invoice_type varchar(50) not null check (invoice_type in ('studio', 'client')),
        invoice_date date not null,
        due_date date not null,
        period_start date not null,
        period_end date not null,
        subtotal numeric(10, 2) not null check (subtotal >= 0),
        tax_details jsonb not null default '{"lines": []}'::jsonb check (jsonb_typeof(tax_details->'lines') = 'array'),
        total numeric(10, 2) not null check (total >= 0),
        status varchar(50) not null default 'draft' check (status in ('draft', 'sent', 'paid', 'overdue', 'cancelled')),
        sent_at timestamptz,
        paid_at timestamptz,
        payment_method varchar(50),
        payment_reference varchar(255),
        notes text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (total >= subtotal),
        check (due_date >= invoice_date),
        check (period_end >= period_start),
        check ((invoice_type = 'studio' and studio_id is not null and client_id is null) or (invoice_type = 'client' and client_id is not null)),
        check (status <> 'paid' or paid_at is not null)
      );
      create index invoices_trainer_idx on finance.invoices (trainer_id, invoice_date desc, id desc);
      create index invoices_studio_idx on finance.invoices (studio_id, invoice_date desc, id desc);
      create index invoices_client_idx on finance.invoices (client_id, invoice_date desc, id desc) where client_id is not null;

      create table finance.invoice_items (
        id uuid primary key default gen_random_uuid(),
        invoice_id uuid not null references finance.invoices(id),
        position integer not null check (position >= 0),
        appointment_id uuid,
        description text not null,
        quantity numeric(10, 2) not null check (quantity > 0),
        unit_price numeric(10, 2) not null check (unit_price >= 0),
        amount numeric(10, 2) not null,
        tax_rate numeric(5, 4) check (tax_rate >= 0 and tax_rate < 1),
        created_at timestamptz not null default now(),
        -- Computed in code (money.ts lineAmount: half-up to the cent); round() on numeric rounds half away from zero.
        check (amount = round(quantity * unit_price, 2)),
        unique (invoice_id, position)
      );
      create unique index invoice_items_appointment_idx on finance.invoice_items (invoice_id, appointment_id) where appointment_id is not null;

      create table finance.bank_accounts (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        account_name varchar(255) not null,
        bank_name varchar(255) not null,
        account_number varchar(50),
        transit_number varchar(50),
        institution_number varchar(50),
        account_type varchar(50) check (account_type in ('checking', 'savings')),
        currency varchar(3) not null default 'CAD' check (currency = 'CAD'),
        is_primary boolean not null default false,
        status varchar(50) not null default 'active' check (status in ('active', 'inactive')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index bank_accounts_trainer_idx on finance.bank_accounts (trainer_id);
      create unique index bank_accounts_one_primary_idx on finance.bank_accounts (trainer_id) where is_primary and status = 'active';

      create table finance.payments (
        id uuid primary key default gen_random_uuid(),
        invoice_id uuid references finance.invoices(id),
        trainer_id uuid not null,
        studio_id uuid,
        client_id uuid,
        amount numeric(10, 2) not null check (amount > 0),
        payment_date date not null,
        payment_method varchar(50) not null check (payment_method in ('cheque', 'e-transfer', 'cash', 'credit')),
        reference_number varchar(255),
        bank_account_id uuid references finance.bank_accounts(id),
        status varchar(50) not null default 'completed' check (status in ('completed', 'pending', 'failed')),
        notes text,
        created_at timestamptz not null default now()
      );
      create index payments_invoice_idx on finance.payments (invoice_id);
      create index payments_trainer_idx on finance.payments (trainer_id, payment_date desc);

      create table finance.tax_remittances (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        tax_type varchar(50) not null check (tax_type in ('gst', 'hst', 'pst', 'qst')),
        period_start date not null,
        period_end date not null,
        gross_revenue numeric(10, 2) not null check (gross_revenue >= 0),
        taxable_revenue numeric(10, 2) not null check (taxable_revenue >= 0 and taxable_revenue <= gross_revenue),
        tax_collected numeric(10, 2) not null check (tax_collected >= 0),
        input_tax_credits numeric(10, 2) not null default 0 check (input_tax_credits >= 0),
        net_tax_owing numeric(10, 2) not null,
        remittance_date date,
        remittance_reference varchar(255),
        status varchar(50) not null default 'calculated' check (status in ('calculated', 'filed', 'paid')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (period_end >= period_start),
        check (net_tax_owing = tax_collected - input_tax_credits),
        unique (trainer_id, tax_type, period_start)
      );
      create index tax_remittances_trainer_idx on finance.tax_remittances (trainer_id, period_start desc);

      -- Financial records are kept, not deleted (CRA: six years): the runtime role may not delete them.
      revoke delete on finance.invoices, finance.invoice_items, finance.payments, finance.tax_remittances from fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table finance.tax_remittances; drop table finance.payments; drop table finance.bank_accounts;
      drop table finance.invoice_items; drop table finance.invoices;
    `);
  }
}
