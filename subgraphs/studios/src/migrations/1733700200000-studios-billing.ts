import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_studios_app';
const PROVINCES = "'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'";
/** Accented capitals and small letters of French and other Latin names, and their plain letters (invoice prefixes are A–Z, 0–9). */
const ACCENTED = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿ';
const PLAIN = 'AAAAAACEEEEIIIINOOOOOOUUUUYaaaaaaceeeeiiiinoooooouuuuyy';

/**
 * What finance needs from studios to invoice a studio at a contract's rates
 * (docs/database-contracts/studios.md):
 *
 * 1. **One address shape** for studios and trainers, `{ line1, line2?, city, province, postal_code }`
 *    (`studios.is_billing_address`; a postal code is `A1A 1A1`, Canada Post's format). Studios'
 *    addresses are rewritten to it (`street` → `line1`, `postalCode` → `postal_code`; every studio is
 *    in Canada, so `country` goes).
 * 2. **Payment terms**: `payment_terms.net_days` (an integer 0–365; 30 when absent), rewritten from
 *    the `netDays` key the seed used to write.
 * 3. **Trainers' billing profile**: `address` (nullable), `qst_number` (`1234567890 TQ0001`),
 *    `pst_numbers` (`{"BC": "PST-1234-5678", "SK": "1234567", "MB": "123456-7"}`) and
 *    `invoice_prefix` (1–6 capital letters or digits, by default the initials of the first and last
 *    name: Maya Chen → `MC`, filled in by a trigger whenever it is null). `gst_number` is normalised
 *    to `123456789 RT0001` (format checked for new values; the check digit is the API's).
 * 4. **Rate history**: `contract_rates`, one row per rate period of a contract (its class rates, the
 *    per-attendee bonus, whether no-shows and late cancellations are billed), from `effective_from`
 *    until the next period's. Each contract's `trainer_studios.class_rates` becomes its first period
 *    (from the contract's start date); that column is no longer read nor written (the published
 *    `contract_directory.class_rates` now shows the period in force today in the studio's zone). The
 *    runtime role may not delete a rate period, nor move one to another contract or date.
 * 5. **Published views** for finance: `studio_billing_directory`, `trainer_billing_directory`,
 *    `contract_rate_directory`.
 */
export class StudiosBilling1733700200000 implements MigrationInterface {
  name = 'StudiosBilling1733700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create function studios.is_billing_address(a jsonb) returns boolean language sql immutable as $$
        select coalesce(
          jsonb_typeof(a) = 'object'
          and (a - array['line1', 'line2', 'city', 'province', 'postal_code']) = '{}'::jsonb
          and jsonb_typeof(a->'line1') = 'string' and length(btrim(a->>'line1')) between 1 and 200
          and (a->'line2' is null or (jsonb_typeof(a->'line2') = 'string' and length(btrim(a->>'line2')) between 1 and 200))
          and jsonb_typeof(a->'city') = 'string' and length(btrim(a->>'city')) between 1 and 100
          and a->>'province' in (${PROVINCES})
          and a->>'postal_code' ~ '^[A-CEGHJ-NPR-TVXY][0-9][A-CEGHJ-NPR-TV-Z] [0-9][A-CEGHJ-NPR-TV-Z][0-9]$',
          false)
      $$;

      update studios.studios set address = jsonb_strip_nulls(jsonb_build_object(
          'line1', coalesce(address->>'line1', address->>'street'),
          'line2', address->>'line2',
          'city', address->>'city',
          'province', address->>'province',
          'postal_code', regexp_replace(upper(coalesce(address->>'postal_code', address->>'postalCode')),
                                        '^\\s*([A-Z][0-9][A-Z])\\s*([0-9][A-Z][0-9])\\s*$', '\\1 \\2')));
      update studios.studios set payment_terms = (payment_terms - 'netDays' - 'preferredMethod')
          || jsonb_strip_nulls(jsonb_build_object(
               'net_days', coalesce(payment_terms->'net_days', payment_terms->'netDays'),
               'preferred_method', coalesce(payment_terms->'preferred_method', payment_terms->'preferredMethod')));
      alter table studios.studios
        add constraint studios_address_shape check (studios.is_billing_address(address)),
        add constraint studios_net_days check (
          payment_terms->'net_days' is null
          or (jsonb_typeof(payment_terms->'net_days') = 'number'
              and case when (payment_terms->>'net_days') ~ '^[0-9]{1,3}$' then (payment_terms->>'net_days')::int <= 365 else false end));

      create function studios.is_pst_numbers(p jsonb) returns boolean language sql immutable as $$
        select coalesce(
          jsonb_typeof(p) = 'object'
          and (p - array['BC', 'SK', 'MB']) = '{}'::jsonb
          and (p->'BC' is null or (jsonb_typeof(p->'BC') = 'string' and p->>'BC' ~ '^PST-[0-9]{4}-[0-9]{4}$'))
          and (p->'SK' is null or (jsonb_typeof(p->'SK') = 'string' and p->>'SK' ~ '^[0-9]{7}$'))
          and (p->'MB' is null or (jsonb_typeof(p->'MB') = 'string' and p->>'MB' ~ '^[0-9]{6}-[0-9]$')),
          false)
      $$;

      -- The initials of a name, capitals A–Z only ('INV' when the name has no letter or digit to give).
      create function studios.initials(first_name text, last_name text) returns varchar language sql immutable as $$
        select coalesce(nullif(regexp_replace(upper(translate(left(btrim(first_name), 1) || left(btrim(last_name), 1),
                                                              '${ACCENTED}', '${PLAIN}')), '[^A-Z0-9]', '', 'g'), ''), 'INV')
      $$;
      create function studios.default_invoice_prefix() returns trigger language plpgsql as $$
      begin
        new.invoice_prefix := coalesce(new.invoice_prefix, studios.initials(new.first_name, new.last_name));
        return new;
      end $$;

      update studios.trainers set gst_number = regexp_replace(upper(gst_number), '^\\s*([0-9]{9})\\s*RT\\s*([0-9]{4})\\s*$', '\\1 RT\\2')
       where gst_number is not null;
      alter table studios.trainers
        add constraint trainers_gst_number_format check (gst_number ~ '^[0-9]{9} RT[0-9]{4}$') not valid,
        add column address jsonb constraint trainers_address_shape check (address is null or studios.is_billing_address(address)),
        add column qst_number varchar(20) constraint trainers_qst_number_format check (qst_number ~ '^[0-9]{10} TQ[0-9]{4}$'),
        add column pst_numbers jsonb not null default '{}'::jsonb constraint trainers_pst_numbers_format check (studios.is_pst_numbers(pst_numbers)),
        add column invoice_prefix varchar(6);
      update studios.trainers set invoice_prefix = studios.initials(first_name, last_name);
      alter table studios.trainers
        alter column invoice_prefix set not null,
        add constraint trainers_invoice_prefix_format check (invoice_prefix ~ '^[A-Z0-9]{1,6}$');
      create trigger trainers_default_invoice_prefix before insert or update on studios.trainers
        for each row execute function studios.default_invoice_prefix();

      create table studios.contract_rates (
        id uuid primary key default gen_random_uuid(),
        trainer_studio_id uuid not null references studios.trainer_studios(id),
        effective_from date not null,
        class_rates jsonb not null default '{}'::jsonb,
        attendee_bonus_threshold integer check (attendee_bonus_threshold between 0 and 500),
        attendee_bonus_rate numeric(10, 2) check (attendee_bonus_rate > 0),
        bill_no_shows boolean not null default true,
        bill_late_cancellations boolean not null default true,
        created_at timestamptz not null default now(),
        created_by uuid,
        unique (trainer_studio_id, effective_from),
        constraint contract_rates_bonus_whole check ((attendee_bonus_threshold is null) = (attendee_bonus_rate is null)),
        constraint contract_rates_class_rates check (
          jsonb_typeof(class_rates) = 'object'
          and (class_rates - array['group', 'individual', 'trial']) = '{}'::jsonb
          and not jsonb_path_exists(class_rates, '$.* ? (@.type() != "string" || !(@ like_regex "^[0-9]{1,8}[.][0-9]{2}$"))'))
      );
      insert into studios.contract_rates (trainer_studio_id, effective_from, class_rates)
        select id, start_date, class_rates from studios.trainer_studios;
      comment on column studios.trainer_studios.class_rates is
        'Superseded by studios.contract_rates (rate periods): its value became each contract''s first period; no longer read nor written.';

      -- Rate history stays: no delete, and a period is never moved to another contract or date.
      revoke update, delete on studios.contract_rates from ${APP};
      grant update (class_rates, attendee_bonus_threshold, attendee_bonus_rate, bill_no_shows, bill_late_cancellations, created_at, created_by)
        on studios.contract_rates to ${APP};

      -- The published contract: its class rates are now those of the period in force today in the
      -- studio's zone (before the contract starts: its first period's).
      create or replace view studios.contract_directory as
        select c.trainer_id, c.studio_id, c.role,
               coalesce((select r.class_rates from studios.contract_rates r
                          where r.trainer_studio_id = c.id
                          order by r.effective_from <= (now() at time zone s.time_zone)::date desc,
                                   case when r.effective_from <= (now() at time zone s.time_zone)::date then r.effective_from end desc,
                                   r.effective_from
                          limit 1), '{}'::jsonb) as class_rates,
               c.start_date, c.end_date, c.status
          from studios.trainer_studios c join studios.studios s on s.id = c.studio_id;

      create view studios.studio_billing_directory as
        select id, parent_studio_id, name, address, address->>'province' as province, time_zone,
               coalesce((payment_terms->>'net_days')::int, 30) as net_days,
               billing_consolidated, is_headquarters, business_number, qst_number, status
          from studios.studios;
      create view studios.trainer_billing_directory as
        select id, parent_trainer_id, first_name, last_name, business_name, address, address->>'province' as province, time_zone,
               gst_number, qst_number, pst_numbers, invoice_prefix, status
          from studios.trainers;
      create view studios.contract_rate_directory as
        select c.trainer_id, c.studio_id, r.effective_from,
               lead(r.effective_from) over (partition by r.trainer_studio_id order by r.effective_from) as effective_until,
               r.class_rates, r.attendee_bonus_threshold, r.attendee_bonus_rate, r.bill_no_shows, r.bill_late_cancellations
          from studios.contract_rates r join studios.trainer_studios c on c.id = r.trainer_studio_id;
      grant select on studios.studio_billing_directory, studios.trainer_billing_directory, studios.contract_rate_directory
        to fitflow_finance, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop view studios.contract_rate_directory; drop view studios.trainer_billing_directory; drop view studios.studio_billing_directory;
      create or replace view studios.contract_directory as
        select trainer_id, studio_id, role, class_rates, start_date, end_date, status from studios.trainer_studios;
      update studios.trainer_studios c set class_rates = r.class_rates
        from studios.contract_rates r
       where r.trainer_studio_id = c.id
         and r.effective_from = (select max(x.effective_from) from studios.contract_rates x where x.trainer_studio_id = c.id and x.effective_from <= current_date);
      comment on column studios.trainer_studios.class_rates is null;
      drop table studios.contract_rates;
      drop trigger trainers_default_invoice_prefix on studios.trainers;
      alter table studios.trainers
        drop constraint trainers_gst_number_format,
        drop column invoice_prefix, drop column pst_numbers, drop column qst_number, drop column address;
      drop function studios.default_invoice_prefix(); drop function studios.initials(text, text); drop function studios.is_pst_numbers(jsonb);
      alter table studios.studios drop constraint studios_net_days, drop constraint studios_address_shape;
      update studios.studios set payment_terms = (payment_terms - 'net_days' - 'preferred_method')
          || jsonb_strip_nulls(jsonb_build_object('netDays', payment_terms->'net_days', 'preferredMethod', payment_terms->'preferred_method'));
      update studios.studios set address = jsonb_strip_nulls(jsonb_build_object(
          'street', address->>'line1', 'line2', address->>'line2', 'city', address->>'city', 'province', address->>'province',
          'postalCode', address->>'postal_code', 'country', 'CA'));
      drop function studios.is_billing_address(jsonb);
    `);
  }
}
