import type { Connection } from '@fitflow/kit';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { BankAccountType } from '../bank-account/bank-account.type.js';
import { InvoicesArgs } from '../invoice/invoice.args.js';
import { invoicePage } from '../invoice/invoice.service.js';
import { InvoiceConnection, type InvoiceType } from '../invoice/invoice.type.js';
import { TaxRemittanceType } from '../tax-remittance/tax-remittance.type.js';
import { bankAccountsOf, taxRemittancesOf } from './trainer.service.js';
import { TrainerRef } from './trainer.type.js';

/** What finance adds to studios' `Trainer`: their invoices, bank accounts and tax remittances. */
@Resolver(() => TrainerRef)
export class TrainerFinanceResolver {
  @FieldResolver(() => InvoiceConnection, {
    description: 'Invoices this trainer issued that you may see, newest invoiceDate first. Errors: BAD_USER_INPUT (first, after).',
  })
  invoices(@Root() trainer: TrainerRef, @Args(() => InvoicesArgs) args: InvoicesArgs, @Ctx() ctx: FinanceContext): Promise<Connection<InvoiceType>> {
    return invoicePage(ctx, 'trainer', trainer.id, args);
  }

  @FieldResolver(() => [BankAccountType], { description: "The trainer's active bank accounts, primary first (only to the trainer and super admins)." })
  bankAccounts(@Root() trainer: TrainerRef, @Ctx() ctx: FinanceContext): Promise<BankAccountType[]> {
    return bankAccountsOf(ctx, trainer.id);
  }

  @FieldResolver(() => [TaxRemittanceType], { description: "The trainer's GST/HST/PST/QST remittances, latest period first (only to the trainer and super admins)." })
  taxRemittances(@Root() trainer: TrainerRef, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType[]> {
    return taxRemittancesOf(ctx, trainer.id);
  }
}
