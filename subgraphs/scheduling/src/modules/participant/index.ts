import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { ParticipantEntity } from './participant.entity.js';
import { createParticipantLoaders } from './participant.loaders.js';
import { AppointmentParticipantsResolver, ParticipantResolver } from './participant.resolver.js';
import { participantRules } from './participant.rules.js';

/** Participants: who is booked into an appointment (`Appointment.participants`, `Appointment.headCount`). */
export const participantModule = defineModule({
  name: 'participant',
  resolvers: [ParticipantResolver, AppointmentParticipantsResolver],
  rules: participantRules,
  entities: [ParticipantEntity],
  loaders: (request: SchedulingRequest) => createParticipantLoaders(request),
});
