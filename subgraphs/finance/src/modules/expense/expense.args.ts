import { LocalDateScalar, PageArgs } from '@fitflow/kit';
import { IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';

/** Arguments of `Trainer.expenses`: a page, newest expenseDate first, optionally between two days. */
@ArgsType()
export class ExpensesArgs extends PageArgs {
  @Field(() => LocalDateScalar, { nullable: true, description: 'Only expenses on or after this day.' })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only expenses on or before this day.' })
  @IsOptional()
  to?: string | null;
}
