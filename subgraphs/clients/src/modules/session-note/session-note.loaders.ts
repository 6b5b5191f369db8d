import { byIdLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { pageLoader } from '../../paging.js';
import type { ClientScope } from '../client/client.scope.js';
import type { SessionNoteEntity } from './session-note.entity.js';
import { SessionNoteRepository } from './session-note.repository.js';

/** Per-request loaders of session notes, all filtered by the caller's scope. */
export function createSessionNoteLoaders(ds: DataSource, scope: ClientScope) {
  const repository = new SessionNoteRepository(ds, scope);
  return {
    sessionNoteById: byIdLoader((ids) => repository.findByIds(ids)),
    /** `Client.sessionNotes` pages, one windowed query for every client of a selection. */
    sessionNotesOfClient: pageLoader<SessionNoteEntity>(
      (clientIds, args) => repository.pageByClients(clientIds, args.first, args.after),
      (n) => n.clientId,
      (n) => n.sessionDate,
    ),
    /** `Client.latestSessionNote`: one `distinct on (client_id)` query for every client of a selection. */
    latestSessionNote: new DataLoader<string, SessionNoteEntity | null>(async (clientIds) => {
      const latest = new Map((await repository.latestByClients(clientIds)).map((n) => [n.clientId, n]));
      return clientIds.map((id) => latest.get(id) ?? null);
    }),
  };
}
