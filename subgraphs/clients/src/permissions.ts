import { hasAnyRole, isAuthenticated, type IRules } from '@fitflow/kit';

const trainers = hasAnyRole('trainer', 'trainer_admin');

/**
 * Who may call what in the clients subgraph (graphql-shield; everything unlisted is denied).
 * Coarse for issue #2: reads need a signed-in caller and the repositories return only what the
 * caller's scope allows (a trainer's own and shared clients; a client's own record; nothing for
 * anyone else). Writes and `SessionNote.privateNotes` need a trainer role. Issue #3 refines this.
 */
export const permissions: IRules = {
  Query: { client: isAuthenticated, clients: isAuthenticated },
  Mutation: { createClient: trainers, updateClient: trainers },
  Client: isAuthenticated,
  ClientConnection: isAuthenticated,
  ClientEdge: isAuthenticated,
  EmergencyContact: isAuthenticated,
  MedicalInfo: isAuthenticated,
  SessionNote: { '*': isAuthenticated, privateNotes: trainers },
  SessionNoteConnection: isAuthenticated,
  SessionNoteEdge: isAuthenticated,
  Exercise: isAuthenticated,
  Measurements: isAuthenticated,
  TrainingPlan: isAuthenticated,
  PageInfo: isAuthenticated,
  Trainer: isAuthenticated,
  Appointment: isAuthenticated,
};
