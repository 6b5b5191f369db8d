import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { FinanceContext } from '../../context.js';
import { TrainerRef } from '../../extends/Trainer/trainer.type.js';
import { TaxRemittanceType } from './tax-remittance.type.js';

/** `Trainer.taxRemittances`: a trainer's sales-tax returns. */
@Resolver(() => TrainerRef)
export class TrainerTaxRemittancesResolver {
  @FieldResolver(() => [TaxRemittanceType], {
    description: "The trainer's GST/HST/PST/QST remittances, latest period first (only to the trainer and super admins).",
  })
  async taxRemittances(@Root() trainer: TrainerRef, @Ctx() ctx: FinanceContext): Promise<TaxRemittanceType[]> {
    return (await ctx.loaders.taxRemittancesOfTrainer.load(trainer.id)).map(TaxRemittanceType.from);
  }
}
