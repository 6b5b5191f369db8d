import { isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Who may read what in the scheduling subgraph (graphql-shield; everything unlisted is denied).
 * Issue #2: any signed-in user. Participants carry only client ids; client identities are resolved
 * (and guarded) by the clients subgraph, so a studio admin's schedule shows head counts, not names.
 * Issue #3 narrows schedules to the trainer, their admin and the studio.
 */
export const permissions: IRules = {
  Query: { appointment: isAuthenticated },
  Appointment: isAuthenticated,
  AppointmentParticipant: isAuthenticated,
  ClassType: isAuthenticated,
  AppointmentConnection: isAuthenticated,
  AppointmentEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  Trainer: isAuthenticated,
  Studio: isAuthenticated,
  StudioContract: isAuthenticated,
  Client: isAuthenticated,
};
