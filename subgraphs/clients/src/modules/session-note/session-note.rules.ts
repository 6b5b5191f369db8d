import type { IRules } from '@fitflow/kit';
import { isTrainer, readsClients, receivesPhi } from '../../access/rules.js';

/** Shield rules of the fields the session-note module defines. */
export const sessionNoteRules: IRules = {
  Client: { sessionNotes: receivesPhi, latestSessionNote: receivesPhi },
  SessionNote: { '*': readsClients, privateNotes: isTrainer },
  SessionNoteConnection: readsClients,
  SessionNoteEdge: readsClients,
  Exercise: readsClients,
  Measurements: readsClients,
};
