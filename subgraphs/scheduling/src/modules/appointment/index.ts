import { defineModule } from '@fitflow/kit';
import type { SchedulingRequest } from '../../context.js';
import { AppointmentEntity } from './appointment.entity.js';
import { createAppointmentLoaders } from './appointment.loaders.js';
import { appointmentReference } from './appointment.reference.js';
import {
  AppointmentResolver,
  ClientAppointmentsResolver,
  StudioAppointmentsResolver,
  StudioContractAppointmentsResolver,
  TrainerAppointmentsResolver,
} from './appointment.resolver.js';
import { appointmentRules } from './appointment.rules.js';

/** Appointments: `Query.appointment`, the `Appointment` entity, and the schedules on trainers, studios, contracts and clients. */
export const appointmentModule = defineModule({
  name: 'appointment',
  resolvers: [AppointmentResolver, TrainerAppointmentsResolver, StudioAppointmentsResolver, StudioContractAppointmentsResolver, ClientAppointmentsResolver],
  references: { Appointment: appointmentReference },
  rules: appointmentRules,
  entities: [AppointmentEntity],
  loaders: (request: SchedulingRequest) => createAppointmentLoaders(request),
});
