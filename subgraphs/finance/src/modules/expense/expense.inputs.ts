import { LocalDateScalar, MoneyScalar, ProvinceCode, type Decimal } from '@fitflow/kit';
import { IsBoolean, IsDefined, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ExpenseCategory } from './expense.type.js';

/**
 * A business expense as the receipt shows it. The rules each amount must meet (expense.checks.ts,
 * docs/remittance.md) are checked before anything is written.
 */
@InputType('ExpenseInput')
export class ExpenseInput {
  @Field(() => LocalDateScalar, { description: "The receipt's day (`YYYY-MM-DD`), not in the future." })
  @IsDefined()
  expenseDate: string;

  @Field(() => String, { description: 'Who sold it, e.g. "Running Room" (1 to 255 characters).' })
  @IsString()
  vendor: string;

  @Field(() => String, { description: 'What it was, e.g. "Resistance bands for group classes" (1 to 1000 characters).' })
  @IsString()
  description: string;

  @Field(() => ExpenseCategory)
  @IsEnum(ExpenseCategory)
  category: ExpenseCategory;

  @Field(() => MoneyScalar, { description: 'CAD before sales taxes, e.g. "120.00": zero or more.' })
  @IsDefined()
  amountBeforeTax: Decimal;

  @Field(() => MoneyScalar, { nullable: true, description: 'GST or HST paid (default 0): at most 15 % of amountBeforeTax.' })
  @IsOptional()
  gstHstPaid?: Decimal | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'QST paid (default 0): only on a purchase in Québec, at most 9.975 % of amountBeforeTax.' })
  @IsOptional()
  qstPaid?: Decimal | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'PST or RST paid (default 0): only on a purchase in BC, SK or MB, at most 20 % of amountBeforeTax.',
  })
  @IsOptional()
  pstPaid?: Decimal | null;

  @Field(() => ProvinceCode, { description: 'Province or territory of the purchase (whose sales taxes it bore).' })
  @IsEnum(ProvinceCode)
  province: ProvinceCode;

  @Field(() => String, { nullable: true, description: "The receipt's or invoice's number (at most 255 characters)." })
  @IsOptional()
  @IsString()
  receiptReference?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Bought for your commercial activities, so its GST/HST (and QST) may be claimed back (default true).',
  })
  @IsOptional()
  @IsBoolean()
  itcEligible?: boolean | null;
}

/** An expense to record in a trainer's books. */
@InputType('RecordExpenseInput')
export class RecordExpenseInput extends ExpenseInput {
  @Field(() => ID, { nullable: true, description: 'Whose books: a trainer of your team, or any as super admin (default: yours).' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId?: string | null;
}
