import { badUserInput, Decimal, parseGstHstNumber, parseQstNumber, PROVINCE_NAMES, ProvinceCode, type Province } from '@fitflow/kit';
import { sumMoney, taxOn } from '../../money.js';

/**
 * FitFlow's sales-tax engine: which Canadian sales taxes a supply bears, at which rate, on which base
 * — pure, without I/O. The rates and what provincial sales tax applies to come in a
 * {@link TaxRateTable} (rows of `finance.tax_rates` and `finance.tax_applicability`, read by
 * `tax.repository.ts`); the rules are here, each with its source. docs/tax.md explains them all.
 *
 * Amounts are CAD dollars as decimal.js values, never JavaScript numbers. Dates are calendar days
 * `YYYY-MM-DD`.
 */

/** A Canadian sales tax: federal GST, harmonized HST, Québec QST, provincial PST (BC, SK), Manitoba's RST. */
export type TaxName = 'GST' | 'HST' | 'QST' | 'PST' | 'RST';
/** Who levies a tax: `CA` (the federal GST) or a province. */
export type Jurisdiction = 'CA' | Province;
/** What a line supplies: a service (a class, personal training) or goods (equipment, apparel). */
export type SupplyKind = 'SERVICE' | 'GOODS';

export interface SupplierRegistrations {
  /** GST/HST registration `123456789 RT0001`, or null: an unregistered small supplier (no GST/HST/QST). */
  gstHstNumber: string | null;
  /** QST registration `1234567890 TQ0001`, or null. */
  qstNumber: string | null;
  /** PST/RST registrations by province (BC, SK, MB), e.g. { BC: 'PST-1234-5678' }. */
  pstNumbers: Partial<Record<Province, string>>;
}

export interface TaxableLine {
  /** CAD, at most two decimals, ≥ 0. */
  amount: Decimal;
  kind: SupplyKind;
  /** Class category (`group`, `individual`, `trial`) or a goods category; compared trimmed and in lower case. */
  category?: string | null;
}

export interface TaxQuoteInput {
  supplier: SupplierRegistrations;
  /** The province or territory where the supply is made (decided by the caller: see {@link quoteTaxes}). */
  placeOfSupply: Province;
  /** The tax point, `YYYY-MM-DD`: FitFlow uses the invoice date. */
  taxPoint: string;
  lines: TaxableLine[];
}

export interface TaxCharge {
  tax: TaxName;
  jurisdiction: Jurisdiction;
  /** A fraction: 0.13 for 13 %. */
  rate: Decimal;
  /** CAD: the sum of the lines this tax applies to. */
  base: Decimal;
  /** CAD: base × rate, rounded half-up to the cent. */
  amount: Decimal;
}

export interface TaxQuote {
  /** CAD: the exact sum of the lines. */
  subtotal: Decimal;
  /** GST or HST first, then QST, PST or RST. A tax that applies to no line is absent. */
  taxes: TaxCharge[];
  /** CAD: subtotal plus every tax amount, exactly. */
  total: Decimal;
  /** Per input line, in order: the taxes that apply to it (names). */
  lineTaxes: TaxName[][];
  /** Statements the invoice must print, as codes ({@link TaxNoticeCode}). */
  notices: TaxNoticeCode[];
}

/**
 * Why a tax the place of supply has is not charged:
 * - `SMALL_SUPPLIER`: the supplier has no GST/HST number, so charges no GST/HST (nor QST);
 * - `QST_NOT_REGISTERED`: a GST/HST registrant supplying in Québec without a QST number charges GST only;
 * - `PST_NOT_REGISTERED`: some lines bear the province's PST/RST but the supplier has no number for it.
 */
export type TaxNoticeCode = 'SMALL_SUPPLIER' | 'QST_NOT_REGISTERED' | 'PST_NOT_REGISTERED';

/** One row of `finance.tax_rates`: a rate in force from `effectiveFrom` to `effectiveUntil`, both inclusive. */
export interface TaxRateRow {
  jurisdiction: Jurisdiction;
  tax: TaxName;
  rate: Decimal;
  effectiveFrom: string;
  /** Last day in force (inclusive); null: still in force. */
  effectiveUntil: string | null;
  source: string;
}

/**
 * One row of `finance.tax_applicability`: whether the province's PST/RST applies to supplies of
 * `kind` and `category` (`*`: every category the province has no row of its own for).
 */
export interface TaxApplicabilityRow {
  province: Province;
  kind: SupplyKind;
  category: string;
  taxable: boolean;
  effectiveFrom: string;
  effectiveUntil: string | null;
  source: string;
}

const inForce = (row: { effectiveFrom: string; effectiveUntil: string | null }, day: string) =>
  row.effectiveFrom <= day && (row.effectiveUntil === null || day <= row.effectiveUntil);

/** Category `*`: the row for every category a province has no row of its own for. */
const ANY_CATEGORY = '*';

/**
 * The rates and PST/RST scope, as read from `finance.tax_rates` and `finance.tax_applicability`
 * (`TaxRateRepository.table()`), with the lookups the engine needs. Immutable; safe to share between
 * requests.
 */
export class TaxRateTable {
  private readonly firstDayOf = new Map<Jurisdiction, string>();

  constructor(
    readonly rates: readonly TaxRateRow[],
    readonly applicability: readonly TaxApplicabilityRow[],
  ) {
    for (const row of rates) {
      const first = this.firstDayOf.get(row.jurisdiction);
      if (!first || row.effectiveFrom < first) this.firstDayOf.set(row.jurisdiction, row.effectiveFrom);
    }
  }

  /** The row of `tax` of `jurisdiction` in force on `day`, or null. */
  rateOn(jurisdiction: Jurisdiction, tax: TaxName, day: string): TaxRateRow | null {
    return this.rates.find((r) => r.jurisdiction === jurisdiction && r.tax === tax && inForce(r, day)) ?? null;
  }

  /**
   * The first day the table can quote `province` for: the later of the federal GST's first row and
   * the province's own first row (a province with no rows of its own, e.g. Alberta: the GST's). Null
   * when the table has no GST at all.
   */
  coverageStart(province: Province): string | null {
    const federal = this.firstDayOf.get('CA');
    if (!federal) return null;
    const own = this.firstDayOf.get(province);
    return own && own > federal ? own : federal;
  }

  /**
   * Whether `province`'s PST/RST applies to a supply of `kind` and `category` on `day`: its own row,
   * else the province's `*` row for that kind, else not.
   */
  provincialTaxApplies(province: Province, kind: SupplyKind, category: string | null, day: string): boolean {
    const rows = this.applicability.filter((r) => r.province === province && r.kind === kind && inForce(r, day));
    const own = category === null ? undefined : rows.find((r) => r.category === category);
    return (own ?? rows.find((r) => r.category === ANY_CATEGORY))?.taxable ?? false;
  }
}

/** Most lines one quote (one invoice) may have. */
export const QUOTE_LINES_MAX = 500;
/** Largest subtotal or total a quote may reach: what an invoice's `numeric(10, 2)` columns hold. */
export const QUOTE_AMOUNT_MAX = new Decimal('99999999.99');
/** Longest category (characters). */
const CATEGORY_MAX = 50;
/** Longest PST/RST registration number (characters). */
const PST_NUMBER_MAX = 30;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SUPPLY_KINDS: readonly string[] = ['SERVICE', 'GOODS'] satisfies SupplyKind[];
const PROVINCES: readonly string[] = Object.values(ProvinceCode);

export interface QuoteOptions {
  /**
   * How errors name a field of the engine's input (`lines[3].amount`, `taxPoint`,
   * `supplier.gstHstNumber`…) to the caller, e.g. as the GraphQL variable path
   * (`input.lines[3].amount`). Default: as they are.
   */
  field?: (path: string) => string;
}

/**
 * The taxes of one supply (an invoice, or a preview of one): the subtotal, each tax with its rate,
 * base and amount, the total, which taxes each line bears, and the notices the invoice must print.
 *
 * Rules (docs/tax.md has each in full):
 *
 * 1. **Rate in force on the tax point.** Each rate is the row in force on `taxPoint` (FitFlow's tax
 *    point is the invoice date). Tax becomes payable when consideration is paid or becomes due,
 *    whichever is first, and consideration becomes due no later than the invoice date (Excise Tax Act
 *    s. 168(1) and s. 152(1)); the transitional rule for the Nova Scotia HST decrease of 2025-04-01
 *    (Nova Scotia Department of Finance and Treasury Board, *Transitional Rules for the April 1, 2025
 *    Nova Scotia HST Rate Decrease*) applies 14 % to consideration that becomes due or is paid on or
 *    after that date, 15 % before. So an invoice dated on or after 2025-04-01 bears 14 %. (An amount
 *    paid before its invoice date is not modelled: FitFlow bills after the service.)
 * 2. **Place of supply is the caller's.** `placeOfSupply` decides the taxes: a studio invoice is made
 *    where the studio is; a client's in-person session where it is performed (a personal service,
 *    Place of Supply in a Province rules — CRA GST/HST Technical Information Bulletin B-103; ETA
 *    Schedule IX); an online session at the client's address (the general rule for services).
 * 3. **Small supplier.** A supplier with no GST/HST number is an unregistered small supplier (ETA
 *    s. 148; s. 166): it charges no GST/HST and no QST, and the quote carries `SMALL_SUPPLIER`.
 * 4. **Harmonized provinces** (a province with an HST row in force): HST at that rate on every line,
 *    no separate GST (ETA s. 165(2), Schedule VIII).
 * 5. **Other provinces and territories:** GST on every line (ETA s. 165(1)), plus
 *    - Québec: QST on the price before GST (*Act respecting the Québec sales tax*; Revenu Québec,
 *      *Calculating the GST and QST*) when the supplier has a QST number; a GST registrant without
 *      one charges GST only and the quote carries `QST_NOT_REGISTERED`;
 *    - British Columbia, Saskatchewan (PST) and Manitoba (RST): on the price before GST, only on the
 *      lines whose kind and category the province taxes (`finance.tax_applicability`, sources in
 *      docs/tax.md), and only when the supplier holds that province's number; otherwise the quote
 *      carries `PST_NOT_REGISTERED`. PST/RST does not depend on GST registration.
 * 6. **Rounding.** Each tax is its rate times its base — the sum of the lines it applies to — rounded
 *    half-up to the cent (`money.ts` `toCents`): ETA s. 165.2(2) disregards a fraction of a cent below
 *    one half and counts one half or more as a cent, and CRA accepts rounding the tax payable on the
 *    whole supply (CRA interpretation 125136, 2011-11-28). Not rounded per line. The subtotal and
 *    total are exact sums.
 *
 * GST/HST/QST apply to every line: FitFlow's supplies (fitness instruction, memberships, goods) are
 * taxable at the standard rate; zero-rated or exempt supplies are not modelled.
 *
 * @param rates the rate table ({@link TaxRateTable}).
 * @param options how errors name fields ({@link QuoteOptions}).
 * @throws GraphQLError BAD_USER_INPUT naming the field: a malformed GST/HST or QST number (kit
 *   `parseGstHstNumber`, `parseQstNumber`), a blank or over-long PST number, an unknown province, a
 *   tax point that is not a date or before the table covers the province, more than
 *   {@link QUOTE_LINES_MAX} lines, a negative amount or one with fractions of a cent, an unknown kind,
 *   a category over 50 characters, or a subtotal or total above {@link QUOTE_AMOUNT_MAX}.
 */
export function quoteTaxes(input: TaxQuoteInput, rates: TaxRateTable, options: QuoteOptions = {}): TaxQuote {
  const field = options.field ?? ((path: string) => path);
  const refuse = (path: string, problem: string) => badUserInput(`${field(path)} ${problem}`, field(path));

  const { supplier, placeOfSupply: province, taxPoint: day } = input;
  if (!PROVINCES.includes(province)) throw refuse('placeOfSupply', `must be a province or territory code such as "ON" or "QC".`);
  if (!isCalendarDay(day)) throw refuse('taxPoint', 'must be a calendar date written YYYY-MM-DD, e.g. "2026-11-23".');
  const coverage = rates.coverageStart(province);
  if (coverage === null || day < coverage) {
    throw refuse('taxPoint', `is before the first day FitFlow's rate table covers for ${PROVINCE_NAMES[province]}${coverage ? ` (${coverage})` : ''}.`);
  }
  const gstHstNumber = supplier.gstHstNumber === null ? null : parseGstHstNumber(supplier.gstHstNumber, field('supplier.gstHstNumber'));
  const qstNumber = supplier.qstNumber === null ? null : parseQstNumber(supplier.qstNumber, field('supplier.qstNumber'));
  for (const [key, number] of Object.entries(supplier.pstNumbers)) {
    if (!PROVINCES.includes(key)) throw refuse('supplier.pstNumbers', `has "${key.slice(0, 8)}", which is not a province or territory code.`);
    if (typeof number !== 'string' || !number.trim() || number.length > PST_NUMBER_MAX) {
      throw refuse(
        `supplier.pstNumbers.${key}`,
        `must be the supplier's ${key} registration number (1 to ${PST_NUMBER_MAX} characters), e.g. "PST-1234-5678".`,
      );
    }
  }
  const lines = checkedLines(input.lines, refuse);
  const subtotal = sumMoney(lines.map((l) => l.amount));
  if (subtotal.gt(QUOTE_AMOUNT_MAX))
    throw refuse('lines', `add up to ${subtotal.toFixed(2)} CAD, more than an invoice holds (${QUOTE_AMOUNT_MAX.toFixed(2)}).`);

  const taxes: TaxCharge[] = [];
  const lineTaxes: TaxName[][] = lines.map(() => []);
  const notices: TaxNoticeCode[] = [];
  const charge = (row: TaxRateRow, applies: (line: CheckedLine) => boolean) => {
    const indexes = lines.flatMap((line, i) => (applies(line) ? [i] : []));
    if (!indexes.length) return;
    const base = sumMoney(indexes.map((i) => lines[i]!.amount));
    taxes.push({ tax: row.tax, jurisdiction: row.jurisdiction, rate: row.rate, base, amount: taxOn(base, row.rate) });
    for (const i of indexes) lineTaxes[i]!.push(row.tax);
  };
  const everyLine = () => true;

  if (gstHstNumber === null) {
    notices.push('SMALL_SUPPLIER');
  } else {
    const hst = rates.rateOn(province, 'HST', day);
    const gst = rates.rateOn('CA', 'GST', day);
    if (hst) charge(hst, everyLine);
    else if (gst) charge(gst, everyLine);
    else throw refuse('taxPoint', `is a day FitFlow's rate table has no GST rate for.`);
    const qst = hst ? null : rates.rateOn(province, 'QST', day);
    if (qst && qstNumber !== null) charge(qst, everyLine);
    else if (qst && lines.length) notices.push('QST_NOT_REGISTERED');
  }
  const provincial = rates.rateOn(province, 'PST', day) ?? rates.rateOn(province, 'RST', day);
  if (provincial) {
    const applies = (line: CheckedLine) => rates.provincialTaxApplies(province, line.kind, line.category, day);
    if (supplier.pstNumbers[province] !== undefined) charge(provincial, applies);
    else if (lines.some(applies)) notices.push('PST_NOT_REGISTERED');
  }

  const total = subtotal.plus(sumMoney(taxes.map((t) => t.amount)));
  if (total.gt(QUOTE_AMOUNT_MAX))
    throw refuse('lines', `come to ${total.toFixed(2)} CAD with tax, more than an invoice holds (${QUOTE_AMOUNT_MAX.toFixed(2)}).`);
  return { subtotal, taxes, total, lineTaxes, notices };
}

interface CheckedLine {
  amount: Decimal;
  kind: SupplyKind;
  /** Trimmed, lower case; null when none was given. */
  category: string | null;
}

function checkedLines(lines: readonly TaxableLine[], refuse: (path: string, problem: string) => Error): CheckedLine[] {
  if (!Array.isArray(lines)) throw refuse('lines', 'must be a list of lines.');
  if (lines.length > QUOTE_LINES_MAX) throw refuse('lines', `must have at most ${QUOTE_LINES_MAX} lines (${lines.length} given): split the invoice.`);
  return lines.map((line, i) => {
    const { amount, kind, category } = line;
    if (!Decimal.isDecimal(amount) || !amount.isFinite()) throw refuse(`lines[${i}].amount`, 'must be an amount of dollars, e.g. "55.00".');
    if (amount.isNegative()) throw refuse(`lines[${i}].amount`, 'must not be negative: a refund is a credit note, whose amounts are positive.');
    if (amount.decimalPlaces() > 2) throw refuse(`lines[${i}].amount`, 'must be in whole cents (at most two decimals), e.g. "12.50".');
    if (!SUPPLY_KINDS.includes(kind)) throw refuse(`lines[${i}].kind`, 'must be SERVICE or GOODS.');
    if (category !== undefined && category !== null && (typeof category !== 'string' || category.length > CATEGORY_MAX)) {
      throw refuse(`lines[${i}].category`, `must be a word of at most ${CATEGORY_MAX} characters, e.g. "group" or "apparel".`);
    }
    return { amount, kind, category: category?.trim().toLowerCase() || null };
  });
}

/** `day` is a real calendar date `YYYY-MM-DD` (not "2026-02-30"), year 0001 or later. */
function isCalendarDay(day: unknown): day is string {
  if (typeof day !== 'string' || !LOCAL_DATE.test(day) || day.startsWith('0000')) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** A rate as people write it: 0.13 → "13 %", 0.09975 → "9.975 %". */
export function ratePercent(rate: Decimal): string {
  return `${rate.times(100).toFixed()} %`;
}

/**
 * A tax's name as an invoice prints it: "GST 5 %", "HST (Ontario) 13 %", "QST (Quebec) 9.975 %",
 * "PST (British Columbia) 7 %", "RST (Manitoba) 7 %".
 */
export function taxChargeName(charge: Pick<TaxCharge, 'tax' | 'jurisdiction' | 'rate'>): string {
  const where = charge.jurisdiction === 'CA' ? '' : ` (${PROVINCE_NAMES[charge.jurisdiction]})`;
  return `${charge.tax}${where} ${ratePercent(charge.rate)}`;
}

/** The provincial sales tax's name in a province: RST in Manitoba, PST elsewhere. */
const provincialTaxName = (province: Province) => (province === 'MB' ? 'RST' : 'PST');

/**
 * The sentence an invoice prints for a notice (English), e.g. "No GST/HST charged: the supplier is not
 * registered (small supplier).".
 */
export function noticeMessage(code: TaxNoticeCode, placeOfSupply: Province): string {
  switch (code) {
    case 'SMALL_SUPPLIER':
      return 'No GST/HST charged: the supplier is not registered (small supplier).';
    case 'QST_NOT_REGISTERED':
      return 'No QST charged: the supplier is not registered for the Quebec sales tax.';
    case 'PST_NOT_REGISTERED': {
      const name = provincialTaxName(placeOfSupply);
      return `No ${name} charged: the supplier is not registered for ${PROVINCE_NAMES[placeOfSupply]} ${name}.`;
    }
  }
}
