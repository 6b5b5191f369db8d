import { isAuthenticated, type IRules } from '@fitflow/kit';

/** Shield rules of the participant fields; which participants a caller sees is the repository's business. */
export const participantRules: IRules = {
  AppointmentParticipant: isAuthenticated,
  Appointment: { participants: isAuthenticated, headCount: isAuthenticated },
};
