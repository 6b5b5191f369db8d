import { badUserInput, Decimal } from '@fitflow/kit';
import { PROVINCIAL_RETURNS, RETURN_FORMS, type ReturnKind } from './tax-remittance.forms.js';

/** A sales tax as an issued document names it. */
export type TaxName = 'GST' | 'HST' | 'QST' | 'PST' | 'RST';

/** One tax of an issued invoice or credit note, as `tax_details.lines` holds it (CAD). */
export interface DocumentTax {
  tax: TaxName;
  /** 'CA' for GST, else the province levying it. */
  jurisdiction: string;
  /** What the tax was computed on. */
  base: Decimal;
  amount: Decimal;
}

/** An issued invoice or credit note of the period (never a draft, never void), as a return counts it. */
export interface ReturnDocument {
  documentType: 'invoice' | 'credit_note';
  /** CAD before taxes; a credit note's amounts are positive and reduce what was invoiced. */
  subtotal: Decimal;
  /** Province whose taxes applied (null on documents issued before invoicing recorded it). */
  placeOfSupply: string | null;
  taxes: DocumentTax[];
}

/** The period's expenses, summed (CAD). */
export interface ReturnExpenses {
  count: number;
  /** GST/HST paid on expenses marked ITC-eligible. */
  gstHstPaid: Decimal;
  /** QST paid on expenses marked ITC-eligible. */
  qstPaid: Decimal;
}

/** The trainer's sales-tax registrations (design: the tax engine's `SupplierRegistrations`). */
export interface ReturnRegistrations {
  gstHstNumber: string | null;
  qstNumber: string | null;
  pstNumbers: Partial<Record<string, string>>;
}

/** What a worksheet is computed from: the trainer's documents and expenses of one period, and their registrations. */
export interface ReturnSources {
  documents: ReturnDocument[];
  expenses: ReturnExpenses;
  registrations: ReturnRegistrations;
}

/** One return of the worksheet: its lines in the form's order, and the summary a saved row keeps. */
export interface ReturnFigures {
  kind: ReturnKind;
  /** Registered for this tax: a registration number, or the tax charged or credited in the period. */
  registered: boolean;
  registrationNumber: string | null;
  lines: { line: string; amount: Decimal }[];
  /** Sales reported (line 101; a province's sales for PST/RST). */
  grossRevenue: Decimal;
  /** The base this return's tax was charged on, net of credit notes. */
  taxableRevenue: Decimal;
  /** Tax and adjustments added (105, 205, PST collected). */
  taxCollected: Decimal;
  /** ITCs/ITRs and adjustments deducted (108, 208, PST credited). */
  deductions: Decimal;
  /** taxCollected − deductions (109, 209, net PST). */
  netTax: Decimal;
}

export type NoticeCode = 'SMALL_SUPPLIER' | 'SMALL_SUPPLIER_THRESHOLD' | 'PROVINCIAL_COMMISSION';

/** A whole period's worksheet. */
export interface WorksheetFigures {
  gstHst: ReturnFigures;
  /** Only for a QST registrant, or when QST was charged or credited in the period. */
  qst: ReturnFigures | null;
  /** BC, SK, MB, in that order: those registered or charged/credited in the period. */
  provincial: ReturnFigures[];
  invoiceCount: number;
  creditNoteCount: number;
  expenseCount: number;
  notices: { code: NoticeCode; message: string }[];
}

/**
 * CRA's small-supplier threshold: taxable supplies of $30,000 or less over four consecutive calendar
 * quarters (Excise Tax Act s. 148(1); CRA, "Small supplier" in RC4022).
 */
const SMALL_SUPPLIER_LIMIT = new Decimal('30000.00');
const ZERO = new Decimal(0);
const sum = (values: Decimal[]) => values.reduce((total, v) => total.plus(v), ZERO);

/** Σ over the documents of `type` of `value(document)`. */
const total = (documents: ReturnDocument[], type: ReturnDocument['documentType'], value: (d: ReturnDocument) => Decimal) =>
  sum(documents.filter((d) => d.documentType === type).map(value));
/** Invoices minus credit notes. */
const net = (documents: ReturnDocument[], value: (d: ReturnDocument) => Decimal) =>
  total(documents, 'invoice', value).minus(total(documents, 'credit_note', value));
const taxesOf = (d: ReturnDocument, match: (t: DocumentTax) => boolean) => d.taxes.filter(match);
const amounts = (match: (t: DocumentTax) => boolean) => (d: ReturnDocument) => sum(taxesOf(d, match).map((t) => t.amount));
const bases = (match: (t: DocumentTax) => boolean) => (d: ReturnDocument) => sum(taxesOf(d, match).map((t) => t.base));

function figures(
  kind: ReturnKind,
  registered: boolean,
  registrationNumber: string | null,
  values: Record<string, Decimal>,
  summary: Omit<ReturnFigures, 'kind' | 'registered' | 'registrationNumber' | 'lines'>,
): ReturnFigures {
  return { kind, registered, registrationNumber, lines: RETURN_FORMS[kind].lines.map(({ line }) => ({ line, amount: values[line] })), ...summary };
}

/**
 * The worksheet of one period (docs/remittance.md), computed only from what `sources` holds: issued
 * invoices and credit notes dated in the period (the caller leaves out drafts and void documents) and
 * the period's expenses. Every figure is a sum or difference of stored cents: nothing is rounded.
 *
 * - **GST/HST return** (CRA GST34; guide RC4022): 101 sales and other revenue = invoices' subtotals −
 *   credit notes' subtotals; 103 the GST and HST on the invoices; 104 adjustments added = 0 (FitFlow
 *   records no bad-debt recovery); 105 = 103 + 104; 106 ITCs = GST/HST paid on ITC-eligible expenses;
 *   107 adjustments deducted = the GST/HST the period's credit notes credited (Excise Tax Act
 *   s. 232(3): the supplier deducts it in the period the note is issued; GST/HST Memorandum 12.2);
 *   108 = 106 + 107; 109 = 105 − 108. A trainer neither holding a GST/HST number nor charging GST/HST
 *   is a small supplier: 103 to 109 are 0 (only registrants claim ITCs, ETA s. 169) and a notice says
 *   why — and another when line 101 passes the $30,000 small-supplier limit (ETA s. 148).
 * - **QST return** (Revenu Québec FPZ-500-V; guide IN-203-V), for a QST registrant or when QST was
 *   charged or credited: 203 QST on the invoices; 204 = 0; 205 = 203 + 204; 206 ITRs = QST paid on
 *   ITC-eligible expenses; 207 = QST the credit notes credited; 208 = 206 + 207; 209 = 205 − 208.
 * - **PST/RST** of British Columbia, Saskatchewan and Manitoba (their own returns), for each province
 *   registered or charged/credited: sales with that place of supply, the taxed base, the PST/RST
 *   charged, credited, and the net. Commissions the provinces pay for filing on time are not computed.
 */
export function computeWorksheet({ documents, expenses, registrations }: ReturnSources): WorksheetFigures {
  const notices: WorksheetFigures['notices'] = [];
  const isGstHst = (t: DocumentTax) => t.tax === 'GST' || t.tax === 'HST';
  const sales = net(documents, (d) => d.subtotal);

  const chargesGstHst = documents.some((d) => d.taxes.some(isGstHst));
  const gstHstRegistered = registrations.gstHstNumber !== null || chargesGstHst;
  const collected = total(documents, 'invoice', amounts(isGstHst));
  const credited = total(documents, 'credit_note', amounts(isGstHst));
  const itcs = gstHstRegistered ? expenses.gstHstPaid : ZERO;
  const line105 = gstHstRegistered ? collected : ZERO;
  const line108 = gstHstRegistered ? itcs.plus(credited) : ZERO;
  const gstHst = figures(
    'GST_HST',
    gstHstRegistered,
    registrations.gstHstNumber,
    {
      '101': sales,
      '103': line105,
      '104': ZERO,
      '105': line105,
      '106': itcs,
      '107': gstHstRegistered ? credited : ZERO,
      '108': line108,
      '109': line105.minus(line108),
    },
    { grossRevenue: sales, taxableRevenue: net(documents, bases(isGstHst)), taxCollected: line105, deductions: line108, netTax: line105.minus(line108) },
  );
  if (!gstHstRegistered) {
    const unclaimed = expenses.gstHstPaid.gt(0)
      ? ` The ${expenses.gstHstPaid.toFixed(2)} CAD of GST/HST paid on expenses cannot be claimed as input tax credits: only registrants claim them.`
      : '';
    notices.push({
      code: 'SMALL_SUPPLIER',
      message: `No GST/HST registration found and no GST/HST charged in this period: as a small supplier you collect no GST/HST and file no GST/HST return.${unclaimed}`,
    });
    if (sales.gt(SMALL_SUPPLIER_LIMIT)) {
      notices.push({
        code: 'SMALL_SUPPLIER_THRESHOLD',
        message: `Revenue of ${sales.toFixed(2)} CAD in this period is over the $30,000 small-supplier limit: you must register for the GST/HST (CRA, RC4022).`,
      });
    }
  }

  const isQst = (t: DocumentTax) => t.tax === 'QST';
  let qst: ReturnFigures | null = null;
  if (registrations.qstNumber !== null || documents.some((d) => d.taxes.some(isQst))) {
    const line205 = total(documents, 'invoice', amounts(isQst));
    const line207 = total(documents, 'credit_note', amounts(isQst));
    const line208 = expenses.qstPaid.plus(line207);
    qst = figures(
      'QST',
      true,
      registrations.qstNumber,
      { '203': line205, '204': ZERO, '205': line205, '206': expenses.qstPaid, '207': line207, '208': line208, '209': line205.minus(line208) },
      { grossRevenue: sales, taxableRevenue: net(documents, bases(isQst)), taxCollected: line205, deductions: line208, netTax: line205.minus(line208) },
    );
  }

  const provincial = PROVINCIAL_RETURNS.flatMap(({ kind, province, tax }) => {
    const isTax = (t: DocumentTax) => t.tax === tax && t.jurisdiction === province;
    if (!registrations.pstNumbers[province] && !documents.some((d) => d.taxes.some(isTax))) return [];
    const provinceSales = net(
      documents.filter((d) => d.placeOfSupply === province),
      (d) => d.subtotal,
    );
    const taxCollected = total(documents, 'invoice', amounts(isTax));
    const taxCredited = total(documents, 'credit_note', amounts(isTax));
    const taxableSales = net(documents, bases(isTax));
    return [
      figures(
        kind,
        true,
        registrations.pstNumbers[province] ?? null,
        { SALES: provinceSales, TAXABLE_SALES: taxableSales, TAX_COLLECTED: taxCollected, TAX_CREDITED: taxCredited, NET_TAX: taxCollected.minus(taxCredited) },
        { grossRevenue: provinceSales, taxableRevenue: taxableSales, taxCollected, deductions: taxCredited, netTax: taxCollected.minus(taxCredited) },
      ),
    ];
  });
  if (provincial.some((p) => p.kind === 'BC_PST' || p.kind === 'MB_RST')) {
    notices.push({
      code: 'PROVINCIAL_COMMISSION',
      message: 'British Columbia and Manitoba pay a commission to vendors who file and pay on time; claim it on the provincial return (not deducted here).',
    });
  }

  return {
    gstHst,
    qst,
    provincial,
    invoiceCount: documents.filter((d) => d.documentType === 'invoice').length,
    creditNoteCount: documents.filter((d) => d.documentType === 'credit_note').length,
    expenseCount: expenses.count,
    notices,
  };
}

/** A reporting period of calendar days, both inclusive. */
export interface Period {
  periodStart: string;
  periodEnd: string;
}

/** The longest period a return covers: a (leap) year — an annual filer's reporting period. */
export const MAX_PERIOD_DAYS = 366;

/** Days since 1970-01-01 of a calendar date `YYYY-MM-DD` (any year from 0001: `setUTCFullYear` does not remap years below 100). */
function dayNumber(date: string): number {
  const day = new Date(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(day.getTime() / 86_400_000);
}

/**
 * Checks a reporting period before any SQL (its days were already parsed as `LocalDate`s).
 * @throws BAD_USER_INPUT (field `periodEnd`) when it ends before it starts or spans more than 366 days.
 */
export function checkPeriod(periodStart: string, periodEnd: string): Period {
  if (periodEnd < periodStart) throw badUserInput('periodEnd must not be before periodStart.', 'periodEnd');
  if (dayNumber(periodEnd) - dayNumber(periodStart) + 1 > MAX_PERIOD_DAYS) {
    throw badUserInput(`The period must be at most ${MAX_PERIOD_DAYS} days (a year): periodEnd is too far after periodStart.`, 'periodEnd');
  }
  return { periodStart, periodEnd };
}
