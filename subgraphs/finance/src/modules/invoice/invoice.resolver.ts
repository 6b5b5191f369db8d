import type { Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { InvoicesArgs } from './invoice.args.js';
import { getInvoice, invoicePage, markInvoiceSent } from './invoice.service.js';
import { InvoiceConnection, InvoiceType } from './invoice.type.js';

/** `Query.invoice`, `Mutation.markInvoiceSent`, and the references of `Invoice` (trainer, studio, client). */
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceType, { description: 'One invoice you may see. Errors: NOT_FOUND (unknown or not yours), BAD_USER_INPUT (malformed id).' })
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return getInvoice(ctx, id);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Marks an issued invoice sent (sentAt = now). For the trainer, their Trainer Admin, or a super admin. Errors: NOT_FOUND (unknown or not your books), FORBIDDEN (you only receive this invoice), CONFLICT (a draft not issued yet, or already sent).',
  })
  markInvoiceSent(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return markInvoiceSent(ctx, id);
  }

  @FieldResolver(() => TrainerRef, { description: 'The trainer who issued the invoice.' })
  trainer(@Root() invoice: InvoiceType): TrainerRef {
    return TrainerRef.of(invoice.trainerId);
  }

  @FieldResolver(() => StudioRef, { nullable: true, description: 'The studio billed (studio invoices).' })
  studio(@Root() invoice: InvoiceType): StudioRef | null {
    return invoice.studioId ? StudioRef.of(invoice.studioId) : null;
  }

  @FieldResolver(() => ClientRef, { nullable: true, description: 'The client billed (client invoices).' })
  client(@Root() invoice: InvoiceType): ClientRef | null {
    return invoice.clientId ? ClientRef.of(invoice.clientId) : null;
  }
}

/** `Studio.invoices`: the invoices addressed to a studio. */
@Resolver(() => StudioRef)
export class StudioInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'Invoices addressed to this studio that you may see, newest invoiceDate first. Errors: BAD_USER_INPUT (first, after).',
  })
  invoices(@Root() studio: StudioRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return invoicePage(ctx, 'studio', studio.id, args);
  }
}

/** `Trainer.invoices`: the invoices a trainer issued. */
@Resolver(() => TrainerRef)
export class TrainerInvoicesResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'Invoices this trainer issued that you may see, newest invoiceDate first. Errors: BAD_USER_INPUT (first, after).',
  })
  invoices(@Root() trainer: TrainerRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return invoicePage(ctx, 'trainer', trainer.id, args);
  }
}
