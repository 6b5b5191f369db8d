import { LocalDateScalar } from '@fitflow/kit';
import { IsDefined, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';
import { SalesTaxReturnKind } from './tax-remittance.type.js';

/** Arguments of `Query.taxReturn`: a reporting period and whose books. */
@ArgsType()
export class TaxReturnArgs {
  @Field(() => LocalDateScalar, { description: 'First day of the reporting period (inclusive).' })
  @IsDefined()
  periodStart: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the reporting period (inclusive): not before periodStart, at most 366 days on.' })
  @IsDefined()
  periodEnd: string;

  @Field(() => ID, { nullable: true, description: 'Whose books: a trainer of your team, or any as super admin (default: yours).' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId?: string | null;
}

/** Arguments of `Mutation.saveTaxReturn`: a worksheet's period, and which of its returns to save. */
@ArgsType()
export class SaveTaxReturnArgs extends TaxReturnArgs {
  @Field(() => [SalesTaxReturnKind], {
    nullable: true,
    description: 'Only these returns (e.g. [BC_PST] for a monthly PST filer); default: every return of the worksheet.',
  })
  @IsOptional()
  @IsEnum(SalesTaxReturnKind, { each: true })
  returns?: SalesTaxReturnKind[] | null;
}

/** Arguments of `Mutation.markTaxReturnFiled`. */
@ArgsType()
export class MarkTaxReturnFiledArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => String, { description: 'The confirmation number the tax authority gave (1 to 255 characters).' })
  @IsString()
  reference: string;

  @Field(() => LocalDateScalar, { description: 'The day it was filed: after the period ended, not in the future.' })
  @IsDefined()
  filedOn: string;
}

/** Arguments of `Mutation.markTaxReturnPaid`. */
@ArgsType()
export class MarkTaxReturnPaidArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a UUID' })
  id: string;

  @Field(() => LocalDateScalar, { description: 'The day the net tax was paid: after the period ended, not in the future.' })
  @IsDefined()
  paidOn: string;
}
