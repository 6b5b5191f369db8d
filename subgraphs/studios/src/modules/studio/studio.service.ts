import { notFound, parseId } from '@fitflow/kit';
import type { StudiosContext } from '../../context.js';
import { StudioRepository } from './studio.repository.js';
import { StudioType } from './studio.type.js';

/**
 * Reads studios.
 * @throws NOT_FOUND when the id is unknown; BAD_USER_INPUT when it is not a UUID.
 */
export async function getStudio(ctx: StudiosContext, id: string): Promise<StudioType> {
  const entity = await ctx.loaders.studioById.load(parseId(id));
  if (!entity) throw notFound('Studio');
  return StudioType.from(entity);
}

/** Every studio, by name. */
export async function listStudios(ctx: StudiosContext): Promise<StudioType[]> {
  const rows = await new StudioRepository(ctx.ds).findAll();
  for (const row of rows) ctx.loaders.studioById.prime(row.id, row);
  return rows.map(StudioType.from);
}
