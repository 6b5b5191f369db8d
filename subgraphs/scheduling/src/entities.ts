import { AppointmentEntity } from './modules/appointment/appointment.entity.js';
import { AvailabilityEntity } from './modules/availability/availability.entity.js';
import { ClassTypeEntity } from './modules/class-type/class-type.entity.js';
import { ParticipantEntity } from './modules/participant/participant.entity.js';

/** Every TypeORM entity of the scheduling schema. */
export const entities = [ClassTypeEntity, AppointmentEntity, ParticipantEntity, AvailabilityEntity];
