import { DecimalScalar, MoneyScalar, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TaxKind } from '../invoice/invoice.type.js';
import { noticeMessage, taxChargeName, type TaxCharge, type TaxNoticeCode, type TaxQuote, type TaxQuoteInput } from './tax.engine.js';

/** What an invoice line supplies (the engine's `SupplyKind`). */
export enum SupplyKindCode {
  SERVICE = 'SERVICE',
  GOODS = 'GOODS',
}
registerEnumType(SupplyKindCode, {
  name: 'SupplyKind',
  description:
    'What a line supplies: a service (a class, personal training) or goods (equipment, apparel). Provincial sales tax treats them differently (docs/tax.md).',
  valuesConfig: { SERVICE: { description: 'A service: a class, personal training, a membership.' }, GOODS: { description: 'Goods: equipment, apparel.' } },
});

/** Why a tax the place of supply has is not charged (the engine's `TaxNoticeCode`). */
export enum NoticeCode {
  SMALL_SUPPLIER = 'SMALL_SUPPLIER',
  QST_NOT_REGISTERED = 'QST_NOT_REGISTERED',
  PST_NOT_REGISTERED = 'PST_NOT_REGISTERED',
}
registerEnumType(NoticeCode, {
  name: 'TaxNoticeCode',
  description: 'Why a tax is not charged; the invoice prints the notice.',
  valuesConfig: {
    SMALL_SUPPLIER: { description: 'The supplier has no GST/HST number (an unregistered small supplier): no GST, HST or QST.' },
    QST_NOT_REGISTERED: { description: 'Supplied in Quebec by a GST/HST registrant without a QST number: GST only.' },
    PST_NOT_REGISTERED: { description: "Some lines bear the province's PST or RST, but the supplier has no number for it." },
  },
});

@ObjectType('TaxCharge', { description: 'One sales tax a supply bears: its rate, the amount it is charged on, and the tax.' })
export class TaxChargeType {
  @Field(() => TaxKind) tax: TaxKind;
  @Field(() => String, { description: 'Who levies it: "CA" for the federal GST, else the province code, e.g. "ON".' }) jurisdiction: string;
  @Field(() => DecimalScalar, { description: 'Rate as a fraction, e.g. "0.13" for 13 %, "0.09975" for 9.975 %.' }) rate: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD the tax is charged on: the sum of the lines it applies to (before any other tax).' }) base: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD: base × rate, rounded half-up to the cent.' }) amount: Decimal;
  @Field(() => String, { description: 'As an invoice prints it, e.g. "HST (Ontario) 13 %", "GST 5 %".' }) name: string;

  static from(charge: TaxCharge): TaxChargeType {
    return Object.assign(new TaxChargeType(), {
      tax: charge.tax as TaxKind,
      jurisdiction: charge.jurisdiction,
      rate: charge.rate,
      base: charge.base,
      amount: charge.amount,
      name: taxChargeName(charge),
    });
  }
}

@ObjectType('TaxNotice', { description: 'A statement the invoice must print about a tax it does not charge.' })
@RequiresScopes('invoices:read')
export class TaxNoticeType {
  @Field(() => NoticeCode) code: NoticeCode;
  @Field(() => String, { description: 'In English, e.g. "No GST/HST charged: the supplier is not registered (small supplier)."' }) message: string;
}

@ObjectType('TaxQuote', { description: "The taxes of a supply, exactly as FitFlow's invoices compute them (docs/tax.md)." })
export class TaxQuoteType {
  @Field(() => MoneyScalar, { description: 'CAD before tax: the sum of the lines.' }) subtotal: Decimal;
  @Field(() => [TaxChargeType], { description: 'GST or HST first, then QST, PST or RST; a tax that applies to no line is absent.' }) taxes: TaxChargeType[];
  @Field(() => MoneyScalar, { description: 'CAD: subtotal plus every tax.' }) total: Decimal;
  @Field(() => [[TaxKind]], { description: 'Per input line, in order: the taxes it bears.' }) lineTaxes: TaxKind[][];
  @Field(() => [TaxNoticeType], { description: 'Statements the invoice must print (e.g. a small supplier charges no GST/HST).' }) notices: TaxNoticeType[];

  static from(quote: TaxQuote, input: Pick<TaxQuoteInput, 'placeOfSupply'>): TaxQuoteType {
    return Object.assign(new TaxQuoteType(), {
      subtotal: quote.subtotal,
      taxes: quote.taxes.map(TaxChargeType.from),
      total: quote.total,
      lineTaxes: quote.lineTaxes.map((names) => names.map((name) => name as TaxKind)),
      notices: quote.notices.map((code: TaxNoticeCode) =>
        Object.assign(new TaxNoticeType(), { code: code as NoticeCode, message: noticeMessage(code, input.placeOfSupply) }),
      ),
    });
  }
}
