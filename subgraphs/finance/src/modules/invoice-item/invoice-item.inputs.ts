import { DecimalScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { IsDefined, IsEnum, IsOptional, IsString } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SupplyKindCode as SupplyKind } from '../tax/tax.type.js';

/** A line added by hand to a draft (a session is added by generateStudioInvoices). */
@InputType('InvoiceLineInput')
export class InvoiceLineInput {
  @Field(() => String, { description: 'What is billed (1 to 500 characters), e.g. "Mat rental, November".' })
  @IsString()
  description: string;

  @Field(() => DecimalScalar, { description: 'Units billed, more than zero, at most two decimals, e.g. "1" or "1.5".' })
  @IsDefined()
  quantity: Decimal;

  @Field(() => MoneyScalar, { description: 'CAD per unit before tax, zero or more.' })
  @IsDefined()
  unitPrice: Decimal;

  @Field(() => SupplyKind, { description: 'A service or goods: decides which taxes apply.' })
  @IsEnum(SupplyKind)
  kind: SupplyKind;

  @Field(() => String, { nullable: true, description: 'Class category (group, individual, trial) or goods category (at most 50 characters).' })
  @IsOptional()
  @IsString()
  category?: string | null;
}
