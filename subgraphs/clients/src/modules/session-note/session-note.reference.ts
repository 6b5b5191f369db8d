import { entityReference } from '@fitflow/kit';
import type { ClientsContext } from '../../context.js';
import { SessionNoteType } from './session-note.type.js';

/** `SessionNote` references, batched through the per-request (scoped) DataLoader. */
export const sessionNoteReference = entityReference(['id'], async ({ id }, ctx: ClientsContext): Promise<SessionNoteType | null> => {
  const entity = await ctx.loaders.sessionNoteById.load(id);
  return entity && SessionNoteType.from(entity);
});
