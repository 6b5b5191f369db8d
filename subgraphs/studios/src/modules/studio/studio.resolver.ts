import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { StudiosContext } from '../../context.js';
import { getStudio, listStudios } from './studio.service.js';
import { StudioType } from './studio.type.js';

@Resolver(() => StudioType)
export class StudioResolver {
  @Query(() => StudioType, { description: 'One studio. Errors: NOT_FOUND, BAD_USER_INPUT (malformed id).' })
  studio(@Arg('id', () => ID) id: string, @Ctx() ctx: StudiosContext): Promise<StudioType> {
    return getStudio(ctx, id);
  }

  @Query(() => [StudioType], { description: 'Every studio, by name.' })
  studios(@Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    return listStudios(ctx);
  }

  @FieldResolver(() => StudioType, { nullable: true, description: 'The chain headquarters this location belongs to.' })
  async parentStudio(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioType | null> {
    if (!studio.parentStudioId) return null;
    const parent = await ctx.loaders.studioById.load(studio.parentStudioId);
    return parent && StudioType.from(parent);
  }

  @FieldResolver(() => [StudioType], { description: 'Locations whose parent is this studio.' })
  async childStudios(@Root() studio: StudioType, @Ctx() ctx: StudiosContext): Promise<StudioType[]> {
    return (await ctx.loaders.childStudios.load(studio.id)).map(StudioType.from);
  }
}
