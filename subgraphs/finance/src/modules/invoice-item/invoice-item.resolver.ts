import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { AppointmentRef } from '../../extends/Appointment/appointment.type.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { InvoiceItemType } from './invoice-item.type.js';

/** `InvoiceItem.appointment`: a reference scheduling resolves. */
@Resolver(() => InvoiceItemType)
export class InvoiceItemResolver {
  @FieldResolver(() => AppointmentRef, { nullable: true, description: 'The session billed, when the line is one.' })
  appointment(@Root() item: InvoiceItemType): AppointmentRef | null {
    return item.appointmentId ? AppointmentRef.of(item.appointmentId) : null;
  }
}

/** `Invoice.items`: the lines of an invoice. */
@Resolver(() => InvoiceType)
export class InvoiceItemsResolver {
  @FieldResolver(() => [InvoiceItemType], { description: 'Lines of the invoice, in print order.' })
  async items(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceItemType[]> {
    return (await ctx.loaders.itemsOfInvoice.load(invoice.id)).map(InvoiceItemType.from);
  }
}
