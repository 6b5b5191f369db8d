import { LocalDateScalar, MoneyScalar, RequiresScopes, type Decimal } from '@fitflow/kit';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { PaymentEntity } from './payment.entity.js';

export enum PaymentMethod {
  CHEQUE = 'cheque',
  E_TRANSFER = 'e-transfer',
  CASH = 'cash',
  CREDIT = 'credit',
}
registerEnumType(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How money was paid. recordPayment takes CHEQUE, E_TRANSFER and CASH; CREDIT (card) payments are not recorded by hand.',
});

export enum PaymentStatus {
  COMPLETED = 'completed',
  PENDING = 'pending',
  FAILED = 'failed',
}
registerEnumType(PaymentStatus, { name: 'PaymentStatus', description: 'Only COMPLETED payments count towards an invoice.' });

export enum PaymentParty {
  SUPPLIER = 'supplier',
  RECIPIENT = 'recipient',
}
registerEnumType(PaymentParty, {
  name: 'PaymentParty',
  description:
    'Who recorded a payment: SUPPLIER (the trainer paid, their Trainer Admin or a super admin: money received) or RECIPIENT (an admin of the studio billed: money sent).',
});

@ObjectType('Payment', { description: 'Money received against an invoice.' })
@RequiresScopes('invoices:read')
export class PaymentType {
  @Field(() => ID) id: string;
  @Field(() => MoneyScalar, { description: 'CAD received.' }) amount: Decimal;
  @Field(() => LocalDateScalar) paymentDate: string;
  @Field(() => PaymentMethod) paymentMethod: PaymentMethod;
  @Field(() => String, { nullable: true, description: 'Cheque number or e-transfer reference.' }) referenceNumber: string | null;
  @Field(() => PaymentStatus) status: PaymentStatus;
  @Field(() => PaymentParty, { description: 'Which side recorded the payment: the trainer (SUPPLIER) or the studio billed (RECIPIENT).' })
  recordedByParty: PaymentParty;

  static from(e: PaymentEntity): PaymentType {
    return Object.assign(new PaymentType(), {
      id: e.id,
      amount: e.amount,
      paymentDate: e.paymentDate,
      paymentMethod: e.paymentMethod as PaymentMethod,
      referenceNumber: e.referenceNumber,
      status: e.status as PaymentStatus,
      recordedByParty: e.recordedByParty as PaymentParty,
    });
  }
}
