import { Decimal } from '@fitflow/kit';
import { sumMoney } from '../../money.js';
import type { OpenInvoiceRow } from './payables.repository.js';
import { MonthlyPayableType, PayableInvoiceType, PayablesAgeingType, StudioPayablesType, TrainerPayablesType } from './payables.type.js';

/**
 * The ageing bucket of an invoice `ageDays` old (days from its invoice date to the payables' day):
 * 0–30, 31–60, 61–90, more than 90 — the accounts-payable convention of ageing from the invoice date
 * (docs/receivables.md, Payables and ageing).
 */
export function bucketOf(ageDays: number): keyof PayablesAgeingType {
  if (ageDays <= 30) return 'days0To30';
  if (ageDays <= 60) return 'days31To60';
  if (ageDays <= 90) return 'days61To90';
  return 'over90';
}

function ageing(rows: readonly OpenInvoiceRow[]): PayablesAgeingType {
  const buckets = Object.assign(new PayablesAgeingType(), {
    days0To30: new Decimal(0),
    days31To60: new Decimal(0),
    days61To90: new Decimal(0),
    over90: new Decimal(0),
  });
  for (const row of rows) buckets[bucketOf(row.ageDays)] = buckets[bucketOf(row.ageDays)].plus(row.balance);
  return buckets;
}

function months(rows: readonly OpenInvoiceRow[]): MonthlyPayableType[] {
  const byMonth = new Map<string, Decimal[]>();
  for (const row of rows) {
    const month = row.invoiceDate.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), row.balance]);
  }
  return [...byMonth.keys()].sort().map((month) => Object.assign(new MonthlyPayableType(), { month, balance: sumMoney(byMonth.get(month)!) }));
}

/**
 * A studio's payables as of `asOf` from its open invoices (oldest first): per trainer and overall, the
 * total, the ageing buckets and the months. Exact decimal sums: every amount keeps two decimals.
 */
export function payablesOf(asOf: string, rows: readonly OpenInvoiceRow[]): StudioPayablesType {
  const byTrainer = new Map<string, OpenInvoiceRow[]>();
  for (const row of rows) byTrainer.set(row.trainerId, [...(byTrainer.get(row.trainerId) ?? []), row]);
  const trainers = [...byTrainer.entries()]
    .map(([trainerId, theirs]) =>
      Object.assign(new TrainerPayablesType(), {
        trainerId,
        total: sumMoney(theirs.map((r) => r.balance)),
        ageing: ageing(theirs),
        months: months(theirs),
        invoices: theirs.map((r) => Object.assign(new PayableInvoiceType(), { invoiceId: r.invoiceId, ageDays: r.ageDays, balanceDue: r.balance })),
      }),
    )
    .sort((a, b) => b.total.comparedTo(a.total) || a.trainerId.localeCompare(b.trainerId));
  return Object.assign(new StudioPayablesType(), {
    asOf,
    currency: 'CAD',
    total: sumMoney(rows.map((r) => r.balance)),
    ageing: ageing(rows),
    months: months(rows),
    trainers,
  });
}
