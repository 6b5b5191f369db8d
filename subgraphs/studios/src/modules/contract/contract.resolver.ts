import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { StudioType } from '../studio/studio.type.js';
import { TrainerType } from '../trainer/trainer.type.js';
import { SetContractRatesInput } from './contract.inputs.js';
import { contractsOfStudio, contractsOfTrainer, setContractRates } from './contract.service.js';
import { StudioContractType } from './contract.type.js';

@Resolver(() => StudioContractType)
export class ContractResolver {
  @Mutation(() => StudioContractType, {
    description:
      "Sets the per-session class rates (CAD, replacing the current ones) and optionally the commission of a trainer's contract with a studio; audited. For a studio admin of the studio or a studio above it, the trainer admin above the trainer, or a super admin. Errors: BAD_USER_INPUT naming the field, FORBIDDEN, NOT_FOUND.",
  })
  setContractRates(@Arg('input', () => SetContractRatesInput) input: SetContractRatesInput, @Ctx() ctx: StudiosContext): Promise<StudioContractType> {
    return setContractRates(ctx, input);
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
