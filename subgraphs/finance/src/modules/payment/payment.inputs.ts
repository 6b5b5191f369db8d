import { LocalDateScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { IsDefined, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PaymentMethod } from './payment.type.js';

/** A payment received outside Stripe (cheque, e-transfer, cash), recorded against an issued invoice. */
@InputType('RecordPaymentInput')
export class RecordPaymentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'invoiceId must be a UUID' })
  invoiceId: string;

  @Field(() => MoneyScalar, { description: 'CAD received, e.g. "250.00": more than zero, at most the balance due.' })
  @IsDefined()
  amount: Decimal;

  @Field(() => LocalDateScalar, { description: 'Local date the money was received (`YYYY-MM-DD`), not in the future.' })
  @IsDefined()
  paymentDate: string;

  @Field(() => PaymentMethod)
  @IsEnum(PaymentMethod)
  paymentMethod: PaymentMethod;

  @Field(() => String, { nullable: true, description: 'Cheque number or e-transfer reference.' })
  @IsOptional()
  @IsString()
  @MaxLength(255)
  referenceNumber?: string | null;
}
