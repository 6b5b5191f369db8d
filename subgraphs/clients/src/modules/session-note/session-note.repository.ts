import { keyset, runSql, scopeParams, trainerInScopeSql, type Cursor, type KeysetOrder, type ViewerScope } from '@fitflow/kit';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { reachesNoClient, staffSeesClientSql, visibleClientOfSql } from '../../access/client-access.js';
import { SessionNoteAddendumEntity, SessionNoteEntity, SessionNoteVersionEntity } from './session-note.entity.js';

/** One participant of a session, as scheduling publishes it (`scheduling.attendance_directory`). */
export interface AttendanceRow {
  appointmentId: string;
  /** Who taught the session (a studios trainer id). */
  trainerId: string;
  clientId: string;
  /** UTC instants. */
  startTime: Date;
  endTime: Date;
  /** `scheduled | completed | cancelled | no-show`. */
  appointmentStatus: string;
  /** `confirmed | waitlisted | cancelled`. */
  bookingStatus: string;
  /** True attended, false no-show, null not taken yet. */
  attended: boolean | null;
  /** IANA zone of the studio the session was at; null when it was not at a studio (online, at the client's). */
  timeZone: string | null;
}

/** Who wrote which version of a note, when (no clinical text: the versions' sealed columns are not read). */
export type SessionNoteVersionMeta = Pick<SessionNoteVersionEntity, 'id' | 'noteId' | 'clientId' | 'version' | 'writtenBy' | 'writtenAt'>;
/** A visible note's ids and state, without its sealed columns. */
export type SessionNoteHead = Pick<SessionNoteEntity, 'id' | 'appointmentId' | 'clientId' | 'trainerId' | 'signedAt'>;

/** Order of a client's notes: newest session first, then id descending (kit keyset, cursor kind `date`). */
const NOTE_ORDER = (alias: string): KeysetOrder => ({ key: `${alias}.session_date`, id: `${alias}.id`, direction: 'desc', kind: 'date' });

/**
 * Data access to `clients.session_notes` on behalf of one caller, inside one of their units of
 * work: a note is visible when its client is (access/client-access.ts); notes of
 * soft-deleted or erased clients never are. Row-level security applies the same rule underneath.
 */
export class SessionNoteRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly scope: ViewerScope,
  ) {}

  /**
   * Notes the caller may read: those of a visible client — and, for the client themself, only signed
   * ones. An unsigned note is the trainer's draft: staff who see the client see it; the client does once
   * it is signed.
   */
  private visible(alias = 'n', drafts: 'staff' | 'everyone' = 'staff'): SelectQueryBuilder<SessionNoteEntity> {
    const query = this.em.getRepository(SessionNoteEntity).createQueryBuilder(alias).where(visibleClientOfSql(alias), scopeParams(this.scope));
    if (drafts === 'everyone') return query;
    return query.andWhere(
      `(${alias}.signed_at is not null or exists (select 1 from clients.clients staff_c where staff_c.id = ${alias}.client_id and ${staffSeesClientSql('staff_c')}))`,
    );
  }

  /** Visible notes among `ids`. */
  async findByIds(ids: readonly string[]): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    return this.visible()
      .andWhere('n.id = any(:ids::uuid[])', { ids: [...ids] })
      .getMany();
  }

  /**
   * Notes of each client in `clientIds`, newest session first (session_date desc, id desc): at most
   * `first + 1` per client after `after`, in one statement (a window over client_id).
   */
  async pageByClients(clientIds: readonly string[], first: number, after: Cursor | null): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    const page = keyset(NOTE_ORDER('w'), after);
    const ranked = this.visible('w')
      .select('w.id', 'id')
      .addSelect(`row_number() over (partition by w.client_id order by ${page.orderBy})`, 'rn')
      .andWhere('w.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] })
      .andWhere(page.after, page.params);
    return this.em
      .getRepository(SessionNoteEntity)
      .createQueryBuilder('n')
      .where(`n.id in (select ranked.id from (${ranked.getQuery()}) ranked where ranked.rn <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit: first + 1 })
      .orderBy('n.session_date', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }

  /**
   * Every visible note of one client, newest first (export). A client's own export holds their drafts
   * too: a right of access covers everything held about them (PIPEDA principle 4.9).
   */
  async allOfClient(clientId: string): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope)) return [];
    return this.visible('n', 'everyone')
      .andWhere('n.client_id = :clientId', { clientId })
      .orderBy('n.session_date', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .getMany();
  }

  /**
   * The newest note of each client in `clientIds` (clients without notes are absent), in one statement.
   * The newest ids are ranked first over the notes' keys only; then just those rows are read, so the
   * sealed columns of older notes are never read (a DISTINCT ON over whole rows read and sorted them all).
   */
  async latestByClients(clientIds: readonly string[]): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || clientIds.length === 0) return [];
    const ranked = this.visible('w')
      .select('w.id', 'id')
      .addSelect(`row_number() over (partition by w.client_id order by ${keyset(NOTE_ORDER('w'), null).orderBy})`, 'rn')
      .andWhere('w.client_id = any(:clientIds::uuid[])', { clientIds: [...clientIds] });
    return this.em
      .getRepository(SessionNoteEntity)
      .createQueryBuilder('n')
      .where(`n.id in (select ranked.id from (${ranked.getQuery()}) ranked where ranked.rn = 1)`)
      .setParameters(ranked.getParameters())
      .getMany();
  }

  /** A visible note's ids and state among `ids`, without its sealed columns (rules, before any PHI is read). */
  async headsOf(ids: readonly string[]): Promise<SessionNoteHead[]> {
    if (reachesNoClient(this.scope) || ids.length === 0) return [];
    const rows: { id: string; appointment_id: string; client_id: string; trainer_id: string; signed_at: Date | null }[] = await this.visible()
      .select('n.id', 'id')
      .addSelect('n.appointment_id', 'appointment_id')
      .addSelect('n.client_id', 'client_id')
      .addSelect('n.trainer_id', 'trainer_id')
      .addSelect('n.signed_at', 'signed_at')
      .andWhere('n.id = any(:ids::uuid[])', { ids: [...ids] })
      .getRawMany();
    return rows.map((r) => ({ id: r.id, appointmentId: r.appointment_id, clientId: r.client_id, trainerId: r.trainer_id, signedAt: r.signed_at }));
  }

  /** The visible note of `clientId` at `appointmentId` (one at most: the pair is unique), or null. */
  async findOfAppointment(appointmentId: string, clientId: string): Promise<SessionNoteEntity | null> {
    if (reachesNoClient(this.scope)) return null;
    return this.visible().andWhere('n.appointment_id = :appointmentId and n.client_id = :clientId', { appointmentId, clientId }).getOne();
  }

  /** Visible notes of each session in `appointmentIds`, by client id within a session. */
  async ofAppointments(appointmentIds: readonly string[]): Promise<SessionNoteEntity[]> {
    if (reachesNoClient(this.scope) || appointmentIds.length === 0) return [];
    return this.visible()
      .andWhere('n.appointment_id = any(:appointmentIds::uuid[])', { appointmentIds: [...appointmentIds] })
      .orderBy('n.appointment_id')
      .addOrderBy('n.client_id')
      .getMany();
  }

  /**
   * The participants of session `appointmentId` from scheduling's published `attendance_directory`
   * (docs/database-contracts/clients.md, Reads from others), only when the session was taught by the
   * caller or, for a Trainer Admin, by a trainer of their team; otherwise none (as for an unknown session).
   */
  async attendanceOf(appointmentId: string): Promise<AttendanceRow[]> {
    if (reachesNoClient(this.scope)) return [];
    const rows = await runSql<{
      appointment_id: string;
      trainer_id: string;
      client_id: string;
      start_time: Date;
      end_time: Date;
      appointment_status: string;
      booking_status: string;
      attended: boolean | null;
      time_zone: string | null;
    }>(
      this.em,
      `select a.appointment_id, a.trainer_id, a.client_id, a.start_time, a.end_time, a.appointment_status, a.booking_status, a.attended, a.time_zone
         from scheduling.attendance_directory a
        where a.appointment_id = :appointmentId and ${trainerInScopeSql('a.trainer_id')}`,
      { ...scopeParams(this.scope), appointmentId },
    );
    return rows.map((r) => ({
      appointmentId: r.appointment_id,
      trainerId: r.trainer_id,
      clientId: r.client_id,
      startTime: r.start_time,
      endTime: r.end_time,
      appointmentStatus: r.appointment_status,
      bookingStatus: r.booking_status,
      attended: r.attended,
      timeZone: r.time_zone,
    }));
  }

  /** Inserts a note (sealed values) and returns the stored row. Row-level security requires clinical write access. */
  async insert(values: Partial<SessionNoteEntity>): Promise<SessionNoteEntity> {
    const repository = this.em.getRepository(SessionNoteEntity);
    await repository.insert(values as never);
    return repository.findOneByOrFail({ id: values.id! });
  }

  /** Writes `changes` to note `id` and returns the stored row. Row-level security refuses a signed note (no row changes). */
  async update(id: string, changes: Partial<SessionNoteEntity>): Promise<SessionNoteEntity> {
    const repository = this.em.getRepository(SessionNoteEntity);
    await repository.update({ id }, changes as never);
    return repository.findOneByOrFail({ id });
  }

  /** Appends one version of a note (sealed values). */
  async insertVersion(values: Omit<SessionNoteVersionEntity, 'writtenAt'>): Promise<void> {
    await this.em.getRepository(SessionNoteVersionEntity).insert(values as never);
  }

  /** Appends an addendum (sealed text) and returns the stored row. */
  async insertAddendum(values: Omit<SessionNoteAddendumEntity, 'createdAt'>): Promise<SessionNoteAddendumEntity> {
    const repository = this.em.getRepository(SessionNoteAddendumEntity);
    await repository.insert(values as never);
    return repository.findOneByOrFail({ id: values.id });
  }

  /** Addenda of each visible note in `noteIds`, oldest first, in one statement. */
  async addendaOf(noteIds: readonly string[]): Promise<SessionNoteAddendumEntity[]> {
    if (reachesNoClient(this.scope) || noteIds.length === 0) return [];
    return this.em
      .getRepository(SessionNoteAddendumEntity)
      .createQueryBuilder('d')
      .where(visibleClientOfSql('d'), scopeParams(this.scope))
      .andWhere('d.note_id = any(:noteIds::uuid[])', { noteIds: [...noteIds] })
      .orderBy('d.created_at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }

  /** Who wrote which version of each visible note in `noteIds`, oldest first, in one statement (sealed columns not read). */
  async versionsOf(noteIds: readonly string[]): Promise<SessionNoteVersionMeta[]> {
    if (reachesNoClient(this.scope) || noteIds.length === 0) return [];
    return this.em
      .getRepository(SessionNoteVersionEntity)
      .createQueryBuilder('v')
      .select(['v.id', 'v.noteId', 'v.clientId', 'v.version', 'v.writtenBy', 'v.writtenAt'])
      .where(visibleClientOfSql('v'), scopeParams(this.scope))
      .andWhere('v.note_id = any(:noteIds::uuid[])', { noteIds: [...noteIds] })
      .orderBy('v.note_id')
      .addOrderBy('v.version', 'ASC')
      .getMany();
  }
}
