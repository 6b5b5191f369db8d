import { hasAnyRole, isAuthenticated, type IRules } from '@fitflow/kit';

/** Staff who keep schedules: everyone but clients. */
const isStaff = hasAnyRole('super_admin', 'trainer_admin', 'trainer', 'studio_admin');

/**
 * Who may read what in the scheduling subgraph (graphql-shield; everything unlisted is denied).
 * Issue #2 is coarse: any signed-in user, with schedules listed by staff only. The rows themselves are
 * limited to the caller's scope in the appointment repository (appointment.scope.ts); issue #3 refines
 * both (team access for trainer admins, participants a studio admin may see).
 */
export const permissions: IRules = {
  Query: { appointment: isAuthenticated },
  Appointment: isAuthenticated,
  AppointmentParticipant: isAuthenticated,
  AppointmentConnection: isAuthenticated,
  AppointmentEdge: isAuthenticated,
  PageInfo: isAuthenticated,
  ClassType: isAuthenticated,
  Trainer: { id: isAuthenticated, classTypes: isAuthenticated, appointments: isStaff },
  Studio: { id: isAuthenticated, appointments: isStaff },
  StudioContract: isAuthenticated,
  Client: isAuthenticated,
};
