import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { approvedBy, approveInvoice } from './invoice-approval.service.js';

/**
 * `Mutation.approveInvoice` and `Invoice.approvedBy`: the studio billed agrees it owes an invoice
 * (`Invoice.approvedAt` is the invoice module's, as the invoice's own column).
 */
@Resolver(() => InvoiceType)
export class InvoiceApprovalResolver {
  @Mutation(() => InvoiceType, {
    description:
      'The studio billed approves an invoice it received (approvedAt = now). For an admin of that studio or of a studio above it (a headquarters admin, for its locations). Errors: BAD_USER_INPUT (malformed id), NOT_FOUND (unknown, another studio’s, or a draft), FORBIDDEN (not a studio admin, or you issued it), CONFLICT (void, a credit note, or already approved).',
  })
  approveInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: FinanceContext): Promise<InvoiceType> {
    return approveInvoice(ctx, id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The user id of the studio admin who approved the invoice; null until approved.' })
  approvedBy(@Root() invoice: InvoiceType, @Ctx() ctx: FinanceContext): Promise<string | null> {
    return approvedBy(ctx, invoice);
  }
}
