import { LocalDateScalar, MoneyScalar, ProvinceCode, type Decimal, type Province } from '@fitflow/kit';
import { IsDefined, IsEnum, IsOptional, IsString, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SupplyKindCode } from './tax.type.js';

/*
 * Shapes only: the rules (registration numbers, amounts, at most 500 lines…) are the engine's
 * (tax.engine.ts), which names the field at fault as `input.…`. The class-validator decorators keep
 * each field through type-graphql's whitelist.
 */

@InputType('PstRegistrationInput', { description: "A supplier's provincial sales tax registration in one province (BC, SK: PST; MB: RST)." })
export class PstRegistrationInput {
  @Field(() => ProvinceCode)
  @IsEnum(ProvinceCode)
  province: Province;

  @Field(() => String, { description: 'The registration number, e.g. "PST-1234-5678" (BC); 1 to 30 characters.' })
  @IsString()
  number: string;
}

@InputType('TaxSupplierInput', { description: "The supplier's sales-tax registrations." })
export class TaxSupplierInput {
  @Field(() => String, {
    nullable: true,
    description:
      'GST/HST number: the 9-digit business number (with its check digit), RT and a 4-digit reference, e.g. "123456782 RT0001". Null: an unregistered small supplier, who charges no GST/HST/QST.',
  })
  @IsOptional()
  @IsString()
  gstHstNumber?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'QST number: 10 digits, TQ and a 4-digit reference, e.g. "1234567890 TQ0001". Null: not registered for QST.',
  })
  @IsOptional()
  @IsString()
  qstNumber?: string | null;

  @Field(() => [PstRegistrationInput], { nullable: true, description: 'PST/RST registrations, at most one per province.' })
  @IsOptional()
  @ValidateNested({ each: true })
  pstNumbers?: PstRegistrationInput[] | null;
}

@InputType('TaxableLineInput', { description: 'One line of the supply.' })
export class TaxableLineInput {
  @Field(() => MoneyScalar, { description: 'CAD, at least "0.00", in whole cents.' })
  @IsDefined()
  amount: Decimal;

  @Field(() => SupplyKindCode)
  @IsEnum(SupplyKindCode)
  kind: SupplyKindCode;

  @Field(() => String, {
    nullable: true,
    description:
      'Class category ("group", "individual", "trial") or a goods category ("apparel"); decides provincial sales tax in BC, SK and MB. Up to 50 characters.',
  })
  @IsOptional()
  @IsString()
  category?: string | null;
}

@InputType('TaxQuoteInput', { description: 'A supply to quote taxes for: who supplies, where, when, and the lines.' })
export class TaxQuoteInput {
  @Field(() => TaxSupplierInput)
  @ValidateNested()
  supplier: TaxSupplierInput;

  @Field(() => ProvinceCode, {
    description:
      "Where the supply is made: a studio invoice, the studio's province; a client's in-person session, where it is performed; an online session, the client's province.",
  })
  @IsEnum(ProvinceCode)
  placeOfSupply: Province;

  @Field(() => LocalDateScalar, { description: 'The tax point: the invoice date (`YYYY-MM-DD`). The rates in force that day apply.' })
  @IsDefined()
  date: string;

  @Field(() => [TaxableLineInput], { description: 'At most 500 lines.' })
  @ValidateNested({ each: true })
  lines: TaxableLineInput[];
}
