import { DecimalScalar, LocalDateScalar, MoneyScalar, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SupplyKindCode as SupplyKind } from '../tax/tax.type.js';
import type { InvoiceItemEntity } from './invoice-item.entity.js';

/** Why a session line is billed. */
export enum BillingBasis {
  COMPLETED = 'completed',
  NO_SHOW = 'no-show',
  LATE_CANCELLATION = 'late-cancellation',
}
registerEnumType(BillingBasis, {
  name: 'BillingBasis',
  description: 'Why a session is billed: it took place (COMPLETED), or the contract bills its NO_SHOW or LATE_CANCELLATION.',
});

@ObjectType('InvoiceItem', { description: 'One line of an invoice, usually one delivered session.' })
@RequiresScopes('invoices:read')
export class InvoiceItemType {
  @Field(() => ID) id: string;
  @Field(() => String) description: string;
  @Field(() => DecimalScalar, { description: 'Units billed, e.g. "1" session or "1.5" hours.' }) quantity: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD per unit, before tax.' }) unitPrice: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD: quantity × unit price, rounded half-up to the cent.' }) amount: Decimal;
  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Sales-tax rate of the line as a fraction ("0.13"); "0" for a small supplier. Null on invoices since invoicing: taxes are per invoice (Invoice.taxLines).',
  })
  taxRate: Decimal | null;
  @Field(() => SupplyKind) kind: SupplyKind;
  @Field(() => String, { nullable: true, description: 'Class category of a session (group, individual, trial) or a goods category.' }) category: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "The session's day in the invoice's zone." }) serviceDate: string | null;
  @Field(() => Int, { nullable: true, description: 'Clients who attended the session.' }) attendees: number | null;
  @Field(() => BillingBasis, { nullable: true, description: 'Why a session is billed.' }) billingBasis: BillingBasis | null;
  appointmentId: string | null;
  locationStudioId: string | null;

  static from(e: InvoiceItemEntity): InvoiceItemType {
    return Object.assign(new InvoiceItemType(), {
      id: e.id,
      description: e.description,
      quantity: e.quantity,
      unitPrice: e.unitPrice,
      amount: e.amount,
      taxRate: e.taxRate,
      kind: e.kind === 'goods' ? SupplyKind.GOODS : SupplyKind.SERVICE,
      category: e.category,
      serviceDate: e.serviceDate,
      attendees: e.attendees,
      billingBasis: e.billingBasis as BillingBasis | null,
      appointmentId: e.appointmentId,
      locationStudioId: e.locationStudioId,
    });
  }
}
