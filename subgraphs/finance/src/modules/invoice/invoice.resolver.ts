import { RequiresScopes, type Connection } from '@fitflow/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { ClientRef } from '../../extends/Client/client.type.js';
import { StudioRef } from '../../extends/Studio/studio.type.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { InvoicesArgs } from './invoice.args.js';
import { CreditNoteInput, UpdateInvoiceDraftInput } from './invoice.inputs.js';
import { createCreditNote, deleteDraftInvoice, issueInvoice, updateInvoiceDraft, voidInvoice } from './invoice.lifecycle.js';
import { creditedInvoiceOf, creditNotesOf, getInvoice, invoicePage, markInvoiceSent, statusOf } from './invoice.service.js';
import { InvoiceConnection, InvoiceStatus, InvoiceType } from './invoice.type.js';

/** `Query.invoice`, `Mutation.markInvoiceSent`, and the references of `Invoice` (trainer, studio, client). */
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoiceType, { description: 'One invoice you may see. Errors: NOT_FOUND (unknown or not yours), BAD_USER_INPUT (malformed id).' })
  @RequiresScopes('invoices:read')
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

  @FieldResolver(() => InvoiceStatus)
  status(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceStatus> {
    return statusOf(ctx, invoice);
  }

  @FieldResolver(() => InvoiceType, { nullable: true, description: 'The invoice a credit note credits; null for an invoice.' })
  creditedInvoice(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceType | null> {
    return creditedInvoiceOf(ctx, invoice);
  }

  @FieldResolver(() => [InvoiceType], {
    description: "The credit notes issued against this invoice, oldest first (void ones included: see each one's status).",
  })
  creditNotes(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<InvoiceType[]> {
    return creditNotesOf(ctx, invoice);
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
  @RequiresScopes('invoices:read')
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
  @RequiresScopes('invoices:read')
  invoices(@Root() trainer: TrainerRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return invoicePage(ctx, 'trainer', trainer.id, args);
  }
}

/** The lifecycle of an invoice after generation: `updateInvoiceDraft`, `issueInvoice`, `voidInvoice`, `deleteDraftInvoice`, `createCreditNote`. */
@Resolver()
export class InvoiceLifecycleResolver {
  @Mutation(() => InvoiceType, {
    description:
      "Changes a draft's notes or due date and re-quotes it at today's rates. For the trainer, their Trainer Admin or a super admin. Errors: BAD_USER_INPUT (notes over 2000 characters, dueDate before today, invoiceId when the invoice is issued or void), NOT_FOUND, FORBIDDEN (you only receive this invoice).",
  })
  updateInvoiceDraft(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('input', () => UpdateInvoiceDraftInput) input: UpdateInvoiceDraftInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<InvoiceType> {
    return updateInvoiceDraft(ctx, invoiceId, input);
  }

  @Mutation(() => InvoiceType, {
    description:
      "Issues a draft: the next number of the trainer's gap-free yearly sequence (e.g. MC-2026-0007), dated today in its zone (the tax point), taxes computed for its place of supply, supplier and recipient recorded as they are today; from then on it cannot change. For the trainer, their Trainer Admin or a super admin. Errors: NOT_FOUND, FORBIDDEN (you only receive this invoice), CONFLICT (already issued or void, no lines).",
  })
  issueInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return issueInvoice(ctx, id);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Voids an issued invoice that has received no payment: it keeps its number, and its sessions can be billed again. For the trainer, their Trainer Admin or a super admin. Errors: BAD_USER_INPUT (reason), NOT_FOUND, FORBIDDEN, CONFLICT (a draft — delete it —, already void, paid, payments recorded, credit notes issued — credit it instead).',
  })
  voidInvoice(@Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return voidInvoice(ctx, id, reason);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a draft and its lines (an issued invoice is never deleted); its sessions can be generated again. Returns the id deleted. For the trainer, their Trainer Admin or a super admin. Errors: NOT_FOUND, FORBIDDEN, CONFLICT (not a draft).',
  })
  deleteDraftInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<string> {
    return deleteDraftInvoice(ctx, id);
  }

  @Mutation(() => InvoiceType, {
    description:
      "Credits an issued invoice: an issued credit note with its own number, whose lines bear the taxes of the invoice's supply (same place of supply and tax point); its total with tax is at most what is left un-credited. For the trainer, their Trainer Admin or a super admin. Errors: BAD_USER_INPUT (lines, lines[i].description, lines[i].amount, reason), NOT_FOUND, FORBIDDEN, CONFLICT (a draft, a void invoice, a credit note).",
  })
  createCreditNote(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('input', () => CreditNoteInput) input: CreditNoteInput,
    @Ctx() ctx: FinanceContext,
  ): Promise<InvoiceType> {
    return createCreditNote(ctx, invoiceId, input);
  }
}
