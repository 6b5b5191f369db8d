import { DataAccess, type RequestContext, type UnitOfWork } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import { StudioDirectoryRepository } from './extends/Studio/studio.repository.js';
import { ContractDirectoryRepository } from './extends/StudioContract/studio-contract.repository.js';
import { TrainerDirectoryRepository } from './extends/Trainer/trainer.repository.js';
import { AppointmentRepository } from './modules/appointment/appointment.repository.js';
import { CalendarFeedRepository } from './modules/calendar-feed/calendar-feed.repository.js';
import { AvailabilityRepository } from './modules/availability/availability.repository.js';
import { ClassTypeRepository } from './modules/class-type/class-type.repository.js';
import { OutboxRepository } from './modules/outbox/outbox.repository.js';
import { ParticipantRepository } from './modules/participant/participant.repository.js';
import { SeriesRepository } from './modules/series/series.repository.js';
import { TrainerSettingsRepository } from './modules/trainer-settings/trainer-settings.repository.js';
import type { SchedulingDeps } from './deps.js';

/**
 * Every repository of the scheduling subgraph, bound to one unit of work (`em`) and the caller's
 * scope — the only place they are constructed.
 */
export const schedulingRepositories = (em: EntityManager, { scope }: RequestContext) => ({
  appointments: new AppointmentRepository(em, scope),
  participants: new ParticipantRepository(em, scope),
  classTypes: new ClassTypeRepository(em, scope),
  studioDirectory: new StudioDirectoryRepository(em, scope),
  trainerDirectory: new TrainerDirectoryRepository(em, scope),
  trainerSettings: new TrainerSettingsRepository(em, scope),
  calendarFeeds: new CalendarFeedRepository(em, scope),
  availability: new AvailabilityRepository(em, scope),
  contracts: new ContractDirectoryRepository(em, scope),
  series: new SeriesRepository(em, scope),
  outbox: new OutboxRepository(em, scope),
});

/** One unit of work of the scheduling subgraph: every repository, bound to its transaction, and the audit trail. */
export type SchedulingTx = UnitOfWork<ReturnType<typeof schedulingRepositories>>;

/** The per-request data-access object of the scheduling subgraph (`ctx.data`). */
export type SchedulingData = DataAccess<ReturnType<typeof schedulingRepositories>>;

/** The data-access object of one request (or of kit's `systemContext` for request-free work). */
export function schedulingData(deps: SchedulingDeps, request: RequestContext): SchedulingData {
  return new DataAccess(deps.ds, request, 'scheduling', schedulingRepositories);
}
