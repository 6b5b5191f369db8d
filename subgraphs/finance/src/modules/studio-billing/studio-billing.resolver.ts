import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { GenerateStudioInvoicesArgs } from './studio-billing.args.js';
import { generateStudioInvoices } from './studio-billing.service.js';
import { GenerateStudioInvoicesResultType } from './studio-billing.type.js';

/** `Mutation.generateStudioInvoices`: month-end for studios. */
@Resolver()
export class StudioBillingResolver {
  @Mutation(() => GenerateStudioInvoicesResultType, {
    description:
      "Turns the sessions taught in the period into draft invoices: one per trainer and studio billed (a consolidated chain's headquarters for its whole chain), one line per session at the contract's rate in force on its day plus the attendee bonus. Generating again adds only sessions not yet invoiced. For a Trainer (own sessions), a Trainer Admin (also the team's) or a super admin (naming trainerId). Errors: BAD_USER_INPUT (periodEnd before periodStart or more than 92 days after it, malformed dates or trainerId, no trainerId for a super admin), NOT_FOUND (trainerId not yours), FORBIDDEN (studio admins, clients).",
  })
  generateStudioInvoices(
    @Args(() => GenerateStudioInvoicesArgs) args: GenerateStudioInvoicesArgs,
    @Ctx() ctx: FinanceContext,
  ): Promise<GenerateStudioInvoicesResultType> {
    return generateStudioInvoices(ctx, args).then((outcome) => {
      for (const invoice of outcome.invoices) ctx.loaders.invoiceById.clear(invoice.id).prime(invoice.id, invoice);
      return GenerateStudioInvoicesResultType.from(outcome);
    });
  }
}
