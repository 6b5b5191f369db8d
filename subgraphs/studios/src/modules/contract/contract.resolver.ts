import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { StudioType } from '../studio/studio.type.js';
import { TrainerType } from '../trainer/trainer.type.js';
import { SetContractRatesInput } from './contract.inputs.js';
import { classRatesOf, contractsOfStudio, contractsOfTrainer, ratePeriodsOf, setContractRates } from './contract.service.js';
import { ClassRateType, ContractRatePeriodType, StudioContractType } from './contract.type.js';

@Resolver(() => StudioContractType)
export class ContractResolver {
  @Mutation(() => StudioContractType, {
    description:
      "Sets the terms of a trainer's contract with a studio from a day on (effectiveFrom; today in the studio's zone by default): per-session class rates (CAD, replacing the period's), an optional per-attendee bonus, whether no-shows and late cancellations are billed; optionally the commission. Earlier rate periods are kept. Audited. For a studio admin of the studio or a studio above it, the trainer admin above the trainer, or a super admin. Errors: BAD_USER_INPUT naming the field (effectiveFrom outside the contract included), FORBIDDEN, NOT_FOUND.",
  })
  setContractRates(@Arg('input', () => SetContractRatesInput) input: SetContractRatesInput, @Ctx() ctx: StudiosContext): Promise<StudioContractType> {
    return setContractRates(ctx, input);
  }

  @FieldResolver(() => [ClassRateType], {
    description: "The per-session rates in force today in the studio's time zone (before the contract starts: its first rates), by category.",
  })
  classRates(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<ClassRateType[]> {
    return classRatesOf(ctx, contract);
  }

  @FieldResolver(() => [ContractRatePeriodType], {
    description: "The contract's rate periods, newest first: each one's terms apply from its effectiveFrom until the next one's.",
  })
  ratePeriods(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<ContractRatePeriodType[]> {
    return ratePeriodsOf(ctx, contract);
  }
}

@Resolver(() => StudioType)
export class StudioContractsResolver {
  @FieldResolver(() => [StudioContractType], {
    description:
      "Trainers under contract at this studio, active first: only the contracts the caller may see (the trainer's own, their trainer admin's, the studio's or a parent studio's admins', super admins).",
  })
  contracts(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioContractType[]> {
    return contractsOfStudio(ctx, studio.id);
  }
}

@Resolver(() => TrainerType)
export class TrainerContractsResolver {
  @FieldResolver(() => [StudioContractType], {
    description:
      "Contracts with studios, active first: only those the caller may see (the trainer's own, their trainer admin's, the studio's or a parent studio's admins', super admins).",
  })
  contracts(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<StudioContractType[]> {
    return contractsOfTrainer(ctx, trainer.id);
  }
}
