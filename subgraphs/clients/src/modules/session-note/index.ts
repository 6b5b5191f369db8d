import { defineModule } from '@fitflow/kit';
import type { ClientsRequest } from '../../context.js';
import { SessionNoteAddendumEntity, SessionNoteEntity, SessionNoteVersionEntity } from './session-note.entity.js';
import { createSessionNoteLoaders } from './session-note.loaders.js';
import { sessionNoteReference } from './session-note.reference.js';
import {
  AppointmentSessionNotesResolver,
  ClientSessionNotesResolver,
  SessionNoteAddendumResolver,
  SessionNoteResolver,
  SessionNoteVersionResolver,
} from './session-note.resolver.js';
import { sessionNoteRules } from './session-note.rules.js';

/**
 * Session notes (`clients.session_notes`, with their versions and addenda): SOAP documentation,
 * `Client.sessionNotes`, `Client.latestSessionNote` and `Appointment.sessionNotes`; writing, signing and amending (addenda).
 */
export const sessionNoteModule = defineModule({
  name: 'session-note',
  resolvers: [SessionNoteResolver, SessionNoteAddendumResolver, SessionNoteVersionResolver, ClientSessionNotesResolver, AppointmentSessionNotesResolver],
  references: { SessionNote: sessionNoteReference },
  rules: sessionNoteRules,
  entities: [SessionNoteEntity, SessionNoteVersionEntity, SessionNoteAddendumEntity],
  loaders: (request: ClientsRequest) => createSessionNoteLoaders(request),
});
