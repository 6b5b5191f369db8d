import { Decimal } from '@fitflow/kit';
import { describe, expect, it } from 'vitest';
import { invoiceTotals, lineAmount, sumMoney, taxOn, toCents } from './money.js';

const d = (v: string) => new Decimal(v);

describe('money helpers', () => {
  it('round half-up to the cent', () => {
    expect(toCents(d('10.005')).toFixed(2)).toBe('10.01');
    expect(toCents(d('10.0049999')).toFixed(2)).toBe('10.00');
    expect(toCents(d('0.125')).toFixed(2)).toBe('0.13');
    expect(toCents('2.675').toFixed(2)).toBe('2.68'); // 2.675 as a float is 2.67499999…: decimal.js is exact
  });

  it('never take a JavaScript number', () => {
    expect(() => toCents(0.1 as unknown as Decimal)).toThrow(/never a number/);
  });

  it('add exactly where floats would drift', () => {
    expect(sumMoney([d('0.1'), d('0.2')]).toFixed()).toBe('0.3');
    expect(sumMoney(Array.from({ length: 10 }, () => d('0.10'))).toFixed(2)).toBe('1.00');
    expect(sumMoney([]).toFixed(2)).toBe('0.00');
  });

  it('price a line as quantity × unit price, rounded to the cent', () => {
    expect(lineAmount(d('1.5'), d('33.33')).toFixed(2)).toBe('50.00'); // 49.995
    expect(lineAmount(d('3'), d('19.99')).toFixed(2)).toBe('59.97');
    expect(taxOn(d('105.00'), d('0.13')).toFixed(2)).toBe('13.65');
    expect(taxOn(d('0.50'), d('0.05')).toFixed(2)).toBe('0.03'); // 0.025 rounds up
  });

  it('total an invoice: subtotal of the lines, each tax rounded on it, total their exact sum', () => {
    const totals = invoiceTotals({
      items: [
        { quantity: d('1'), unitPrice: d('55.00') },
        { quantity: d('1'), unitPrice: d('105.00') },
        { quantity: d('2'), unitPrice: d('30.00') },
      ],
      taxes: [
        { tax: 'GST', rate: d('0.05') },
        { tax: 'PST', rate: d('0.07') },
      ],
    });
    expect(totals.itemAmounts.map((a) => a.toFixed(2))).toEqual(['55.00', '105.00', '60.00']);
    expect(totals.subtotal.toFixed(2)).toBe('220.00');
    expect(totals.taxes.map((t) => [t.tax, t.amount.toFixed(2)])).toEqual([
      ['GST', '11.00'],
      ['PST', '15.40'],
    ]);
    expect(totals.total.toFixed(2)).toBe('246.40');
  });

  it('total a small supplier’s invoice with no tax', () => {
    const totals = invoiceTotals({ items: [{ quantity: d('1'), unitPrice: d('48.00') }], taxes: [] });
    expect(totals.total.toFixed(2)).toBe('48.00');
    expect(totals.taxes).toEqual([]);
  });
});
