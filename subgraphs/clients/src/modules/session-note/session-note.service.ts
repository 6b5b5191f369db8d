import { pageRequest, type Connection, type PageArgs } from '@fitflow/kit';
import { isTrainerRelation } from '../../access/client-access.js';
import type { ClientsContext } from '../../context.js';
import { SessionNoteType, toSessionNoteConnection } from './session-note.type.js';

/**
 * A client's session notes, newest session first, one page (the client was already checked to be
 * visible; the repository checks again).
 * @throws BAD_USER_INPUT for a cursor this API did not make.
 */
export async function sessionNotesOfClient(ctx: ClientsContext, clientId: string, args: PageArgs): Promise<Connection<SessionNoteType>> {
  return toSessionNoteConnection(await ctx.loaders.sessionNotesOfClient.load({ parentId: clientId, ...pageRequest(args, 'date') }));
}

/** A client's most recent session note, or null when there is none. */
export async function latestSessionNote(ctx: ClientsContext, clientId: string): Promise<SessionNoteType | null> {
  const note = await ctx.loaders.latestSessionNote.load(clientId);
  return note && SessionNoteType.from(note);
}

/**
 * The trainer-only `privateNotes` of a note: returned only when the caller sees the note's client
 * *as a trainer* (own, team or shared client). A caller who sees it only as that client gets null
 * (and the loaders never opened it for them); shield already refuses callers without a trainer role.
 */
export async function privateNotesOf(ctx: ClientsContext, note: SessionNoteType): Promise<string | null> {
  return isTrainerRelation(await ctx.loaders.clientRelation.load(note.clientId)) ? note.privateNotesText : null;
}
