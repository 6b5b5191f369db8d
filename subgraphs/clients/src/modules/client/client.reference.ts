import { isUuid } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { ClientType } from './client.type.js';

/**
 * `Client` references from other subgraphs, batched through the per-request (scoped) DataLoader:
 * a client the caller may not see resolves to null, like an unknown one.
 */
export const clientReference = {
  async __resolveReference(reference: { id: string }, ctx: ClientsContext): Promise<ClientType | null> {
    if (!isUuid(reference.id)) return null;
    const entity = await ctx.loaders.clientById.load(reference.id.toLowerCase());
    return entity && ClientType.from(entity);
  },
};
