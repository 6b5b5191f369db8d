import { DateTimeScalar, Decimal, LocalDateScalar, MoneyScalar } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { TaxRemittanceEntity } from './tax-remittance.entity.js';
import { lineDescription, RETURN_FORMS, returnKindOf, type ReturnKind } from './tax-remittance.forms.js';
import type { Period, ReturnFigures, WorksheetFigures } from './tax-remittance.worksheet.js';

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

/** Why a worksheet looks as it does. */
export enum TaxReturnNoticeCode {
  SMALL_SUPPLIER = 'SMALL_SUPPLIER',
  SMALL_SUPPLIER_THRESHOLD = 'SMALL_SUPPLIER_THRESHOLD',
  PROVINCIAL_COMMISSION = 'PROVINCIAL_COMMISSION',
}
registerEnumType(TaxReturnNoticeCode, {
  name: 'TaxReturnNoticeCode',
  valuesConfig: {
    SMALL_SUPPLIER: { description: 'Not registered for the GST/HST and none charged: no GST/HST to remit, no ITCs to claim.' },
    SMALL_SUPPLIER_THRESHOLD: { description: "The period's revenue is over the $30,000 small-supplier limit: registration is required." },
    PROVINCIAL_COMMISSION: { description: 'British Columbia and Manitoba pay a commission for filing on time, not deducted here.' },
  },
});

@ObjectType('TaxReturnNotice', { description: 'Something the worksheet wants you to know.' })
export class TaxReturnNoticeType {
  @Field(() => TaxReturnNoticeCode) code: TaxReturnNoticeCode;
  @Field(() => String) message: string;
}

@ObjectType('SalesTaxReturn', { description: 'One return of a period’s worksheet: its lines as the form numbers them. Money is CAD. See docs/remittance.md.' })
export class SalesTaxReturnType {
  @Field(() => SalesTaxReturnKind) kind: SalesTaxReturnKind;
  @Field(() => String, { description: "Whose return: 'CA' (GST/HST), 'QC' (QST) or the province of a PST/RST return." }) jurisdiction: string;
  @Field(() => String, { description: 'Who receives it, e.g. "Canada Revenue Agency".' }) authority: string;
  @Field(() => String, { description: 'The form, e.g. "GST34, GST/HST Return for Registrants".' }) form: string;
  @Field(() => Boolean, { description: 'Registered for this tax: a registration number on file, or the tax charged or credited in the period.' })
  registered: boolean;
  @Field(() => String, { nullable: true, description: 'The registration number, when on file.' }) registrationNumber: string | null;
  @Field(() => [TaxReturnLineType], { description: 'Every line, in the form’s order.' }) lines: TaxReturnLineType[];
  @Field(() => MoneyScalar, { description: 'The net tax line (109, 209, NET_TAX): positive to pay, negative a refund.' }) netTax: Decimal;
}

@ObjectType('TaxReturn', {
  description:
    "A trainer's sales-tax worksheet for a reporting period, computed only from the issued invoices and credit notes dated in it (not drafts, not void) and its expenses: the GST/HST return, the QST return (QST registrants), and PST/RST totals for British Columbia, Saskatchewan and Manitoba. Money is CAD. See docs/remittance.md.",
})
export class TaxReturnType {
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => String, { description: 'ISO 4217 currency of every amount: always "CAD".' }) currency: string;
  @Field(() => SalesTaxReturnType, { description: 'The GST/HST return (lines 101 to 109).' }) gstHst: SalesTaxReturnType;
  @Field(() => SalesTaxReturnType, { nullable: true, description: 'The QST return (lines 203 to 209): only for a QST registrant, or when QST was charged.' })
  qst: SalesTaxReturnType | null;
  @Field(() => [SalesTaxReturnType], { description: 'PST/RST by province (BC, SK, MB), remitted on each province’s own return.' })
  provincialSalesTaxes: SalesTaxReturnType[];
  @Field(() => Int, { description: 'Issued invoices counted.' }) invoiceCount: number;
  @Field(() => Int, { description: 'Credit notes counted.' }) creditNoteCount: number;
  @Field(() => Int, { description: 'Expenses of the period.' }) expenseCount: number;
  @Field(() => [TaxReturnNoticeType]) notices: TaxReturnNoticeType[];
  trainerId: string;

  static from(trainerId: string, period: Period, sheet: WorksheetFigures): TaxReturnType {
    return Object.assign(new TaxReturnType(), {
      trainerId,
      periodStart: period.periodStart,
      periodEnd: period.periodEnd,
      currency: 'CAD',
      gstHst: salesTaxReturn(sheet.gstHst),
      qst: sheet.qst && salesTaxReturn(sheet.qst),
      provincialSalesTaxes: sheet.provincial.map(salesTaxReturn),
      invoiceCount: sheet.invoiceCount,
      creditNoteCount: sheet.creditNoteCount,
      expenseCount: sheet.expenseCount,
      notices: sheet.notices.map((n) => Object.assign(new TaxReturnNoticeType(), { code: n.code as TaxReturnNoticeCode, message: n.message })),
    });
  }
}

function salesTaxReturn(figures: ReturnFigures): SalesTaxReturnType {
  const form = RETURN_FORMS[figures.kind];
  return Object.assign(new SalesTaxReturnType(), {
    kind: figures.kind as SalesTaxReturnKind,
    jurisdiction: form.jurisdiction,
    authority: form.authority,
    form: form.form,
    registered: figures.registered,
    registrationNumber: figures.registrationNumber,
    lines: figures.lines.map((l) => TaxReturnLineType.of(figures.kind, l.line, l.amount)),
    netTax: figures.netTax,
  });
}
