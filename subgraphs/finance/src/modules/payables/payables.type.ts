import { LocalDateScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { Field, Int, ObjectType } from 'type-graphql';

/** What is owed, by age of the invoices as of the payables' day (the accounts-payable convention). */
@ObjectType('PayablesAgeing', {
  description:
    'CAD owed, by the age of each invoice on the payables’ asOf day, counted in days from its invoice date: 0–30, 31–60, 61–90, more than 90. See docs/receivables.md.',
})
export class PayablesAgeingType {
  @Field(() => MoneyScalar, { description: 'Invoices 0 to 30 days old.' }) days0To30: Decimal;
  @Field(() => MoneyScalar, { description: 'Invoices 31 to 60 days old.' }) days31To60: Decimal;
  @Field(() => MoneyScalar, { description: 'Invoices 61 to 90 days old.' }) days61To90: Decimal;
  @Field(() => MoneyScalar, { description: 'Invoices more than 90 days old.' }) over90: Decimal;
}

@ObjectType('MonthlyPayable', { description: 'CAD owed on the invoices of one month (by invoice date).' })
export class MonthlyPayableType {
  @Field(() => String, { description: 'The invoices’ month, `YYYY-MM`.' }) month: string;
  @Field(() => MoneyScalar, { description: 'CAD still owed on that month’s invoices.' }) balance: Decimal;
}

@ObjectType('PayableInvoice', { description: 'One invoice the studio still owes something on.' })
export class PayableInvoiceType {
  @Field(() => Int, { description: 'Whole days from the invoice date to asOf.' }) ageDays: number;
  @Field(() => MoneyScalar, { description: 'CAD owed on it as of asOf: total − payments − credit notes dated up to that day.' })
  balanceDue: Decimal;
  invoiceId: string;
}

@ObjectType('TrainerPayables', { description: 'What a studio owes one trainer.' })
export class TrainerPayablesType {
  @Field(() => MoneyScalar, { description: 'CAD owed to the trainer.' }) total: Decimal;
  @Field(() => PayablesAgeingType) ageing: PayablesAgeingType;
  @Field(() => [MonthlyPayableType], { description: 'Owed by invoice month, oldest first.' }) months: MonthlyPayableType[];
  @Field(() => [PayableInvoiceType], { description: 'The invoices owing something, oldest first.' }) invoices: PayableInvoiceType[];
  trainerId: string;
}

@ObjectType('StudioPayables', {
  description:
    'What a studio (a headquarters: with every location below it) owes its trainers on the invoices it received, as of a day: issued, not void, with a balance due after payments and credit notes. Money is CAD. See docs/receivables.md.',
})
export class StudioPayablesType {
  @Field(() => LocalDateScalar, { description: 'The day the payables are as of, in the studio’s zone.' }) asOf: string;
  @Field(() => String, { description: 'ISO 4217 currency of every amount: always "CAD".' }) currency: string;
  @Field(() => MoneyScalar, { description: 'CAD owed in all.' }) total: Decimal;
  @Field(() => PayablesAgeingType) ageing: PayablesAgeingType;
  @Field(() => [MonthlyPayableType], { description: 'Owed by invoice month, oldest first.' }) months: MonthlyPayableType[];
  @Field(() => [TrainerPayablesType], { description: 'One row per trainer owed, most owed first (ties by trainer id).' }) trainers: TrainerPayablesType[];
}
