import { isUuid } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { SessionNoteType } from './session-note.type.js';

/** `SessionNote` references, batched through the per-request (scoped) DataLoader. */
export const sessionNoteReference = {
  async __resolveReference(reference: { id: string }, ctx: ClientsContext): Promise<SessionNoteType | null> {
    if (!isUuid(reference.id)) return null;
    const entity = await ctx.loaders.sessionNoteById.load(reference.id.toLowerCase());
    return entity && SessionNoteType.from(entity);
  },
};
