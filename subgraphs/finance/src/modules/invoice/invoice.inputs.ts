import { LocalDateScalar, MoneyScalar, type Decimal } from '@fitflow/kit';
import { IsArray, IsDefined, IsEnum, IsOptional, IsString } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { SupplyKindCode as SupplyKind } from '../tax/tax.type.js';

/** A draft's own fields: notes and due date (its lines change with addInvoiceLine / removeInvoiceLine). */
@InputType('UpdateInvoiceDraftInput')
export class UpdateInvoiceDraftInput {
  @Field(() => String, { nullable: true, description: 'Notes printed on the invoice (at most 2000 characters); null or "" clears them; absent keeps them.' })
  @IsOptional()
  @IsString()
  notes?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: "Due date, on or after today in the invoice's zone; absent keeps the payment term (the days from the invoice date to the due date).",
  })
  @IsOptional()
  dueDate?: string | null;
}

/** One line of a credit note: what is credited, before tax. */
@InputType('CreditNoteLineInput')
export class CreditNoteLineInput {
  @Field(() => String, { description: 'What is credited, e.g. "Small-group strength — Tue 3 Nov 2026 18:00 (billed twice)".' })
  @IsString()
  description: string;

  @Field(() => MoneyScalar, { description: 'CAD before tax, more than zero.' })
  @IsDefined()
  amount: Decimal;

  @Field(() => SupplyKind, { description: 'A service or goods: decides which taxes apply, as on the invoice.' })
  @IsEnum(SupplyKind)
  kind: SupplyKind;

  @Field(() => String, { nullable: true, description: 'Class category (group, individual, trial) or goods category, as on the invoice.' })
  @IsOptional()
  @IsString()
  category?: string | null;
}

/** A credit note against an issued invoice. */
@InputType('CreditNoteInput')
export class CreditNoteInput {
  @Field(() => [CreditNoteLineInput], { description: 'One to 100 lines; with tax, at most what is left un-credited on the invoice.' })
  @IsArray()
  lines: CreditNoteLineInput[];

  @Field(() => String, { description: 'Why the invoice is credited (printed on the credit note).' })
  @IsString()
  reason: string;
}
