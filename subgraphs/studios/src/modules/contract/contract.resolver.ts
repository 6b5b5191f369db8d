import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { StudioType } from '../studio/studio.type.js';
import { TrainerType } from '../trainer/trainer.type.js';
import { StudioContractType } from './contract.type.js';

@Resolver(() => StudioContractType)
export class ContractResolver {
  @FieldResolver(() => TrainerType)
  async trainer(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<TrainerType> {
    return TrainerType.from((await ctx.loaders.trainerById.load(contract.trainerId))!);
  }

  @FieldResolver(() => StudioType)
  async studio(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<StudioType> {
    return StudioType.from((await ctx.loaders.studioById.load(contract.studioId))!);
  }
}

@Resolver(() => StudioType)
export class StudioContractsResolver {
  @FieldResolver(() => [StudioContractType], { description: 'Trainers under contract at this studio, active first.' })
  async contracts(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioContractType[]> {
    return (await ctx.loaders.contractsOfStudio.load(studio.id)).map(StudioContractType.from);
  }
}
