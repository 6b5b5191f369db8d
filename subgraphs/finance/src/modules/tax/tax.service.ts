import { badUserInput, type Province } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import type { FinanceRequest } from '../../context.js';
import { quoteTaxes, type SupplierRegistrations, type TaxRateTable } from './tax.engine.js';
import type { TaxQuoteInput } from './tax.inputs.js';
import { TaxQuoteType } from './tax.type.js';

/**
 * How long a process keeps the rate table it read (milliseconds). Rates change only by migration
 * (docs/tax.md), so a minute-old table is current; the cache spares `taxQuote` (the web app's live
 * preview) a transaction per call.
 */
export const TAX_RATE_TABLE_TTL_MS = 60_000;

/** The rate table each database's process last read, and until when it is fresh (per process, per DataSource). */
const tables = new WeakMap<DataSource, { until: number; table: Promise<TaxRateTable> }>();

/**
 * The sales-tax rate table (`finance.tax_rates`, `finance.tax_applicability`): read at most once per
 * {@link TAX_RATE_TABLE_TTL_MS} per process and database, whatever the number of requests or quotes
 * in them (concurrent callers share one read). The rows are the same for every caller.
 * @throws whatever the read throws; a failed read is not cached.
 */
export function taxRateTable(ctx: Pick<FinanceRequest, 'deps' | 'data'>): Promise<TaxRateTable> {
  const now = Date.now();
  const cached = tables.get(ctx.deps.ds);
  if (cached && cached.until > now) return cached.table;
  const table = ctx.data.run((tx) => tx.taxRates.table());
  tables.set(ctx.deps.ds, { until: now + TAX_RATE_TABLE_TTL_MS, table });
  table.catch(() => {
    if (tables.get(ctx.deps.ds)?.table === table) tables.delete(ctx.deps.ds);
  });
  return table;
}

/**
 * `Query.taxQuote`: the taxes of a supply as an invoice would charge them (tax.engine.ts
 * `quoteTaxes`). No PHI, nothing written, nothing audited.
 * @throws GraphQLError BAD_USER_INPUT naming the field as the caller sent it (`input.lines[3].amount`,
 *   `input.supplier.gstHstNumber`, `input.date`…): see `quoteTaxes`; also a province given twice in
 *   `input.supplier.pstNumbers`.
 */
export async function taxQuote(ctx: Pick<FinanceRequest, 'deps' | 'data'>, input: TaxQuoteInput): Promise<TaxQuoteType> {
  const registrations = input.supplier.pstNumbers ?? [];
  const pstNumbers: SupplierRegistrations['pstNumbers'] = {};
  const indexOf = new Map<string, number>();
  registrations.forEach(({ province, number }, i) => {
    if (indexOf.has(province)) {
      const field = `input.supplier.pstNumbers[${i}].province`;
      throw badUserInput(`${field} ${province} appears twice: give one number per province.`, field);
    }
    indexOf.set(province, i);
    pstNumbers[province] = number;
  });
  // The engine names fields of its own input; the caller knows them by the GraphQL input's names.
  const field = (path: string) => {
    if (path === 'taxPoint') return 'input.date';
    const pst = /^supplier\.pstNumbers\.(\w+)$/.exec(path);
    if (pst && indexOf.has(pst[1]!)) return `input.supplier.pstNumbers[${indexOf.get(pst[1]!)}].number`;
    return `input.${path}`;
  };
  const placeOfSupply: Province = input.placeOfSupply;
  const quote = quoteTaxes(
    {
      supplier: { gstHstNumber: input.supplier.gstHstNumber ?? null, qstNumber: input.supplier.qstNumber ?? null, pstNumbers },
      placeOfSupply,
      taxPoint: input.date,
      lines: input.lines.map((line) => ({ amount: line.amount, kind: line.kind, category: line.category ?? null })),
    },
    await taxRateTable(ctx),
    { field },
  );
  return TaxQuoteType.from(quote, { placeOfSupply });
}
