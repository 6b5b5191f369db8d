import type { DemoTenant } from '@fitflow/demo';
import { ScopedDb, systemScope } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { AppointmentEntity } from './modules/appointment/appointment.entity.js';
import { ClassTypeEntity } from './modules/class-type/class-type.entity.js';
import { AvailabilityEntity } from './modules/availability/availability.entity.js';
import { ParticipantEntity } from './modules/participant/participant.entity.js';
import { SeriesEntity } from './modules/series/series.entity.js';
import { TrainerSettingsEntity } from './modules/trainer-settings/trainer-settings.entity.js';

/**
 * Writes the scheduling slice of the demo tenant (class types, travel buffers, weekly hours, weekly
 * series, appointments, bookings and waitlists) in one unit of work as kit's system scope; rows that already
 * exist are left as they are.
 */
export async function seedScheduling(ds: DataSource, tenant: DemoTenant): Promise<void> {
  await new ScopedDb(ds, systemScope()).run(async (em) => {
    const insert = (entity: Function, rows: object[]) => em.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute();
    await insert(
      ClassTypeEntity,
      tenant.classTypes.map((c) => ({
        id: c.id,
        trainerId: c.trainerId,
        name: c.name,
        category: c.category,
        durationMinutes: c.durationMinutes,
        maxParticipants: c.maxParticipants,
        defaultRate: c.defaultRate,
        color: c.color,
        description: c.description,
        cancellationWindowMinutes: c.cancellationWindowMinutes,
        status: 'active',
      })),
    );
    await insert(
      SeriesEntity,
      tenant.series.map((x) => ({
        id: x.id,
        trainerId: x.trainerId,
        studioId: x.studioId,
        classTypeId: x.classTypeId,
        rrule: x.rrule,
        timeZone: x.timeZone,
        localStart: x.firstStart,
        durationMinutes: x.durationMinutes,
        locationType: 'studio',
        rate: x.rate,
        materialisedUntil: x.materialisedUntil,
        status: 'active',
      })),
    );
    await insert(
      AppointmentEntity,
      tenant.appointments.map((a) => ({
        id: a.id,
        trainerId: a.trainerId,
        studioId: a.studioId,
        classTypeId: a.classTypeId,
        startTime: a.startTime,
        endTime: a.endTime,
        status: a.status,
        locationType: 'studio',
        rate: a.rate,
        cancelledAt: a.status === 'cancelled' ? a.startTime : null,
        cancellationReason: a.cancellationReason,
        seriesId: a.seriesId,
        recurrenceId: a.recurrenceId,
      })),
    );
    await insert(
      ParticipantEntity,
      tenant.appointments.flatMap((a) =>
        a.participants.map((p) => ({
          id: p.id,
          appointmentId: a.id,
          clientId: p.clientId,
          status: p.status,
          waitlistPosition: p.waitlistPosition,
          attended: p.attended,
          paymentStatus: p.paymentStatus,
        })),
      ),
    );
    await insert(
      TrainerSettingsEntity,
      tenant.trainers.map((t) => ({ trainerId: t.id, travelBufferMinutes: t.travelBufferMinutes })),
    );
    await insert(
      AvailabilityEntity,
      tenant.availability.map((w) => ({
        id: w.id,
        trainerId: w.trainerId,
        studioId: w.studioId,
        // The table counts days from Sunday (0); the demo, like ISO 8601, from Monday (1).
        dayOfWeek: w.weekday % 7,
        startTime: w.startTime,
        endTime: w.endTime,
        effectiveFrom: w.effectiveFrom,
      })),
    );
  });
}
