import { chain, recordRule, type IRules } from '@fitflow/kit';
import { CLINICAL_WRITERS, type ClientRelation } from '../../access/client-access.js';
import { canWriteClinical, isTrainer, READ_ONLY_CLINICAL, readsClients, receivesPhi } from '../../access/rules.js';
import type { ClientsContext } from '../../context.js';

/**
 * May change the note named by argument `arg` (sign it, add an addendum): NOT_FOUND when the caller
 * cannot see it (as for an unknown id), FORBIDDEN unless they may write its client's notes.
 */
export const canWriteSessionNote = (arg: string) =>
  recordRule<ClientsContext, ClientRelation>({
    name: 'canWriteSessionNote',
    path: arg,
    what: 'Session note',
    relation: async (ctx, id) => {
      const note = await ctx.loaders.sessionNoteHead.load(id);
      return note && ctx.loaders.clientRelation.load(note.clientId);
    },
    allow: (r) => CLINICAL_WRITERS.includes(r),
    message: READ_ONLY_CLINICAL,
  });

/** Shield rules of the fields the session-note module defines. */
export const sessionNoteRules: IRules = {
  Mutation: {
    writeSessionNote: chain(isTrainer, canWriteClinical('input.clientId')),
    signSessionNote: chain(isTrainer, canWriteSessionNote('id')),
    addSessionNoteAddendum: chain(isTrainer, canWriteSessionNote('id')),
  },
  Client: { sessionNotes: receivesPhi, latestSessionNote: receivesPhi },
  Appointment: { sessionNotes: readsClients },
  // A client reads their own notes and their addenda, never private notes or the version history.
  SessionNote: { '*': readsClients, privateNotes: isTrainer, versions: isTrainer },
  SessionNoteConnection: readsClients,
  SessionNoteEdge: readsClients,
  SessionNoteAddendum: readsClients,
  SessionNoteVersion: isTrainer,
  Exercise: readsClients,
  Measurements: readsClients,
};
