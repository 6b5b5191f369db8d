import { Decimal, runSql, type Province } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { TaxRateTable, type Jurisdiction, type SupplyKind, type TaxName } from './tax.engine.js';

interface RateRow {
  jurisdiction: Jurisdiction;
  tax: TaxName;
  rate: string;
  effective_from: string;
  effective_until: string | null;
  source: string;
}

interface ApplicabilityRow {
  province: Province;
  kind: SupplyKind;
  category: string;
  taxable: boolean;
  effective_from: string;
  effective_until: string | null;
  source: string;
}

/**
 * Data access to the sales-tax rate table (`finance.tax_rates`) and what provincial sales tax
 * applies to (`finance.tax_applicability`): public reference data, the same for every caller (no
 * scope), read-only for the application (migration 1733700100000).
 */
export class TaxRateRepository {
  constructor(private readonly em: EntityManager) {}

  /** Every rate and applicability row, as the engine's {@link TaxRateTable}: two statements. */
  async table(): Promise<TaxRateTable> {
    const rates = await runSql<RateRow>(
      this.em,
      `select jurisdiction, tax, rate::text as rate, effective_from::text as effective_from, effective_until::text as effective_until, source
         from finance.tax_rates order by jurisdiction, tax, effective_from`,
    );
    const applicability = await runSql<ApplicabilityRow>(
      this.em,
      `select province, kind, category, taxable, effective_from::text as effective_from, effective_until::text as effective_until, source
         from finance.tax_applicability order by province, kind, category, effective_from`,
    );
    return new TaxRateTable(
      rates.map((r) => ({
        jurisdiction: r.jurisdiction,
        tax: r.tax,
        rate: new Decimal(r.rate),
        effectiveFrom: r.effective_from,
        effectiveUntil: r.effective_until,
        source: r.source,
      })),
      applicability.map((r) => ({
        province: r.province,
        kind: r.kind,
        category: r.category,
        taxable: r.taxable,
        effectiveFrom: r.effective_from,
        effectiveUntil: r.effective_until,
        source: r.source,
      })),
    );
  }
}
