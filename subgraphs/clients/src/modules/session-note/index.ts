import { defineModule } from '@fitflow/kit';
import type { ClientsRequest } from '../../context.js';
import { SessionNoteEntity } from './session-note.entity.js';
import { createSessionNoteLoaders } from './session-note.loaders.js';
import { sessionNoteReference } from './session-note.reference.js';
import { ClientSessionNotesResolver, SessionNoteResolver } from './session-note.resolver.js';
import { sessionNoteRules } from './session-note.rules.js';

/** Session notes (`clients.session_notes`): SOAP documentation, `Client.sessionNotes` and `Client.latestSessionNote`. */
export const sessionNoteModule = defineModule({
  name: 'session-note',
  resolvers: [SessionNoteResolver, ClientSessionNotesResolver],
  references: { SessionNote: sessionNoteReference },
  rules: sessionNoteRules,
  entities: [SessionNoteEntity],
  loaders: (request: ClientsRequest) => createSessionNoteLoaders(request),
});
