import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { AppointmentRef } from '../../extends/Appointment/appointment.type.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { InvoiceLineInput } from './invoice-item.inputs.js';
import { addInvoiceLine, removeInvoiceLine } from './invoice-item.service.js';
import { InvoiceItemType } from './invoice-item.type.js';

/** `InvoiceItem.appointment` and `InvoiceItem.location`: references other subgraphs resolve. */
@Resolver(() => InvoiceItemType)
export class InvoiceItemResolver {
  @FieldResolver(() => AppointmentRef, { nullable: true, description: 'The session billed, when the line is one.' })
  appointment(@Root() item: InvoiceItemType): AppointmentRef | null {
    return item.appointmentId ? AppointmentRef.of(item.appointmentId) : null;
  }

  @FieldResolver(() => StudioRef, {
    nullable: true,
    description: "Where the session took place: on a headquarters' consolidated invoice, which of its studios (lines are grouped by it).",
  })
  location(@Root() item: InvoiceItemType): StudioRef | null {
    return item.locationStudioId ? StudioRef.of(item.locationStudioId) : null;
  }
}

/** `Invoice.items`: the lines of an invoice. */
@Resolver(() => InvoiceType)
export class InvoiceItemsResolver {
  @FieldResolver(() => [InvoiceItemType], { description: 'Lines of the invoice, in print order (grouped by location on a consolidated invoice).' })
  async items(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceItemType[]> {
    return (await ctx.loaders.itemsOfInvoice.load(invoice.id)).map(InvoiceItemType.from);
  }
}

/** `Mutation.addInvoiceLine`, `Mutation.removeInvoiceLine`: editing a draft's lines. */
@Resolver()
export class InvoiceLineMutations {
  @Mutation(() => InvoiceType, {
    description:
      "Adds a line to a draft and re-quotes it at today's rates. For the trainer, their Trainer Admin or a super admin. Errors: BAD_USER_INPUT (description, quantity, unitPrice, category; invoiceId when the invoice is issued or void), NOT_FOUND, FORBIDDEN (you only receive this invoice).",
  })
  addInvoiceLine(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('line', () => InvoiceLineInput) line: InvoiceLineInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<InvoiceType> {
    return addInvoiceLine(ctx, invoiceId, line);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Removes a line from a draft and re-quotes it; a session removed can be generated again. For the trainer, their Trainer Admin or a super admin. Errors: BAD_USER_INPUT (malformed ids; invoiceId when the invoice is issued or void), NOT_FOUND (invoice or line), FORBIDDEN.',
  })
  removeInvoiceLine(@Arg('invoiceId', () => ID) invoiceId: string, @Arg('lineId', () => ID) lineId: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return removeInvoiceLine(ctx, invoiceId, lineId);
  }
}
