import { buildFederatedSchema } from '@fitflow/kit';
import { appointmentReference } from './modules/appointment/appointment.reference.js';
import { AppointmentResolver } from './modules/appointment/appointment.resolver.js';
import { clientReference } from './modules/client/client.reference.js';
import { ClientUpcomingResolver } from './modules/client/client.resolver.js';
import { contractReference } from './modules/contract/contract.reference.js';
import { ContractUpcomingResolver } from './modules/contract/contract.resolver.js';
import { StudioContractRef } from './modules/contract/contract.type.js';
import { ParticipantResolver } from './modules/participant/participant.resolver.js';
import { studioReference } from './modules/studio/studio.reference.js';
import { StudioScheduleResolver } from './modules/studio/studio.resolver.js';
import { trainerReference } from './modules/trainer/trainer.reference.js';
import { TrainerScheduleResolver } from './modules/trainer/trainer.resolver.js';
import { permissions } from './permissions.js';

export const resolvers = [
  AppointmentResolver,
  ParticipantResolver,
  StudioScheduleResolver,
  TrainerScheduleResolver,
  ContractUpcomingResolver,
  ClientUpcomingResolver,
] as const;

/** The scheduling subgraph's federated schema, shield applied. */
export function buildSchedulingSchema() {
  return buildFederatedSchema({
    resolvers: [...resolvers],
    // Nothing here returns a StudioContract: only the gateway brings one (by key) to ask for upcomingAppointments.
    orphanedTypes: [StudioContractRef],
    referenceResolvers: {
      Appointment: appointmentReference,
      Trainer: trainerReference,
      Studio: studioReference,
      StudioContract: contractReference,
      Client: clientReference,
    },
    permissions,
  });
}
