import { actsAsTrainer, byIdLoader, groupLoader, pageLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { ClientsRequest } from '../../context.js';
import type { ClientsTx } from '../../data.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { SessionNoteAddendumRecord, SessionNoteEntity, SessionNoteRecord } from './session-note.entity.js';
import type { SessionNoteHead, SessionNoteVersionMeta } from './session-note.repository.js';
import { openAddenda, openSessionNotes } from './session-note.sealing.js';

/**
 * Per-request loaders of session notes, all filtered by the caller's scope, one unit of work per
 * batch. Private notes are opened only for callers acting as trainers (a client's own notes come back
 * without them); `SessionNote.privateNotes` checks the relation to the note's client again.
 */
export function createSessionNoteLoaders(request: ClientsRequest) {
  const withPrivateNotes = actsAsTrainer(request.scope);
  /** Runs `fetch` as the caller, opens the notes, and logs the reads of `shown(notes)` (all by default). */
  const read = (fetch: (tx: ClientsTx) => Promise<SessionNoteEntity[]>, shown = (notes: SessionNoteRecord[]) => notes) =>
    request.data.run(async (tx) => {
      const notes = await openSessionNotes(tx, await fetch(tx), withPrivateNotes);
      await logPhiReads(tx, request, 'session_note', shown(notes));
      return notes;
    });
  return {
    sessionNoteById: byIdLoader<SessionNoteRecord>((ids) => read((tx) => tx.sessionNotes.findByIds(ids))),
    /** `Client.sessionNotes` pages (kit pageLoader), one windowed query for every client of a selection. */
    sessionNotesOfClient: pageLoader<SessionNoteRecord>(
      (clientIds, args) =>
        read(
          (tx) => tx.sessionNotes.pageByClients(clientIds, args.first, args.after),
          // The extra row per client only tells whether there is a next page: it is not disclosed.
          (notes) => clientIds.flatMap((id) => notes.filter((n) => n.clientId === id).slice(0, args.first)),
        ),
      (n) => n.clientId,
      (n) => n.sessionDate,
    ),
    /** `Client.latestSessionNote`: one `distinct on (client_id)` query for every client of a selection. */
    latestSessionNote: new DataLoader<string, SessionNoteRecord | null>(async (clientIds) => {
      const latest = new Map((await read((tx) => tx.sessionNotes.latestByClients(clientIds))).map((n) => [n.clientId, n]));
      return clientIds.map((id) => latest.get(id) ?? null);
    }),
    /** `Appointment.sessionNotes`: the visible notes of every session of a selection, one unit of work, opened and logged. */
    sessionNotesOfAppointment: groupLoader<SessionNoteRecord>(
      (appointmentIds) => read((tx) => tx.sessionNotes.ofAppointments(appointmentIds)),
      (n) => n.appointmentId,
    ),
    /** A visible note's ids and signed state, for rules (no PHI read, nothing logged). */
    sessionNoteHead: byIdLoader<SessionNoteHead>((ids) => request.data.run((tx) => tx.sessionNotes.headsOf(ids))),
    /** `SessionNote.addenda`: every note of a selection in one unit of work, opened and access-logged. */
    addendaOfNote: groupLoader<SessionNoteAddendumRecord>(
      (noteIds) =>
        request.data.run(async (tx) => {
          const addenda = await openAddenda(tx, await tx.sessionNotes.addendaOf(noteIds));
          await logPhiReads(tx, request, 'session_note_addendum', addenda);
          return addenda;
        }),
      (a) => a.noteId,
    ),
    /** `SessionNote.versions`: who wrote which version when, for every note of a selection (nothing sealed is read). */
    versionsOfNote: groupLoader<SessionNoteVersionMeta>(
      (noteIds) => request.data.run((tx) => tx.sessionNotes.versionsOf(noteIds)),
      (v) => v.noteId,
    ),
  };
}
