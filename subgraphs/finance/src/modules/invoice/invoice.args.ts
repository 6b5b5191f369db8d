import { PageArgs } from '@fitflow/kit';
import { IsEnum, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { InvoiceStatus } from './invoice.type.js';

/** Arguments of `Studio.invoices` and `Trainer.invoices`: a page, newest invoice first, optionally one status. */
@ArgsType()
export class InvoicesArgs extends PageArgs {
  @Field(() => InvoiceStatus, { nullable: true, description: 'Only invoices in this status.' })
  @IsOptional()
  @IsEnum(InvoiceStatus)
  status?: InvoiceStatus | null;
}
