import { Decimal } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import type { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { planSave, rowFigures } from './tax-remittance.filing.js';
import { computeWorksheet, type ReturnFigures } from './tax-remittance.worksheet.js';

const d = (value: string) => new Decimal(value);
const Q1 = { periodStart: '2025-01-01', periodEnd: '2025-03-31' };
const sheet = computeWorksheet({
  documents: [
    { documentType: 'invoice', placeOfSupply: 'ON', subtotal: d('100.00'), taxes: [{ tax: 'HST', jurisdiction: 'ON', base: d('100.00'), amount: d('13.00') }] },
    { documentType: 'invoice', placeOfSupply: 'BC', subtotal: d('100.00'), taxes: [{ tax: 'PST', jurisdiction: 'BC', base: d('100.00'), amount: d('7.00') }] },
  ],
  expenses: { count: 0, gstHstPaid: d('0'), qstPaid: d('0') },
  registrations: { gstHstNumber: '812345678 RT0001', qstNumber: null, pstNumbers: {} },
});
const returns: ReturnFigures[] = [sheet.gstHst, ...sheet.provincial];
const row = (f: ReturnFigures, over: Partial<TaxRemittanceEntity> = {}) =>
  ({ id: `${f.kind}-${over.periodStart ?? Q1.periodStart}`, trainerId: 't', ...Q1, ...rowFigures(f), status: 'calculated', ...over }) as TaxRemittanceEntity;
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (error: any) {
    return [error.extensions.code, error.message];
  }
  return null;
};

describe('planning a save over the returns already saved', () => {
  it('creates what is new, recalculates a calculated return of the period in place and replaces one of an overlapping period', () => {
    const january = row(sheet.gstHst, { periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    const sameQuarter = row(sheet.provincial[0], { netTaxOwing: d('1.00') });
    const plan = planSave(Q1, returns, [january, sameQuarter]);
    expect(plan.remove).toEqual([january]);
    expect(plan.recalculate.map((r) => [r.row.id, r.figures.netTaxOwing.toFixed(2)])).toEqual([[sameQuarter.id, '7.00']]);
    expect(plan.create.map((f) => f.taxType)).toEqual(['gst_hst']);
    expect(plan.keep).toEqual([]);
  });

  it('keeps a filed return whose figures the worksheet still gives, and refuses one it does not, or one of an overlapping period', () => {
    const filed = row(sheet.gstHst, { status: 'filed', filedOn: '2025-04-20' });
    expect(planSave(Q1, returns, [filed])).toMatchObject({ keep: [filed], remove: [], recalculate: [] });
    expect(failure(() => planSave(Q1, returns, [{ ...filed, netTaxOwing: d('12.00') } as TaxRemittanceEntity]))).toEqual([
      'CONFLICT',
      'The GST/HST return of 2025-01-01 to 2025-03-31 was filed with a net tax of 12.00 CAD and the worksheet now says 13.00: filed figures are frozen. Report the difference in a later period.',
    ]);
    expect(failure(() => planSave(Q1, [sheet.gstHst], [row(sheet.provincial[0], { status: 'paid' })]))).toEqual([
      'CONFLICT',
      'The British Columbia PST return of 2025-01-01 to 2025-03-31 was paid with a net tax of 7.00 CAD and the worksheet no longer has this return: filed figures are frozen. Report the difference in a later period.',
    ]);
    expect(failure(() => planSave(Q1, returns, [row(sheet.gstHst, { status: 'filed', periodStart: '2024-12-01', periodEnd: '2025-01-31' })]))?.[1]).toMatch(
      /of 2024-12-01 to 2025-01-31 was filed and overlaps this period/,
    );
  });
});
