import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';
const BOOKKEEPER = `(select finance.is_super_admin()) or trainer_id = any ((select finance.viewer_trainer_ids())::uuid[])`;

/**
 * Remittance (docs/remittance.md, docs/database-contracts/finance.md):
 *
 * 1. **`finance.expenses`**: what a trainer bought for their business and the sales taxes they paid on
 *    it — GST/HST (input tax credits on the GST/HST return), QST (input tax refunds on the QST return)
 *    and PST/RST (recorded, never recoverable). Amounts are CAD `numeric(10, 2)`, never negative; the
 *    tax paid is bounded by the highest rate of its kind in Canada (GST/HST 15 %, QST 9.975 % and only
 *    on a purchase in Québec, PST 20 % — British Columbia's top rate on passenger vehicles — and only
 *    in British Columbia, Saskatchewan or Manitoba), rounded half-up to the cent. Rows are kept: the
 *    runtime role may select, insert and update (a mistake is corrected, audited), never delete.
 *    Row-level security as for every book: the trainer, their team admin, a super admin.
 * 2. **`finance.tax_remittances` becomes one row per return**: `tax_type` names the return
 *    (`gst_hst`: the GST/HST return; `qst`: Québec's QST return; `pst`: British Columbia's or
 *    Saskatchewan's PST return; `rst`: Manitoba's RST return) and `jurisdiction` whose it is (`CA`,
 *    `QC`, `BC`, `SK`, `MB`). Earlier `gst` and `hst` rows were GST/HST returns and become `gst_hst`;
 *    an earlier `pst` row names no province and stops the migration (there is no production data).
 *    Two returns of one kind and jurisdiction of a trainer may not overlap in time (an exclusion
 *    constraint replaces the unique key on the period's first day). `lines` holds the worksheet's
 *    figures by line number (`[{ "line": "101", "amount": "1234.56" }]`); revenue may be negative
 *    (a period with more credited than invoiced).
 * 3. **Lifecycle** calculated → filed (`filed_on`, the day it was filed, `filed_at`, when it was
 *    recorded, `remittance_reference`, the confirmation number) → paid (`paid_on`, formerly
 *    `remittance_date`, and `paid_at`). A trigger refuses any change to a filed or paid return's
 *    figures, period, filing facts, and any step backwards. A return still `calculated` is a worksheet,
 *    not a record: it may be recalculated or replaced (deleted); a filed one is kept.
 */
export class FinanceExpenses1733700600000 implements MigrationInterface {
  name = 'FinanceExpenses1733700600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table finance.expenses (
        id uuid primary key default gen_random_uuid(),
        trainer_id uuid not null,
        expense_date date not null,
        vendor varchar(255) not null check (length(btrim(vendor)) > 0),
        description varchar(1000) not null check (length(btrim(description)) > 0),
        category varchar(20) not null
          check (category in ('equipment', 'supplies', 'travel', 'rent', 'education', 'marketing', 'software', 'insurance', 'other')),
        amount_before_tax numeric(10, 2) not null check (amount_before_tax >= 0),
        gst_hst_paid numeric(10, 2) not null default 0 check (gst_hst_paid >= 0),
        qst_paid numeric(10, 2) not null default 0 check (qst_paid >= 0),
        pst_paid numeric(10, 2) not null default 0 check (pst_paid >= 0),
        province varchar(2) not null check (province in ('AB','BC','MB','NB','NL','NS','NT','NU','ON','PE','QC','SK','YT')),
        receipt_reference varchar(255),
        itc_eligible boolean not null default true,
        created_at timestamptz not null default now(),
        created_by uuid not null,
        updated_at timestamptz not null default now(),
        -- round() on numeric rounds half away from zero: half-up for these non-negative amounts.
        constraint expenses_gst_hst_at_most_15_percent check (gst_hst_paid <= round(amount_before_tax * 0.15, 2)),
        constraint expenses_qst_at_most_9975 check (qst_paid <= round(amount_before_tax * 0.09975, 2)),
        constraint expenses_qst_in_quebec check (qst_paid = 0 or province = 'QC'),
        constraint expenses_pst_at_most_20_percent check (pst_paid <= round(amount_before_tax * 0.20, 2)),
        constraint expenses_pst_in_pst_provinces check (pst_paid = 0 or province in ('BC', 'SK', 'MB'))
      );
      create index expenses_trainer_idx on finance.expenses (trainer_id, expense_date desc, id desc);

      revoke delete on finance.expenses from ${APP};
      grant select, insert, update on finance.expenses to ${APP};
      alter table finance.expenses enable row level security;
      create policy expenses_select on finance.expenses for select using (${BOOKKEEPER});
      create policy expenses_insert on finance.expenses for insert with check (${BOOKKEEPER});
      create policy expenses_update on finance.expenses for update using (${BOOKKEEPER}) with check (${BOOKKEEPER});

      do $$ begin
        if exists (select 1 from finance.tax_remittances where tax_type = 'pst') then
          raise exception 'finance.tax_remittances holds PST rows that name no province: give each its province before this migration';
        end if;
      end $$;
      alter table finance.tax_remittances
        drop constraint tax_remittances_tax_type_check,
        drop constraint tax_remittances_trainer_id_tax_type_period_start_key,
        drop constraint tax_remittances_gross_revenue_check,
        drop constraint tax_remittances_check;
      alter table finance.tax_remittances rename column remittance_date to paid_on;
      update finance.tax_remittances set tax_type = 'gst_hst' where tax_type in ('gst', 'hst');
      alter table finance.tax_remittances
        add column jurisdiction varchar(2),
        add column lines jsonb not null default '[]'::jsonb check (jsonb_typeof(lines) = 'array'),
        add column filed_on date,
        add column filed_at timestamptz,
        add column paid_at timestamptz;
      update finance.tax_remittances set jurisdiction = case tax_type when 'qst' then 'QC' else 'CA' end;
      update finance.tax_remittances set filed_on = greatest(paid_on, period_end + 1), filed_at = updated_at where status <> 'calculated';
      update finance.tax_remittances set paid_on = greatest(paid_on, filed_on), paid_at = updated_at where status = 'paid';
      update finance.tax_remittances set paid_on = null where status <> 'paid';
      alter table finance.tax_remittances
        alter column jurisdiction set not null,
        add constraint tax_remittances_return check (
          (tax_type, jurisdiction) in (('gst_hst', 'CA'), ('qst', 'QC'), ('pst', 'BC'), ('pst', 'SK'), ('rst', 'MB'))),
        add constraint tax_remittances_period_at_most_366_days check (period_end - period_start < 366),
        add constraint tax_remittances_filed check ((status = 'calculated') = (filed_on is null) and (filed_on is null) = (filed_at is null)),
        add constraint tax_remittances_paid check ((status = 'paid') = (paid_on is not null) and (paid_on is null) = (paid_at is null)),
        add constraint tax_remittances_filed_after_period check (filed_on is null or filed_on > period_end),
        add constraint tax_remittances_paid_after_period check (paid_on is null or paid_on > period_end),
        add constraint tax_remittances_no_overlap exclude using gist (
          trainer_id with =, tax_type with =, jurisdiction with =, daterange(period_start, period_end, '[]') with &&);

      -- A filed return is a record: its figures, period and filing facts never change, and it never
      -- steps back; once paid, nothing changes. Only a calculated return may be deleted (replaced).
      create function finance.refuse_filed_remittance_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          if old.status <> 'calculated' then
            raise exception 'the % return of % to % was filed and is kept', old.tax_type, old.period_start, old.period_end
              using errcode = 'check_violation';
          end if;
          return old;
        end if;
        if old.status <> 'calculated' and (
             new.status = 'calculated'
             or (old.status = 'paid' and to_jsonb(new) - 'updated_at' is distinct from to_jsonb(old) - 'updated_at')
             or (new.trainer_id, new.tax_type, new.jurisdiction, new.period_start, new.period_end, new.gross_revenue,
                 new.taxable_revenue, new.tax_collected, new.input_tax_credits, new.net_tax_owing, new.lines,
                 new.filed_on, new.filed_at, new.remittance_reference)
                is distinct from
                (old.trainer_id, old.tax_type, old.jurisdiction, old.period_start, old.period_end, old.gross_revenue,
                 old.taxable_revenue, old.tax_collected, old.input_tax_credits, old.net_tax_owing, old.lines,
                 old.filed_on, old.filed_at, old.remittance_reference)) then
          raise exception 'the % return of % to % was filed: its figures are frozen', old.tax_type, old.period_start, old.period_end
            using errcode = 'check_violation';
        end if;
        return new;
      end $$;
      create trigger tax_remittances_frozen_once_filed before update or delete on finance.tax_remittances
        for each row execute function finance.refuse_filed_remittance_change();

      grant delete on finance.tax_remittances to ${APP};
      create policy tax_remittances_delete on finance.tax_remittances for delete
        using (status = 'calculated' and (${BOOKKEEPER}));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop policy tax_remittances_delete on finance.tax_remittances;
      revoke delete on finance.tax_remittances from ${APP};
      drop trigger tax_remittances_frozen_once_filed on finance.tax_remittances;
      drop function finance.refuse_filed_remittance_change();
      alter table finance.tax_remittances
        drop constraint tax_remittances_no_overlap, drop constraint tax_remittances_paid_after_period,
        drop constraint tax_remittances_filed_after_period, drop constraint tax_remittances_paid,
        drop constraint tax_remittances_filed, drop constraint tax_remittances_period_at_most_366_days,
        drop constraint tax_remittances_return;
      do $$ begin
        if exists (select 1 from finance.tax_remittances where tax_type in ('pst', 'rst'))
           or exists (select 1 from finance.tax_remittances group by trainer_id, tax_type, period_start having count(*) > 1) then
          raise exception 'finance.tax_remittances holds provincial returns or several returns of one tax and start: the old shape cannot hold them';
        end if;
      end $$;
      update finance.tax_remittances set paid_on = coalesce(paid_on, filed_on);
      update finance.tax_remittances set tax_type = 'hst' where tax_type = 'gst_hst';
      alter table finance.tax_remittances drop column paid_at, drop column filed_at, drop column filed_on, drop column lines, drop column jurisdiction;
      alter table finance.tax_remittances rename column paid_on to remittance_date;
      alter table finance.tax_remittances
        add constraint tax_remittances_check check (taxable_revenue >= 0 and taxable_revenue <= gross_revenue),
        add constraint tax_remittances_gross_revenue_check check (gross_revenue >= 0),
        add constraint tax_remittances_trainer_id_tax_type_period_start_key unique (trainer_id, tax_type, period_start),
        add constraint tax_remittances_tax_type_check check (tax_type in ('gst', 'hst', 'pst', 'qst'));
      drop table finance.expenses;
    `);
  }
}
