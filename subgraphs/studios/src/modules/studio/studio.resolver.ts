import { RequiresScopes } from '@fitflow/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { StudioContractType } from '../contract/contract.type.js';
import { TrainerType } from '../trainer/trainer.type.js';
import { childStudios, getStudio, listStudios, parentStudio, studioOfContract, studiosOfTrainer } from './studio.service.js';
import { StudioType } from './studio.type.js';

@Resolver(() => StudioType)
export class StudioResolver {
  @Query(() => StudioType, { description: 'One studio. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  @RequiresScopes('schedule:read', 'invoices:read')
  studio(@Arg('id', () => ID) id: string, @Ctx() ctx: StudiosContext): Promise<StudioType> {
    return getStudio(ctx, id);
  }

  @Query(() => [StudioType], { description: 'Every studio, by name.' })
  @RequiresScopes('schedule:read')
  studios(@Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    return listStudios(ctx);
  }

  @FieldResolver(() => StudioType, { nullable: true, description: 'The chain headquarters this location belongs to.' })
  @RequiresScopes('schedule:read')
  parentStudio(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioType | null> {
    return parentStudio(ctx, studio);
  }

  @FieldResolver(() => [StudioType], { description: 'Locations whose parent is this studio.' })
  @RequiresScopes('schedule:read')
  childStudios(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    return childStudios(ctx, studio.id);
  }
}

@Resolver(() => TrainerType)
export class TrainerStudioResolver {
  @FieldResolver(() => [StudioType], { description: 'Studios where this trainer has an active contract that the caller may see (see contracts).' })
  studios(@Root() trainer: TrainerType, @Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    return studiosOfTrainer(ctx, trainer.id);
  }
}

@Resolver(() => StudioContractType)
export class StudioContractStudioResolver {
  @FieldResolver(() => StudioType)
  studio(@Root() contract: StudioContractType, @Ctx() ctx: StudiosContext): Promise<StudioType> {
    return studioOfContract(ctx, contract);
  }
}
