import { conflict } from '@fitflow/kit';
import type { StoredReturnLine, TaxRemittanceEntity } from './tax-remittance.entity.js';
import { RETURN_FORMS, returnKindOf, type ReturnKind } from './tax-remittance.forms.js';
import type { Period, ReturnFigures } from './tax-remittance.worksheet.js';

/** The columns of a saved return that hold its figures (frozen once filed). */
export type ReturnRowFigures = Pick<
  TaxRemittanceEntity,
  'taxType' | 'jurisdiction' | 'grossRevenue' | 'taxableRevenue' | 'taxCollected' | 'inputTaxCredits' | 'netTaxOwing' | 'lines'
>;

/** A return's figures as `finance.tax_remittances` stores them (amounts as decimal strings in `lines`). */
export function rowFigures(f: ReturnFigures): ReturnRowFigures {
  const form = RETURN_FORMS[f.kind];
  return {
    taxType: form.taxType,
    jurisdiction: form.jurisdiction,
    grossRevenue: f.grossRevenue,
    taxableRevenue: f.taxableRevenue,
    taxCollected: f.taxCollected,
    inputTaxCredits: f.deductions,
    netTaxOwing: f.netTax,
    lines: f.lines.map((l): StoredReturnLine => ({ line: l.line, amount: l.amount.toFixed(2) })),
  };
}

/** True when a saved return holds exactly `figures`. */
export function sameFigures(row: ReturnRowFigures, figures: ReturnRowFigures): boolean {
  const money = ['grossRevenue', 'taxableRevenue', 'taxCollected', 'inputTaxCredits', 'netTaxOwing'] as const;
  return (
    money.every((k) => row[k].eq(figures[k])) &&
    row.lines.length === figures.lines.length &&
    row.lines.every((l, i) => l.line === figures.lines[i].line && l.amount === figures.lines[i].amount)
  );
}

/** People's names of the returns, for messages. */
export const RETURN_NAMES: Readonly<Record<ReturnKind, string>> = {
  GST_HST: 'GST/HST',
  QST: 'QST',
  BC_PST: 'British Columbia PST',
  SK_PST: 'Saskatchewan PST',
  MB_RST: 'Manitoba RST',
};

/** What saving a worksheet does to `finance.tax_remittances`. */
export interface SavePlan {
  /** Calculated returns replaced: of another overlapping period, or no longer a return of this one. */
  remove: TaxRemittanceEntity[];
  /** Calculated returns of this very period, recalculated in place. */
  recalculate: { row: TaxRemittanceEntity; figures: ReturnRowFigures }[];
  /** Filed or paid returns of this period whose figures the worksheet still gives: left as they are. */
  keep: TaxRemittanceEntity[];
  /** Returns saved for the first time. */
  create: ReturnRowFigures[];
}

/**
 * Plans saving a period's `returns` over the `existing` returns of the same kinds that overlap the
 * period (two returns of one kind may not overlap: an exclusion constraint). A calculated return is a
 * worksheet, not a record: one of this very period is recalculated in place, any other overlapping one
 * replaced. A filed or paid return is a record: saving leaves it as it is when the worksheet still gives
 * its figures, and is refused otherwise.
 * @throws CONFLICT when a filed or paid return overlaps the period but is not this period's, or when
 *   the worksheet no longer gives its figures (a correction after filing is reported in a later
 *   period, with the authority — never by changing what was filed).
 */
export function planSave(period: Period, returns: ReturnFigures[], existing: TaxRemittanceEntity[]): SavePlan {
  const plan: SavePlan = { remove: [], recalculate: [], keep: [], create: [] };
  const samePeriod = (row: TaxRemittanceEntity) => row.periodStart === period.periodStart && row.periodEnd === period.periodEnd;
  const wanted = new Map(returns.map((r) => [r.kind, rowFigures(r)]));
  for (const row of existing) {
    const kind = returnKindOf(row.taxType, row.jurisdiction);
    const figures = samePeriod(row) ? wanted.get(kind) : undefined;
    if (row.status === 'calculated') {
      if (figures) plan.recalculate.push({ row, figures });
      else plan.remove.push(row);
    } else if (figures && sameFigures(row, figures)) {
      plan.keep.push(row);
    } else {
      const name = `The ${RETURN_NAMES[kind]} return of ${row.periodStart} to ${row.periodEnd}`;
      if (!samePeriod(row)) throw conflict(`${name} was ${row.status} and overlaps this period: choose a period that does not overlap it.`);
      const now = figures ? `the worksheet now says ${figures.netTaxOwing.toFixed(2)}` : 'the worksheet no longer has this return';
      throw conflict(
        `${name} was ${row.status} with a net tax of ${row.netTaxOwing.toFixed(2)} CAD and ${now}: filed figures are frozen. Report the difference in a later period.`,
      );
    }
  }
  const kept = new Set([...plan.recalculate.map((r) => r.row), ...plan.keep].map((row) => returnKindOf(row.taxType, row.jurisdiction)));
  plan.create = [...wanted].filter(([kind]) => !kept.has(kind)).map(([, figures]) => figures);
  return plan;
}
