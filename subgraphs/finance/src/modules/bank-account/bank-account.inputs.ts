import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { BankAccountKind } from './bank-account.type.js';

const NOT_BLANK = /\S/;

/**
 * A Canadian bank account to be paid into. Number formats are Payments Canada's: a 3-digit
 * financial institution number, a 5-digit branch transit number, and an account number of 7 to 12
 * digits. The numbers are sealed on arrival and never returned; only their last four digits are.
 */
@InputType('AddBankAccountInput')
export class AddBankAccountInput {
  @Field(() => ID, { nullable: true, description: 'Whose account: your own trainer id (default: yours when you have one).' })
  @IsOptional()
  @IsUUID('all', { message: 'trainerId must be a UUID' })
  trainerId?: string | null;

  @Field(() => String, { description: 'Name on the account, e.g. "Maya Chen Fitness Inc."' })
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK, { message: 'accountName must not be blank' })
  accountName: string;

  @Field(() => String, { description: 'e.g. "RBC Royal Bank".' })
  @IsString()
  @Length(1, 255)
  @Matches(NOT_BLANK, { message: 'bankName must not be blank' })
  bankName: string;

  @Field(() => String, { description: '3-digit financial institution number, e.g. "003".' })
  @Matches(/^\d{3}$/, { message: 'institutionNumber must be the 3-digit financial institution number, e.g. 003' })
  institutionNumber: string;

  @Field(() => String, { description: '5-digit branch transit number, e.g. "01234".' })
  @Matches(/^\d{5}$/, { message: 'transitNumber must be the 5-digit branch transit number, e.g. 01234' })
  transitNumber: string;

  @Field(() => String, { description: '7 to 12 digits, without spaces or dashes.' })
  @Matches(/^\d{7,12}$/, { message: 'accountNumber must be 7 to 12 digits, without spaces or dashes' })
  accountNumber: string;

  @Field(() => BankAccountKind, { nullable: true })
  @IsOptional()
  @IsEnum(BankAccountKind)
  accountType?: BankAccountKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Pay into this account from now on (default: true when it is your first active account).' })
  @IsOptional()
  @IsBoolean()
  makePrimary?: boolean | null;
}
