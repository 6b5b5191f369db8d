import { Decimal } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { checkPeriod, computeWorksheet, type DocumentTax, type ReturnDocument, type ReturnFigures, type ReturnSources } from './tax-remittance.worksheet.js';

const d = (value: string) => new Decimal(value);
const tax = (name: DocumentTax['tax'], jurisdiction: string, base: string, amount: string): DocumentTax => ({
  tax: name,
  jurisdiction,
  base: d(base),
  amount: d(amount),
});
const doc = (documentType: ReturnDocument['documentType'], placeOfSupply: string, subtotal: string, ...taxes: DocumentTax[]): ReturnDocument => ({
  documentType,
  placeOfSupply,
  subtotal: d(subtotal),
  taxes,
});
const none = { count: 0, gstHstPaid: d('0'), qstPaid: d('0') };
const registered = { gstHstNumber: '812345678 RT0001', qstNumber: null, pstNumbers: {} };
/** A return's lines as `{ line: "amount" }`, the way a person reads them. */
const linesOf = (figures: ReturnFigures | null) => figures && Object.fromEntries(figures.lines.map((l) => [l.line, l.amount.toFixed(2)]));

/**
 * A quarter of a trainer registered for GST/HST and QST: two Ontario invoices with 13 % HST, a British
 * Columbia invoice with 5 % GST on 300.00 and 7 % PST on the 100.00 of goods in it, a Québec invoice
 * with 5 % GST and 9.975 % QST, a credit note of 100.00 + 13.00 HST against an Ontario invoice, and
 * expenses: 31.00 of GST/HST and 9.98 of QST on ITC-eligible ones (a further 13.00 not eligible is
 * left out by the query).
 */
const quarter: ReturnSources = {
  documents: [
    doc('invoice', 'ON', '1000.00', tax('HST', 'ON', '1000.00', '130.00')),
    doc('invoice', 'ON', '500.00', tax('HST', 'ON', '500.00', '65.00')),
    doc('invoice', 'BC', '300.00', tax('GST', 'CA', '300.00', '15.00'), tax('PST', 'BC', '100.00', '7.00')),
    doc('invoice', 'QC', '400.00', tax('GST', 'CA', '400.00', '20.00'), tax('QST', 'QC', '400.00', '39.90')),
    doc('credit_note', 'ON', '100.00', tax('HST', 'ON', '100.00', '13.00')),
  ],
  expenses: { count: 3, gstHstPaid: d('31.00'), qstPaid: d('9.98') },
  registrations: { ...registered, qstNumber: '1234567890 TQ0001' },
};

describe('the GST/HST return worksheet', () => {
  it('reports sales net of credit notes (101), GST and HST collected (103), ITCs (106) and credit notes as adjustments deducted (107)', () => {
    const sheet = computeWorksheet(quarter);
    expect(linesOf(sheet.gstHst)).toEqual({
      '101': '2100.00',
      '103': '230.00',
      '104': '0.00',
      '105': '230.00',
      '106': '31.00',
      '107': '13.00',
      '108': '44.00',
      '109': '186.00',
    });
    expect(sheet.gstHst).toMatchObject({ registered: true, registrationNumber: '812345678 RT0001' });
    expect(
      [sheet.gstHst.grossRevenue, sheet.gstHst.taxableRevenue, sheet.gstHst.taxCollected, sheet.gstHst.deductions, sheet.gstHst.netTax].map((v) =>
        v.toFixed(2),
      ),
    ).toEqual(['2100.00', '2100.00', '230.00', '44.00', '186.00']);
    expect([sheet.invoiceCount, sheet.creditNoteCount, sheet.expenseCount]).toEqual([4, 1, 3]);
  });

  it('shows a refund (negative 109, negative 101) for a period with more credited than invoiced', () => {
    const sheet = computeWorksheet({
      documents: [doc('credit_note', 'ON', '200.00', tax('HST', 'ON', '200.00', '26.00'))],
      expenses: { count: 1, gstHstPaid: d('6.50'), qstPaid: d('0') },
      registrations: registered,
    });
    expect(linesOf(sheet.gstHst)).toMatchObject({ '101': '-200.00', '103': '0.00', '106': '6.50', '107': '26.00', '108': '32.50', '109': '-32.50' });
  });

  it('shows a small supplier zero GST/HST, no ITCs, and says why — and when revenue passes $30,000', () => {
    const sheet = computeWorksheet({
      documents: [doc('invoice', 'ON', '30000.01')],
      expenses: { count: 1, gstHstPaid: d('13.00'), qstPaid: d('0') },
      registrations: { gstHstNumber: null, qstNumber: null, pstNumbers: {} },
    });
    expect(linesOf(sheet.gstHst)).toEqual({
      '101': '30000.01',
      '103': '0.00',
      '104': '0.00',
      '105': '0.00',
      '106': '0.00',
      '107': '0.00',
      '108': '0.00',
      '109': '0.00',
    });
    expect(sheet.gstHst.registered).toBe(false);
    expect(sheet.notices.map((n) => n.code)).toEqual(['SMALL_SUPPLIER', 'SMALL_SUPPLIER_THRESHOLD']);
    expect(sheet.notices[0].message).toMatch(/13\.00 CAD of GST\/HST paid on expenses cannot be claimed/);
    expect([sheet.qst, sheet.provincial]).toEqual([null, []]);
  });

  it('counts a trainer who charged GST/HST as registered even before their number is on file', () => {
    const sheet = computeWorksheet({ ...quarter, registrations: { gstHstNumber: null, qstNumber: null, pstNumbers: {} } });
    expect(sheet.gstHst).toMatchObject({ registered: true, registrationNumber: null });
    expect(linesOf(sheet.gstHst)!['109']).toBe('186.00');
    expect(sheet.notices.map((n) => n.code)).not.toContain('SMALL_SUPPLIER');
  });
});

describe('the QST return worksheet', () => {
  it('reports QST collected (203), ITRs (206) and the net (209) for a QST registrant', () => {
    expect(linesOf(computeWorksheet(quarter).qst)).toEqual({
      '203': '39.90',
      '204': '0.00',
      '205': '39.90',
      '206': '9.98',
      '207': '0.00',
      '208': '9.98',
      '209': '29.92',
    });
  });

  it('is there only for a QST registrant or when QST was charged', () => {
    const noQst = quarter.documents.filter((x) => !x.taxes.some((t) => t.tax === 'QST'));
    expect(computeWorksheet({ ...quarter, documents: noQst, registrations: registered }).qst).toBeNull();
    expect(linesOf(computeWorksheet({ ...quarter, documents: noQst }).qst)).toMatchObject({ '203': '0.00', '206': '9.98', '209': '-9.98' });
    expect(computeWorksheet({ ...quarter, registrations: registered }).qst).toMatchObject({ registered: true, registrationNumber: null });
    const credited = computeWorksheet({
      ...quarter,
      documents: [...quarter.documents, doc('credit_note', 'QC', '100.00', tax('GST', 'CA', '100.00', '5.00'), tax('QST', 'QC', '100.00', '9.98'))],
    });
    expect(linesOf(credited.qst)).toMatchObject({ '207': '9.98', '208': '19.96', '209': '19.94' });
  });
});

describe('the provincial sales tax totals', () => {
  it("totals BC PST by province, apart from the GST/HST return, and says the commission is the province's to pay", () => {
    const sheet = computeWorksheet(quarter);
    expect(sheet.provincial.map((p) => [p.kind, linesOf(p)])).toEqual([
      ['BC_PST', { SALES: '300.00', TAXABLE_SALES: '100.00', TAX_COLLECTED: '7.00', TAX_CREDITED: '0.00', NET_TAX: '7.00' }],
    ]);
    expect(sheet.notices.map((n) => n.code)).toEqual(['PROVINCIAL_COMMISSION']);
  });

  it('keeps two provinces apart, and lists a registered province with nothing charged', () => {
    const sheet = computeWorksheet({
      documents: [
        doc('invoice', 'SK', '50.00', tax('GST', 'CA', '50.00', '2.50'), tax('PST', 'SK', '50.00', '3.00')),
        doc('invoice', 'BC', '80.00', tax('GST', 'CA', '80.00', '4.00'), tax('PST', 'BC', '80.00', '5.60')),
        doc('credit_note', 'BC', '20.00', tax('GST', 'CA', '20.00', '1.00'), tax('PST', 'BC', '20.00', '1.40')),
      ],
      expenses: none,
      registrations: { ...registered, pstNumbers: { MB: 'RST-1234567' } },
    });
    expect(sheet.provincial.map((p) => [p.kind, p.registrationNumber, linesOf(p)])).toEqual([
      ['BC_PST', null, { SALES: '60.00', TAXABLE_SALES: '60.00', TAX_COLLECTED: '5.60', TAX_CREDITED: '1.40', NET_TAX: '4.20' }],
      ['SK_PST', null, { SALES: '50.00', TAXABLE_SALES: '50.00', TAX_COLLECTED: '3.00', TAX_CREDITED: '0.00', NET_TAX: '3.00' }],
      ['MB_RST', 'RST-1234567', { SALES: '0.00', TAXABLE_SALES: '0.00', TAX_COLLECTED: '0.00', TAX_CREDITED: '0.00', NET_TAX: '0.00' }],
    ]);
    expect(linesOf(sheet.gstHst)).toMatchObject({ '101': '110.00', '103': '6.50', '107': '1.00', '109': '5.50' });
  });
});

describe('the reporting period', () => {
  const refused = (start: string, end: string) => {
    try {
      checkPeriod(start, end);
    } catch (error: any) {
      return [error.extensions.code, error.extensions.field, error.message];
    }
    return null;
  };

  it('admits a single day and a leap year, and refuses a period ending before it starts or longer than 366 days', () => {
    expect(refused('2025-01-01', '2025-01-01')).toBeNull();
    expect(refused('2024-01-01', '2024-12-31')).toBeNull();
    expect(refused('2025-01-01', '2026-01-01')).toBeNull();
    expect(refused('2025-01-01', '2026-01-02')).toEqual(['BAD_USER_INPUT', 'periodEnd', expect.stringMatching(/at most 366 days/)]);
    expect(refused('2025-03-31', '2025-01-01')).toEqual(['BAD_USER_INPUT', 'periodEnd', 'periodEnd must not be before periodStart.']);
    expect(refused('0099-12-01', '0100-12-31')).toEqual(['BAD_USER_INPUT', 'periodEnd', expect.stringMatching(/at most 366 days/)]);
  });
});
