import { Decimal, ProvinceCode } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { checkExpense } from './expense.checks.js';
import type { ExpenseInput } from './expense.inputs.js';
import { ExpenseCategory } from './expense.type.js';

const TODAY = '2026-03-15';
const d = (value: string) => new Decimal(value);
const base = (over: Partial<ExpenseInput> = {}): ExpenseInput =>
  Object.assign(
    {
      expenseDate: '2026-03-01',
      vendor: '  Running Room ',
      description: 'Resistance bands',
      category: ExpenseCategory.EQUIPMENT,
      amountBeforeTax: d('100.00'),
      province: ProvinceCode.ON,
    },
    over,
  ) as ExpenseInput;
const refusal = (over: Partial<ExpenseInput>) => {
  try {
    checkExpense(base(over), TODAY);
  } catch (error: any) {
    return { field: error.extensions.field, code: error.extensions.code, message: error.message as string };
  }
  throw new Error('expected a refusal');
};

describe('checking an expense before it is written', () => {
  it('trims its text, defaults missing taxes to 0 and ITC eligibility to true', () => {
    expect(checkExpense(base({ receiptReference: '   ' }), TODAY)).toEqual({
      expenseDate: '2026-03-01',
      vendor: 'Running Room',
      description: 'Resistance bands',
      category: 'equipment',
      amountBeforeTax: d('100.00'),
      gstHstPaid: d('0'),
      qstPaid: d('0'),
      pstPaid: d('0'),
      province: 'ON',
      receiptReference: null,
      itcEligible: true,
    });
  });

  it('admits the highest rate of each tax exactly, rounded half-up to the cent', () => {
    // 15 % HST of 0.10 is 0.015: 0.02 after rounding half-up.
    expect(checkExpense(base({ amountBeforeTax: d('0.10'), gstHstPaid: d('0.02') }), TODAY).gstHstPaid).toEqual(d('0.02'));
    const quebec = checkExpense(base({ province: ProvinceCode.QC, gstHstPaid: d('5.00'), qstPaid: d('9.98') }), TODAY);
    expect([quebec.gstHstPaid.toFixed(2), quebec.qstPaid.toFixed(2)]).toEqual(['5.00', '9.98']);
    expect(checkExpense(base({ province: ProvinceCode.BC, pstPaid: d('20.00') }), TODAY).pstPaid).toEqual(d('20.00'));
    expect(checkExpense(base({ expenseDate: TODAY, amountBeforeTax: d('0') }), TODAY).amountBeforeTax).toEqual(d('0'));
  });

  it('refuses, naming the field, what no receipt can say', () => {
    expect(refusal({ expenseDate: '2026-03-16' })).toMatchObject({ field: 'expenseDate', code: 'BAD_USER_INPUT' });
    expect(refusal({ vendor: '   ' })).toMatchObject({ field: 'vendor', message: 'vendor must not be blank.' });
    expect(refusal({ description: 'x'.repeat(1001) })).toMatchObject({ field: 'description' });
    expect(refusal({ receiptReference: 'r'.repeat(256) })).toMatchObject({ field: 'receiptReference' });
    expect(refusal({ amountBeforeTax: d('-0.01') })).toMatchObject({ field: 'amountBeforeTax', message: 'amountBeforeTax must not be negative.' });
    expect(refusal({ amountBeforeTax: d('10.005') })).toMatchObject({
      field: 'amountBeforeTax',
      message: 'amountBeforeTax must be in whole cents, e.g. "12.50".',
    });
    expect(refusal({ amountBeforeTax: d('100000000.00') })).toMatchObject({ field: 'amountBeforeTax' });
    expect(refusal({ gstHstPaid: d('-1.00') })).toMatchObject({ field: 'gstHstPaid' });
    expect(refusal({ gstHstPaid: d('15.01') })).toMatchObject({
      field: 'gstHstPaid',
      message: 'gstHstPaid must be at most 15 % of amountBeforeTax (15.00 CAD): no Canadian rate is higher.',
    });
    expect(refusal({ province: ProvinceCode.QC, qstPaid: d('9.99') })).toMatchObject({ field: 'qstPaid' });
    expect(refusal({ province: ProvinceCode.ON, qstPaid: d('1.00') })).toMatchObject({ field: 'qstPaid', message: expect.stringMatching(/outside Québec/) });
    expect(refusal({ province: ProvinceCode.BC, pstPaid: d('20.01') })).toMatchObject({ field: 'pstPaid' });
    expect(refusal({ province: ProvinceCode.AB, pstPaid: d('5.00') })).toMatchObject({
      field: 'pstPaid',
      message: expect.stringMatching(/outside British Columbia/),
    });
  });
});
