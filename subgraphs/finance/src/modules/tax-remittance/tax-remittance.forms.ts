import type { StoredReturnType } from './tax-remittance.entity.js';

/**
 * The sales-tax returns FitFlow prepares, and the lines of each (docs/remittance.md has what each line
 * means, where its figure comes from, and the publications cited here).
 */
export type ReturnKind = 'GST_HST' | 'QST' | 'BC_PST' | 'SK_PST' | 'MB_RST';

/** The provincial sales taxes FitFlow totals, by province (their own returns, not the GST/HST return). */
export const PROVINCIAL_RETURNS = [
  { kind: 'BC_PST', province: 'BC', tax: 'PST' },
  { kind: 'SK_PST', province: 'SK', tax: 'PST' },
  { kind: 'MB_RST', province: 'MB', tax: 'RST' },
] as const;
export type PstProvince = (typeof PROVINCIAL_RETURNS)[number]['province'];

/** One return: who receives it, on which form, and the description of each of its lines in print order. */
export interface ReturnForm {
  kind: ReturnKind;
  /** How `finance.tax_remittances` names it: `tax_type` and `jurisdiction`. */
  taxType: StoredReturnType;
  jurisdiction: 'CA' | 'QC' | PstProvince;
  authority: string;
  form: string;
  lines: readonly { line: string; description: string }[];
  /** The line holding the net tax (positive: to pay; negative: a refund). */
  netLine: string;
}

/**
 * The lines of a provincial PST/RST worksheet. British Columbia's return (FIN 400) reports sales on
 * line A, PST collectable on line B and PST refunded or credited to customers on line I; we could not
 * verify the line numbers of Saskatchewan's and Manitoba's returns, so the codes are FitFlow's own.
 */
const provincialLines = (tax: string, bcLetters: boolean) => [
  { line: 'SALES', description: `Sales made in the province, before taxes, net of credit notes${bcLetters ? ' (FIN 400 line A)' : ''}` },
  { line: 'TAXABLE_SALES', description: `Sales on which ${tax} was charged, net of credit notes` },
  { line: 'TAX_COLLECTED', description: `${tax} charged on the period's invoices${bcLetters ? ' (FIN 400 line B)' : ''}` },
  { line: 'TAX_CREDITED', description: `${tax} credited to customers by the period's credit notes${bcLetters ? ' (FIN 400 line I)' : ''}` },
  { line: 'NET_TAX', description: `Net ${tax} to remit (collected − credited), before any commission the province pays for filing on time` },
];

/**
 * Every return, by kind.
 * - GST/HST: CRA form GST34 "GST/HST Return for Registrants" (GST62 unpersonalized), lines as in CRA's
 *   "Instructions for preparing a GST/HST return" and guide RC4022 "General Information for GST/HST
 *   Registrants"; credit notes are adjustments to be deducted (line 107) in the period they are issued:
 *   Excise Tax Act s. 232(3), GST/HST Memorandum 12.2 "Refund, Adjustment, or Credit of the GST/HST
 *   under Section 232 of the Excise Tax Act".
 * - QST: Revenu Québec form FPZ-500-V "GST/HST and QST Return" with FP-500-V "Detailed Calculations",
 *   lines 203 to 209; guide IN-203-V "General Information Concerning the QST and the GST/HST".
 * - PST/RST: British Columbia's "Provincial Sales Tax Return" (FIN 400) and its "Guide to Completing
 *   the PST Return", Bulletin PST 002 "Charging, Collecting and Remitting PST"; Saskatchewan's
 *   Information Bulletin PST-5 "General Information" (section F, Filing Your Tax Return);
 *   Manitoba's Bulletin No. 004 "Information for Vendors" (The Retail Sales Tax Act).
 */
export const RETURN_FORMS: Readonly<Record<ReturnKind, ReturnForm>> = {
  GST_HST: {
    kind: 'GST_HST',
    taxType: 'gst_hst',
    jurisdiction: 'CA',
    authority: 'Canada Revenue Agency (Revenu Québec for businesses in Québec)',
    form: 'GST34, GST/HST Return for Registrants',
    lines: [
      { line: '101', description: 'Sales and other revenue, before taxes, net of credit notes' },
      { line: '103', description: 'GST and HST collected or collectible' },
      { line: '104', description: 'Adjustments to be added to the net tax' },
      { line: '105', description: 'Total GST/HST and adjustments for the period (103 + 104)' },
      { line: '106', description: 'Input tax credits (ITCs): GST/HST paid on expenses that qualify' },
      { line: '107', description: 'Adjustments to be deducted: GST/HST credited to customers by credit notes' },
      { line: '108', description: 'Total ITCs and adjustments (106 + 107)' },
      { line: '109', description: 'Net tax (105 − 108); negative: a refund' },
    ],
    netLine: '109',
  },
  QST: {
    kind: 'QST',
    taxType: 'qst',
    jurisdiction: 'QC',
    authority: 'Revenu Québec',
    form: 'FPZ-500-V, GST/HST and QST Return',
    lines: [
      { line: '203', description: 'QST collected or collectible' },
      { line: '204', description: 'QST adjustments to be added' },
      { line: '205', description: 'Total QST and adjustments (203 + 204)' },
      { line: '206', description: 'Input tax refunds (ITRs): QST paid on expenses that qualify' },
      { line: '207', description: 'Adjustments to be deducted: QST credited to customers by credit notes' },
      { line: '208', description: 'Total ITRs and adjustments (206 + 207)' },
      { line: '209', description: 'Net QST (205 − 208); negative: a refund' },
    ],
    netLine: '209',
  },
  BC_PST: {
    kind: 'BC_PST',
    taxType: 'pst',
    jurisdiction: 'BC',
    authority: 'British Columbia Ministry of Finance',
    form: 'FIN 400, Provincial Sales Tax Return',
    lines: provincialLines('PST', true),
    netLine: 'NET_TAX',
  },
  SK_PST: {
    kind: 'SK_PST',
    taxType: 'pst',
    jurisdiction: 'SK',
    authority: 'Saskatchewan Ministry of Finance',
    form: 'Saskatchewan PST return (Saskatchewan eTax Services)',
    lines: provincialLines('PST', false),
    netLine: 'NET_TAX',
  },
  MB_RST: {
    kind: 'MB_RST',
    taxType: 'rst',
    jurisdiction: 'MB',
    authority: 'Manitoba Finance, Taxation Division',
    form: 'Manitoba Retail Sales Tax return (TAXcess)',
    lines: provincialLines('RST', false),
    netLine: 'NET_TAX',
  },
};

/** The return a stored row is, from its `tax_type` and `jurisdiction`. @throws Error for a pair no return has (the table's check refuses it). */
export function returnKindOf(taxType: string, jurisdiction: string): ReturnKind {
  const form = Object.values(RETURN_FORMS).find((f) => f.taxType === taxType && f.jurisdiction === jurisdiction);
  if (!form) throw new Error(`No return is stored as ${taxType}/${jurisdiction}.`);
  return form.kind;
}

/** The description of `line` on the return `kind` (the code itself for a line the form does not have). */
export function lineDescription(kind: ReturnKind, line: string): string {
  return RETURN_FORMS[kind].lines.find((l) => l.line === line)?.description ?? line;
}
