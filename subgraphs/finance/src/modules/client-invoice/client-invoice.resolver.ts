import type { Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { InvoicesArgs } from '../invoice/invoice.args.js';
import { InvoiceConnection, InvoiceType } from '../invoice/invoice.type.js';
import { CreateClientInvoiceInput } from './client-invoice.inputs.js';
import { clientInvoicePage, createClientInvoice } from './client-invoice.service.js';

/** `Mutation.createClientInvoice`. */
@Resolver()
export class ClientInvoiceResolver {
  @Mutation(() => InvoiceType, {
    description:
      'Drafts an invoice to one of your clients (a Trainer Admin: also the team’s): their completed sessions with their trainer at each session’s rate, and other lines (packages, goods). One place of supply per invoice: a studio session where the studio is, online or at the client’s location the client’s province. Issue it with issueInvoice. Errors: BAD_USER_INPUT (clientId, sessions[i], lines[i].…, notes), NOT_FOUND (not your client), FORBIDDEN (not a trainer), CONFLICT (a session already on a live invoice).',
  })
  createClientInvoice(@Arg('input', () => CreateClientInvoiceInput) input: CreateClientInvoiceInput, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return createClientInvoice(ctx, input);
  }
}

/** `Client.invoices`: the invoices billed to a client. */
@Resolver(() => ClientRef)
export class ClientInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description:
      'Invoices billed to this client that you may see, newest invoiceDate first: the client sees theirs once issued, their trainer (and Trainer Admin) drafts too. Errors: BAD_USER_INPUT (first, after).',
  })
  invoices(@Root() client: ClientRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return clientInvoicePage(ctx, client.id, args);
  }
}
