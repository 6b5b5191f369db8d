import { Decimal } from '@fitflow/kit';
import { TaxRateTable, type TaxApplicabilityRow, type TaxRateRow } from './tax.engine.js';

/**
 * Tests only: the published rates and PST/RST scope, written out independently of the migration
 * that seeds them (1733700100000-finance-tax-rates.ts), so that the unit tests check the engine against
 * the publications and the integration test checks the seeded table against the same list.
 */

const rate = (
  jurisdiction: TaxRateRow['jurisdiction'],
  tax: TaxRateRow['tax'],
  value: string,
  effectiveFrom: string,
  effectiveUntil: string | null = null,
): TaxRateRow => ({
  jurisdiction,
  tax,
  rate: new Decimal(value),
  effectiveFrom,
  effectiveUntil,
  source: 'docs/tax.md',
});

/** docs/tax.md, "The rate table". */
export const PUBLISHED_RATES: TaxRateRow[] = [
  rate('CA', 'GST', '0.05', '2008-01-01'),
  rate('ON', 'HST', '0.13', '2010-07-01'),
  rate('NB', 'HST', '0.15', '2016-07-01'),
  rate('NL', 'HST', '0.15', '2016-07-01'),
  rate('PE', 'HST', '0.15', '2016-10-01'),
  rate('NS', 'HST', '0.15', '2010-07-01', '2025-03-31'),
  rate('NS', 'HST', '0.14', '2025-04-01'),
  rate('QC', 'QST', '0.09975', '2013-01-01'),
  rate('BC', 'PST', '0.07', '2013-04-01'),
  rate('SK', 'PST', '0.06', '2017-03-23'),
  rate('MB', 'RST', '0.07', '2019-07-01'),
];

const scope = (
  province: TaxApplicabilityRow['province'],
  kind: TaxApplicabilityRow['kind'],
  category: string,
  taxable: boolean,
  effectiveFrom: string,
): TaxApplicabilityRow => ({
  province,
  kind,
  category,
  taxable,
  effectiveFrom,
  effectiveUntil: null,
  source: 'docs/tax.md',
});

/** docs/tax.md, "What PST and RST apply to": services not taxed, goods taxed, in BC, SK and MB. */
export const PUBLISHED_SCOPE: TaxApplicabilityRow[] = (
  [
    ['BC', '2013-04-01'],
    ['SK', '2017-03-23'],
    ['MB', '2019-07-01'],
  ] as const
).flatMap(([province, from]) => [
  scope(province, 'SERVICE', '*', false, from),
  scope(province, 'SERVICE', 'group', false, from),
  scope(province, 'SERVICE', 'individual', false, from),
  scope(province, 'SERVICE', 'trial', false, from),
  scope(province, 'GOODS', '*', true, from),
]);

/** The table FitFlow ships (docs/tax.md). */
export const publishedTable = () => new TaxRateTable(PUBLISHED_RATES, PUBLISHED_SCOPE);
