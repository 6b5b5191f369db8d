import { runSql, type ViewerScope } from '@fitflow/kit';
import { In, type EntityManager } from 'typeorm';
import { ClassTypeEntity } from './class-type.entity.js';

/** The fields of a class type a trainer sets (`class_types` columns as the entity names them). */
export type ClassTypeValues = Pick<
  ClassTypeEntity,
  'name' | 'category' | 'durationMinutes' | 'maxParticipants' | 'defaultRate' | 'color' | 'description' | 'cancellationWindowMinutes'
>;

/** The upcoming session of a class type with the most confirmed participants (times UTC, zone of its studio). */
export interface BusiestSession {
  appointmentId: string;
  startTime: Date;
  /** The studio's IANA zone; null for a session not at a studio. */
  timeZone: string | null;
  confirmed: number;
}

/**
 * Data access to `scheduling.class_types`. Class types are a trainer's offer, not private: any
 * signed-in user may read them, so the scope filters nothing here (shield has already refused
 * anonymous callers). Who may write which trainer's class types is decided by the service.
 */
export class ClassTypeRepository {
  constructor(
    private readonly em: EntityManager,
    /** The caller's scope; class types are readable by every signed-in caller. */
    readonly scope: ViewerScope,
  ) {}

  /** Class types by id (lower-case UUIDs). */
  findByIds(ids: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.em.getRepository(ClassTypeEntity).findBy({ id: In([...ids]) });
  }

  /** Active class types of each trainer, by category then name. */
  findActiveByTrainers(trainerIds: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.em
      .getRepository(ClassTypeEntity)
      .find({ where: { trainerId: In([...trainerIds]), status: 'active' }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  /** Every class type of each trainer, archived ones included, by category then name. */
  findAllByTrainers(trainerIds: readonly string[]): Promise<ClassTypeEntity[]> {
    return this.em.getRepository(ClassTypeEntity).find({ where: { trainerId: In([...trainerIds]) }, order: { category: 'ASC', name: 'ASC', id: 'ASC' } });
  }

  /** A class type, its row locked until the transaction ends (`for update`); null when unknown. */
  lockForUpdate(id: string): Promise<ClassTypeEntity | null> {
    return this.em.getRepository(ClassTypeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts a class type (values already validated), active. */
  async insert(trainerId: string, values: ClassTypeValues): Promise<ClassTypeEntity> {
    const repository = this.em.getRepository(ClassTypeEntity);
    const { id } = await repository.save(repository.create({ ...values, trainerId, status: 'active' }));
    return repository.findOneByOrFail({ id });
  }

  /** Changes a class type (values already validated) and returns it as stored. */
  async update(id: string, changes: Partial<ClassTypeValues & Pick<ClassTypeEntity, 'status'>>): Promise<ClassTypeEntity> {
    const repository = this.em.getRepository(ClassTypeEntity);
    if (Object.keys(changes).length) await repository.update({ id }, changes);
    return repository.findOneByOrFail({ id });
  }

  /**
   * Of the trainer's upcoming sessions of class type `classTypeId` (still scheduled, not started by the
   * database clock), the one with the most confirmed participants when that is more than `capacity`;
   * null when every session fits. The sessions are share-locked until the transaction ends, so a
   * booking (which locks its session) cannot slip in between this check and the capacity change.
   * @param trainerId the class type's trainer (lower-case): the (trainer_id, start_time) index finds the sessions.
   */
  async busiestUpcomingOver(trainerId: string, classTypeId: string, capacity: number): Promise<BusiestSession | null> {
    const [row] = await runSql<{ id: string; start_time: Date; time_zone: string | null; confirmed: number }>(
      this.em,
      `with upcoming as (
         select a.id, a.start_time, a.studio_id from scheduling.appointments a
          where a.trainer_id = :trainerId and a.class_type_id = :classTypeId and a.status = 'scheduled' and a.start_time >= now()
          for share
       )
       select u.id, u.start_time, s.time_zone, count(*)::int as confirmed
         from upcoming u
         join scheduling.appointment_participants p on p.appointment_id = u.id and p.status = 'confirmed'
         left join studios.studio_directory s on s.id = u.studio_id
        group by u.id, u.start_time, s.time_zone
       having count(*) > :capacity
        order by count(*) desc, u.start_time, u.id
        limit 1`,
      { trainerId, classTypeId, capacity },
    );
    return row ? { appointmentId: row.id, startTime: row.start_time, timeZone: row.time_zone, confirmed: row.confirmed } : null;
  }
}
