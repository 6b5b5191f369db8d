import { DecimalScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import type { InvoiceItemEntity } from './invoice-item.entity.js';

@ObjectType('InvoiceItem', { description: 'One line of an invoice, usually one delivered session.' })
export class InvoiceItemType {
  @Field(() => ID) id: string;
  @Field(() => String) description: string;
  @Field(() => DecimalScalar, { description: 'Units billed, e.g. "1" session or "1.5" hours.' }) quantity: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD per unit, before tax.' }) unitPrice: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD: quantity × unit price, rounded half-up to the cent.' }) amount: Decimal;
  @Field(() => DecimalScalar, { nullable: true, description: 'Sales-tax rate of the line as a fraction ("0.13"); "0" for a small supplier.' })
  taxRate: Decimal | null;
  appointmentId: string | null;

  static from(e: InvoiceItemEntity): InvoiceItemType {
    return Object.assign(new InvoiceItemType(), {
      id: e.id,
      description: e.description,
      quantity: e.quantity,
      unitPrice: e.unitPrice,
      amount: e.amount,
      taxRate: e.taxRate,
      appointmentId: e.appointmentId,
    });
  }
}
