/**
 * A studio's payables (`Studio.payables`, docs/receivables.md) as the Payables page shows and exports
 * them: what it owes each trainer by invoice month and by age. Sums are in BigInt cents (lib/money.ts),
 * never floats.
 */
import { fromCents, toCents } from './money';

/** The ageing buckets, as the API names them, in order. */
export const BUCKETS = ['days0To30', 'days31To60', 'days61To90', 'over90'] as const;
export type Bucket = (typeof BUCKETS)[number];
/** Each bucket as a column heads it. */
export const BUCKET_WORDS: Record<Bucket, string> = { days0To30: '0–30 days', days31To60: '31–60 days', days61To90: '61–90 days', over90: 'Over 90 days' };

/** The bucket of an invoice `ageDays` old (days from its invoice date to the as-of day), as the API buckets it. */
export function bucketOf(ageDays: number): Bucket {
  if (ageDays <= 30) return 'days0To30';
  if (ageDays <= 60) return 'days31To60';
  if (ageDays <= 90) return 'days61To90';
  return 'over90';
}

/** What the export needs of one trainer's payables. */
export interface TrainerPayablesInput {
  trainer: { displayName: string };
  invoices: { ageDays: number; balanceDue: string; invoice: { invoiceDate: string } }[];
}

/** One row of the export: one trainer's invoices of one month (by invoice date). */
export interface PayablesRow {
  trainer: string;
  /** `YYYY-MM`. */
  month: string;
  invoices: number;
  /** Cents owed on them. */
  owed: bigint;
  /** Cents owed by age bucket. */
  byAge: Record<Bucket, bigint>;
}

/**
 * One row per trainer and invoice month, the trainers in the API's order (most owed first), each
 * trainer's months oldest first; an invoice's age bucket is its own (two invoices of one month can be
 * in different buckets).
 */
export function payablesRows(trainers: readonly TrainerPayablesInput[]): PayablesRow[] {
  return trainers.flatMap((t) => {
    const months = new Map<string, PayablesRow>();
    for (const { ageDays, balanceDue, invoice } of t.invoices) {
      const month = invoice.invoiceDate.slice(0, 7);
      const row = months.get(month) ?? {
        trainer: t.trainer.displayName,
        month,
        invoices: 0,
        owed: 0n,
        byAge: { days0To30: 0n, days31To60: 0n, days61To90: 0n, over90: 0n },
      };
      const cents = toCents(balanceDue);
      row.invoices += 1;
      row.owed += cents;
      row.byAge[bucketOf(ageDays)] += cents;
      months.set(month, row);
    }
    return [...months.values()].toSorted((a, b) => a.month.localeCompare(b.month));
  });
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading =, +, - or @ is neutralised (no spreadsheet formula). */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The CSV's header row. */
export const PAYABLES_CSV_HEADER = ['Trainer', 'Month', 'Invoices', 'Owed (CAD)', ...BUCKETS.map((b) => `${BUCKET_WORDS[b]} (CAD)`)];

/**
 * The payables as a CSV file's text: a UTF-8 byte order mark (so spreadsheets read accents right), the
 * header row, then one row per trainer and month; amounts as plain decimals with two places ("1234.50":
 * no currency sign, no thousands separator), lines ended by CRLF (RFC 4180).
 */
export function payablesCsv(rows: readonly PayablesRow[]): string {
  const lines = [
    PAYABLES_CSV_HEADER,
    ...rows.map((r) => [r.trainer, r.month, String(r.invoices), fromCents(r.owed), ...BUCKETS.map((b) => fromCents(r.byAge[b]))]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** "payables-harbourfront-movement-2026-12-01.csv": the studio's name in plain lower-case letters and the as-of day. */
export function payablesFileName(studioName: string, asOf: string): string {
  const slug = studioName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `payables-${slug || 'studio'}-${asOf}.csv`;
}
