import { entityReference } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { ClientType } from './client.type.js';

/**
 * `Client` references from other subgraphs, batched through the per-request (scoped) DataLoader:
 * a client the caller may not see resolves to null, like an unknown one.
 */
export const clientReference = entityReference(['id'], async ({ id }, ctx: ClientsContext): Promise<ClientType | null> => {
  const entity = await ctx.loaders.clientById.load(id);
  return entity && ClientType.from(entity);
});
