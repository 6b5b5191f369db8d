import { holdsRole, isAuthenticated, type IRules } from '@fitflow/kit';

/**
 * Shield rules of the participant fields. Which participants a caller sees, and which sessions and
 * clients they may book, is the repository's and the service's business (an out-of-scope id is
 * NOT_FOUND, like an unknown one); shield refuses the roles that may never do it (FORBIDDEN).
 */

/** Books and cancels: trainers (own and team sessions), super admins, clients (themselves). Never a studio admin. */
const mayBook = holdsRole('mayBook', ['super_admin', 'trainer_admin', 'trainer', 'client'], 'Only trainers and their clients can book and cancel sessions.');
/** Takes attendance: the session's trainer (own or team) or a super admin. */
const mayTakeAttendance = holdsRole('mayTakeAttendance', ['super_admin', 'trainer_admin', 'trainer'], 'Only the session’s trainer can take attendance.');
/** Lists the classes they may book: clients. */
const mayListBookableClasses = holdsRole('mayListBookableClasses', ['client'], 'Only clients can list the classes they may book.');

export const participantRules: IRules = {
  AppointmentParticipant: isAuthenticated,
  Appointment: {
    participants: isAuthenticated,
    headCount: isAuthenticated,
    capacity: isAuthenticated,
    placesLeft: isAuthenticated,
    waitlistCount: isAuthenticated,
  },
  Query: { bookableClasses: mayListBookableClasses },
  Mutation: { bookClient: mayBook, cancelBooking: mayBook, markAttendance: mayTakeAttendance },
};
