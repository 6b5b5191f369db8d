import { DateTimeScalar, Decimal, LocalDateScalar, MoneyScalar } from '@fitflow/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { lineDescription, returnKindOf, type ReturnKind } from './tax-remittance.forms.js';

export enum TaxRemittanceStatus {
  CALCULATED = 'calculated',
  FILED = 'filed',
  PAID = 'paid',
}
registerEnumType(TaxRemittanceStatus, {
  name: 'TaxRemittanceStatus',
  description: 'CALCULATED (a worksheet saved, still recalculated on save) → FILED (figures frozen) → PAID.',
});

/** Which sales-tax return (docs/remittance.md). */
export enum SalesTaxReturnKind {
  GST_HST = 'GST_HST',
  QST = 'QST',
  BC_PST = 'BC_PST',
  SK_PST = 'SK_PST',
  MB_RST = 'MB_RST',
}
registerEnumType(SalesTaxReturnKind, {
  name: 'SalesTaxReturnKind',
  description: 'A sales-tax return: the GST/HST return (CRA), the QST return (Revenu Québec), or a provincial PST/RST return.',
  valuesConfig: {
    GST_HST: { description: 'GST/HST Return for Registrants (CRA form GST34).' },
    QST: { description: 'QST return (Revenu Québec form FPZ-500-V).' },
    BC_PST: { description: 'British Columbia PST return (FIN 400).' },
    SK_PST: { description: 'Saskatchewan PST return.' },
    MB_RST: { description: 'Manitoba RST return.' },
  },
});

@ObjectType('TaxReturnLine', { description: 'One line of a sales-tax return worksheet.' })
export class TaxReturnLineType {
  @Field(() => String, { description: 'The form\'s line number ("101", "203") or, on a provincial return, its code ("TAX_COLLECTED").' })
  line: string;
  @Field(() => String, { description: 'What the line holds.' }) description: string;
  @Field(() => MoneyScalar, { description: 'CAD, two decimals; negative for a refund.' }) amount: Decimal;

  static of(kind: ReturnKind, line: string, amount: Decimal): TaxReturnLineType {
    return Object.assign(new TaxReturnLineType(), { line, description: lineDescription(kind, line), amount });
  }
}

@ObjectType('TaxRemittance', {
  description: "A trainer's saved sales-tax return for one period: CALCULATED → FILED → PAID. Money is CAD; dates are local. See docs/remittance.md.",
})
export class TaxRemittanceType {
  @Field(() => ID) id: string;
  @Field(() => SalesTaxReturnKind) kind: SalesTaxReturnKind;
  @Field(() => String, { description: "Whose return: 'CA' (GST/HST), 'QC' (QST) or the province of a PST/RST return." }) jurisdiction: string;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => MoneyScalar, { description: 'Sales reported, net of credit notes (line 101; a province’s sales for PST/RST).' }) grossRevenue: Decimal;
  @Field(() => MoneyScalar, { description: 'The base the tax was charged on, net of credit notes.' }) taxableRevenue: Decimal;
  @Field(() => MoneyScalar, { description: 'Tax collected or collectible plus adjustments added (line 105 / 205).' }) taxCollected: Decimal;
  @Field(() => MoneyScalar, { description: 'Input tax credits or refunds plus adjustments deducted (line 108 / 208; PST/RST credited).' })
  inputTaxCredits: Decimal;
  @Field(() => MoneyScalar, { description: 'Tax collected minus input tax credits (line 109 / 209); negative when a refund is due.' }) netTaxOwing: Decimal;
  @Field(() => [TaxReturnLineType], { description: 'Every figure of the saved worksheet, in the form’s order.' }) lines: TaxReturnLineType[];
  @Field(() => TaxRemittanceStatus) status: TaxRemittanceStatus;
  @Field(() => String, { nullable: true, description: 'The confirmation number the tax authority gave when it was filed.' }) reference: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was filed.' }) filedOn: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the filing was recorded (UTC).' }) filedAt: Date | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the net tax was paid.' }) paidOn: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the payment was recorded (UTC).' }) paidAt: Date | null;
  trainerId: string;

  static from(e: TaxRemittanceEntity): TaxRemittanceType {
    const kind = returnKindOf(e.taxType, e.jurisdiction);
    return Object.assign(new TaxRemittanceType(), {
      id: e.id,
      kind: kind as SalesTaxReturnKind,
      jurisdiction: e.jurisdiction,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      grossRevenue: e.grossRevenue,
      taxableRevenue: e.taxableRevenue,
      taxCollected: e.taxCollected,
      inputTaxCredits: e.inputTaxCredits,
      netTaxOwing: e.netTaxOwing,
      lines: (e.lines ?? []).map((l) => TaxReturnLineType.of(kind, l.line, new Decimal(l.amount))),
      status: e.status as TaxRemittanceStatus,
      reference: e.remittanceReference,
      filedOn: e.filedOn,
      filedAt: e.filedAt,
      paidOn: e.paidOn,
      paidAt: e.paidAt,
      trainerId: e.trainerId,
    });
  }
}
