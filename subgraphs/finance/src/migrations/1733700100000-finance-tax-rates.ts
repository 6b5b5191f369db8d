import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_finance_app';

/**
 * The sales-tax rate table and what provincial sales tax applies to (docs/tax.md). Rates are data: a
 * new rate is a new row (and, when it replaces one, the old row's `effective_until`), written by a
 * migration like this one — never by the application, which may only read them.
 *
 * 1. `finance.tax_rates`: one row per (jurisdiction, tax) and period. `jurisdiction` is `CA` for the
 *    federal GST, else the province whose tax it is. `rate` is a fraction (0.13 for 13 %).
 *    `effective_from` and `effective_until` are calendar days, both inclusive (`effective_until`
 *    null: still in force). An exclusion constraint keeps the periods of one (jurisdiction, tax) from
 *    overlapping, so at most one rate is in force on any day. `source` names the publication.
 * 2. `finance.tax_applicability`: whether a province's PST (BC, SK) or RST (MB) applies to a kind of
 *    supply (`SERVICE`, `GOODS`) of a category (`group`, `individual`, `trial` for classes; `*` for
 *    every category the province has no row for), effective-dated the same way. A line no row
 *    covers is not taxed.
 *
 * The seeded rows and their sources are explained in docs/tax.md.
 */
export class FinanceTaxRates1733700100000 implements MigrationInterface {
  name = 'FinanceTaxRates1733700100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      do $$ begin
        if not exists (select 1 from pg_extension where extname = 'btree_gist') then
          raise exception 'the btree_gist extension is missing: run "create extension btree_gist" as a database administrator (npm start and the test setup do)';
        end if;
      end $$;

      create table finance.tax_rates (
        id uuid primary key default gen_random_uuid(),
        jurisdiction varchar(2) not null
          check (jurisdiction in ('CA', 'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT')),
        tax varchar(3) not null check (tax in ('GST', 'HST', 'QST', 'PST', 'RST')),
        rate numeric(6, 5) not null check (rate > 0 and rate < 1),
        effective_from date not null,
        effective_until date check (effective_until >= effective_from),
        source text not null check (length(btrim(source)) > 0),
        -- The federal GST is the only tax of jurisdiction CA; every other tax is a province's.
        check ((tax = 'GST') = (jurisdiction = 'CA')),
        constraint tax_rates_no_overlap exclude using gist (
          jurisdiction with =, tax with =, daterange(effective_from, effective_until, '[]') with &&
        )
      );

      create table finance.tax_applicability (
        id uuid primary key default gen_random_uuid(),
        province varchar(2) not null check (province in ('BC', 'MB', 'SK')),
        kind varchar(7) not null check (kind in ('SERVICE', 'GOODS')),
        category varchar(50) not null check (category = '*' or category ~ '^[a-z0-9][a-z0-9-]*$'),
        taxable boolean not null,
        effective_from date not null,
        effective_until date check (effective_until >= effective_from),
        source text not null check (length(btrim(source)) > 0),
        constraint tax_applicability_no_overlap exclude using gist (
          province with =, kind with =, category with =, daterange(effective_from, effective_until, '[]') with &&
        )
      );

      insert into finance.tax_rates (jurisdiction, tax, rate, effective_from, effective_until, source) values
        ('CA', 'GST', 0.05000, '2008-01-01', null,
         'Excise Tax Act, s. 165(1): GST 5 % since 2008-01-01. CRA guide RC4022, General Information for GST/HST Registrants.'),
        ('ON', 'HST', 0.13000, '2010-07-01', null,
         'Excise Tax Act, s. 165(2) and Schedule VIII: Ontario HST 13 % (5 % federal + 8 % provincial) since 2010-07-01. CRA, GST/HST rates by province.'),
        ('NB', 'HST', 0.15000, '2016-07-01', null,
         'Excise Tax Act, s. 165(2) and Schedule VIII: New Brunswick HST 15 % (provincial part 10 %) since 2016-07-01. CRA, GST/HST rates by province.'),
        ('NL', 'HST', 0.15000, '2016-07-01', null,
         'Excise Tax Act, s. 165(2) and Schedule VIII: Newfoundland and Labrador HST 15 % (provincial part 10 %) since 2016-07-01. CRA, GST/HST rates by province.'),
        ('PE', 'HST', 0.15000, '2016-10-01', null,
         'Excise Tax Act, s. 165(2) and Schedule VIII: Prince Edward Island HST 15 % (provincial part 10 %) since 2016-10-01. CRA, GST/HST rates by province.'),
        ('NS', 'HST', 0.15000, '2010-07-01', '2025-03-31',
         'Excise Tax Act, s. 165(2) and Schedule VIII: Nova Scotia HST 15 % (provincial part 10 %) from 2010-07-01 to 2025-03-31. CRA, GST/HST rates by province.'),
        ('NS', 'HST', 0.14000, '2025-04-01', null,
         'Nova Scotia HST 14 % (provincial part 9 %) from 2025-04-01: Nova Scotia Budget 2025-26; Nova Scotia Department of Finance and Treasury Board, Transitional Rules for the April 1, 2025 Nova Scotia HST Rate Decrease (2024-12-20).'),
        ('QC', 'QST', 0.09975, '2013-01-01', null,
         'Act respecting the Québec sales tax: QST 9.975 % on the price before GST since 2013-01-01. Revenu Québec, Calculating the GST and QST.'),
        ('BC', 'PST', 0.07000, '2013-04-01', null,
         'Provincial Sales Tax Act (British Columbia, SBC 2012, c. 35): PST 7 % since it was reinstated on 2013-04-01. BC Ministry of Finance, PST Bulletin PST 138, Personal Services.'),
        ('SK', 'PST', 0.06000, '2017-03-23', null,
         'The Provincial Sales Tax Act (Saskatchewan): PST 6 % since 2017-03-23 (Saskatchewan 2017-18 Budget).'),
        ('MB', 'RST', 0.07000, '2019-07-01', null,
         'The Retail Sales Tax Act (Manitoba): RST 7 % since 2019-07-01 (Manitoba Budget 2019). Manitoba Finance, Information Bulletin No. 030, Summary of Taxable and Exempt Goods and Services.');

      insert into finance.tax_applicability (province, kind, category, taxable, effective_from, effective_until, source) values
        ('BC', 'SERVICE', '*', false, '2013-04-01', null,
         'BC PST applies to services only where the Provincial Sales Tax Act names them (related services to goods, legal, telecommunication, software); fitness instruction is not among them. PST Bulletin PST 138, Personal Services; PST Bulletin PST 301, Related Services.'),
        ('BC', 'SERVICE', 'group', false, '2013-04-01', null,
         'Group fitness classes: a service the Provincial Sales Tax Act (British Columbia) does not tax. PST Bulletin PST 138, Personal Services.'),
        ('BC', 'SERVICE', 'individual', false, '2013-04-01', null,
         'Personal training: a service the Provincial Sales Tax Act (British Columbia) does not tax. PST Bulletin PST 138, Personal Services.'),
        ('BC', 'SERVICE', 'trial', false, '2013-04-01', null,
         'Trial classes: a service the Provincial Sales Tax Act (British Columbia) does not tax. PST Bulletin PST 138, Personal Services.'),
        ('BC', 'GOODS', '*', true, '2013-04-01', null,
         'Goods (tangible personal property) sold in BC are taxable at 7 % unless specifically exempt (Provincial Sales Tax Act, British Columbia); PST Bulletin PST 138, Personal Services, appendix (goods sold by personal service providers are taxable).'),
        ('SK', 'SERVICE', '*', false, '2017-03-23', null,
         'Saskatchewan PST applies to services the Provincial Sales Tax Act names; gym and fitness memberships, fitness activities (yoga, pilates, cross-fit, personal training) and instruction in recreational or athletic classes stay exempt from the admissions PST that began 2022-10-01 (Government of Saskatchewan, 2022-23 First Quarter Financial Report affordability plan, 2022-08-23).'),
        ('SK', 'SERVICE', 'group', false, '2017-03-23', null,
         'Group fitness classes: fitness activities are exempt from Saskatchewan PST, also after the admissions expansion of 2022-10-01 (2022-23 First Quarter Financial Report affordability plan, 2022-08-23).'),
        ('SK', 'SERVICE', 'individual', false, '2017-03-23', null,
         'Personal training: named as exempt from Saskatchewan PST in the 2022-23 First Quarter Financial Report affordability plan (2022-08-23), which removed fitness from the admissions expansion of 2022-10-01.'),
        ('SK', 'SERVICE', 'trial', false, '2017-03-23', null,
         'Trial fitness classes: fitness activities are exempt from Saskatchewan PST (2022-23 First Quarter Financial Report affordability plan, 2022-08-23).'),
        ('SK', 'GOODS', '*', true, '2017-03-23', null,
         'Goods sold in Saskatchewan are taxable at 6 % unless specifically exempt (The Provincial Sales Tax Act, Saskatchewan).'),
        ('MB', 'SERVICE', '*', false, '2019-07-01', null,
         'Manitoba RST applies to services only where The Retail Sales Tax Act names them; fitness instruction is not among them, and personal services (other than tanning) are not taxable since Information Bulletin No. 062, Personal Services (December 2021). Information Bulletin No. 030, Summary of Taxable and Exempt Goods and Services.'),
        ('MB', 'SERVICE', 'group', false, '2019-07-01', null,
         'Group fitness classes: not a taxable service under The Retail Sales Tax Act (Manitoba). Information Bulletin No. 030.'),
        ('MB', 'SERVICE', 'individual', false, '2019-07-01', null,
         'Personal training: not a taxable service under The Retail Sales Tax Act (Manitoba). Information Bulletin No. 030; Information Bulletin No. 062, Personal Services.'),
        ('MB', 'SERVICE', 'trial', false, '2019-07-01', null,
         'Trial fitness classes: not a taxable service under The Retail Sales Tax Act (Manitoba). Information Bulletin No. 030.'),
        ('MB', 'GOODS', '*', true, '2019-07-01', null,
         'Goods sold in Manitoba are taxable at 7 % unless specifically exempt (The Retail Sales Tax Act; Information Bulletin No. 030, Section 3 lists the exempt goods).');

      -- Rates change by migration only: the runtime role reads them and writes nothing.
      grant select on finance.tax_rates, finance.tax_applicability to ${APP};
      revoke insert, update, delete, truncate on finance.tax_rates, finance.tax_applicability from ${APP};
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('drop table finance.tax_applicability; drop table finance.tax_rates;');
  }
}
