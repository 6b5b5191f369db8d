import { notFound, parseId } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioType } from './studio.type.js';

/**
 * One studio.
 * @throws NOT_FOUND when the id is unknown; BAD_USER_INPUT (field `id`) when it is not a UUID.
 */
export async function getStudio(ctx: StudiosContext, id: string): Promise<StudioType> {
  const entity = await ctx.loaders.studioById.load(parseId(id));
  if (!entity) throw notFound('Studio');
  return StudioType.from(entity);
}

/** Every studio, by name (primes the per-request studio loader). */
export async function listStudios(ctx: StudiosContext): Promise<StudioType[]> {
  const rows = await ctx.data.run((tx) => tx.studios.findAll());
  for (const row of rows) ctx.loaders.studioById.prime(row.id, row);
  return rows.map(StudioType.from);
}

/** The parent (headquarters) of a chain location, or null. */
export async function parentStudio(ctx: StudiosContext, studio: StudioType): Promise<StudioType | null> {
  if (!studio.parentStudioId) return null;
  const parent = await ctx.loaders.studioById.load(studio.parentStudioId);
  return parent && StudioType.from(parent);
}

/** The direct child locations of a studio, by name. */
export async function childStudios(ctx: StudiosContext, studioId: string): Promise<StudioType[]> {
  return (await ctx.loaders.childStudios.load(studioId)).map(StudioType.from);
}

/** The studio a contract is with (contracts always name an existing studio). */
export async function studioOfContract(ctx: StudiosContext, contract: { studioId: string }): Promise<StudioType> {
  return StudioType.from((await ctx.loaders.studioById.load(contract.studioId))!);
}

/**
 * The studios where a trainer has an active contract that the caller may see (the contract module's
 * scoped loader decides which), in contract order.
 */
export async function studiosOfTrainer(ctx: StudiosContext, trainerId: string): Promise<StudioType[]> {
  const contracts = (await ctx.loaders.contractsOfTrainer.load(trainerId)).filter((c) => c.status === 'active');
  const studios = await ctx.loaders.studioById.loadMany(contracts.map((c) => c.studioId));
  return studios.flatMap((s) => (s && !(s instanceof Error) ? [StudioType.from(s)] : []));
}
