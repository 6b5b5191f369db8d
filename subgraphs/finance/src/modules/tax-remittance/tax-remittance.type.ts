import { LocalDateScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TaxKind } from '../invoice/invoice.type.js';
import type { TaxRemittanceEntity } from './tax-remittance.entity.js';

export enum TaxRemittanceStatus {
  CALCULATED = 'calculated',
  FILED = 'filed',
  PAID = 'paid',
}
registerEnumType(TaxRemittanceStatus, { name: 'TaxRemittanceStatus' });

@ObjectType('TaxRemittance', { description: "A trainer's sales-tax return for one period. Money is CAD; dates are local." })
export class TaxRemittanceType {
  @Field(() => ID) id: string;
  @Field(() => TaxKind) taxType: TaxKind;
  @Field(() => LocalDateScalar) periodStart: string;
  @Field(() => LocalDateScalar) periodEnd: string;
  @Field(() => MoneyScalar) grossRevenue: Decimal;
  @Field(() => MoneyScalar) taxableRevenue: Decimal;
  @Field(() => MoneyScalar) taxCollected: Decimal;
  @Field(() => MoneyScalar) inputTaxCredits: Decimal;
  @Field(() => MoneyScalar, { description: 'Tax collected minus input tax credits; negative when a refund is due.' }) netTaxOwing: Decimal;
  @Field(() => TaxRemittanceStatus) status: TaxRemittanceStatus;

  static from(e: TaxRemittanceEntity): TaxRemittanceType {
    return Object.assign(new TaxRemittanceType(), {
      id: e.id,
      taxType: e.taxType.toUpperCase() as TaxKind,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      grossRevenue: e.grossRevenue,
      taxableRevenue: e.taxableRevenue,
      taxCollected: e.taxCollected,
      inputTaxCredits: e.inputTaxCredits,
      netTaxOwing: e.netTaxOwing,
      status: e.status as TaxRemittanceStatus,
    });
  }
}
