import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { InvoicesArgs } from '../invoice/invoice.args.js';
import { invoicePage } from '../invoice/invoice.service.js';
import { InvoiceConnection, type InvoiceType } from '../invoice/invoice.type.js';
import { StudioRef } from './studio.type.js';

/** What finance adds to studios' `Studio`: the invoices addressed to it. */
@Resolver(() => StudioRef)
export class StudioInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'Invoices addressed to this studio that you may see, newest invoiceDate first. Errors: BAD_USER_INPUT (first, after).',
  })
  invoices(@Root() studio: StudioRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return invoicePage(ctx, 'studio', studio.id, args);
  }
}
