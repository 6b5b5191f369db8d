import { buildFederatedSchema } from '@fitflow/kit';
import { appointmentReference } from './modules/appointment/appointment.reference.js';
import {
  AppointmentResolver,
  ClientScheduleResolver,
  ContractScheduleResolver,
  ParticipantResolver,
  StudioScheduleResolver,
  TrainerScheduleResolver,
} from './modules/appointment/appointment.resolver.js';
import { ClientRef, refReferences, StudioContractRef, StudioRef, TrainerRef } from './modules/federation/refs.type.js';
import { permissions } from './permissions.js';

export const resolvers = [
  AppointmentResolver,
  ParticipantResolver,
  ContractScheduleResolver,
  StudioScheduleResolver,
  TrainerScheduleResolver,
  ClientScheduleResolver,
] as const;

/** The scheduling subgraph's federated schema, shield applied. */
export function buildSchedulingSchema() {
  return buildFederatedSchema({
    resolvers: [...resolvers],
    orphanedTypes: [TrainerRef, StudioRef, StudioContractRef, ClientRef],
    referenceResolvers: { Appointment: appointmentReference, ...refReferences },
    permissions,
  });
}
