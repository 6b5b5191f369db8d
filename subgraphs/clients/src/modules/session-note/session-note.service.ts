import { badUserInput, conflict, forbidden, notFound, pageRequest, parseId, redact, type Connection, type PageArgs } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { isTrainerRelation } from '../../access/client-access.js';
import { assertClinicalWriter, writingTrainerOf } from '../../access/clinical-writer.js';
import type { ClientsContext } from '../../context.js';
import type { ClientsTx } from '../../data.js';
import type { SessionNoteEntity, SessionNoteRecord } from './session-note.entity.js';
import type { AddSessionNoteAddendumArgs, WriteSessionNoteInput } from './session-note.inputs.js';
import type { AttendanceRow } from './session-note.repository.js';
import { openSessionNotes, sealAddendumText, sealSessionNote, sealSessionNoteVersion, type WrittenNote } from './session-note.sealing.js';
import { SessionNoteAddendumType, SessionNoteType, SessionNoteVersionType, toSessionNoteConnection } from './session-note.type.js';

/**
 * A client's session notes, newest session first, one page (the client was already checked to be
 * visible; the repository checks again).
 * @throws BAD_USER_INPUT for a cursor this API did not make.
 */
export async function sessionNotesOfClient(ctx: ClientsContext, clientId: string, args: PageArgs): Promise<Connection<SessionNoteType>> {
  return toSessionNoteConnection(await ctx.loaders.sessionNotesOfClient.load({ parentId: clientId, ...pageRequest(args, 'date') }));
}

/** A client's most recent session note, or null when there is none. */
export async function latestSessionNote(ctx: ClientsContext, clientId: string): Promise<SessionNoteType | null> {
  const note = await ctx.loaders.latestSessionNote.load(clientId);
  return note && SessionNoteType.from(note);
}

/**
 * The trainer-only `privateNotes` of a note: returned only when the caller sees the note's client
 * *as a trainer* (own, team or shared client). A caller who sees it only as that client gets null
 * (and the loaders never opened it for them); shield already refuses callers without a trainer role.
 */
export async function privateNotesOf(ctx: ClientsContext, note: SessionNoteType): Promise<string | null> {
  return isTrainerRelation(await ctx.loaders.clientRelation.load(note.clientId)) ? note.privateNotesText : null;
}

/** Audit rows name the table they describe. */
const NOTES = 'session_notes';
const ADDENDA = 'session_note_addenda';
/** Fields of a note recorded as "[redacted]" in audit rows (their change is recorded, not their content). */
const NOTE_PHI: readonly string[] = ['subjective', 'objective', 'assessment', 'plan', 'exercises', 'measurements', 'privateNotes', 'text'];
const WRITTEN_FIELDS = ['subjective', 'objective', 'assessment', 'plan', 'exercises', 'measurements', 'privateNotes'] as const;

/** CONFLICT messages a trainer acts on. */
export const NOTE_SIGNED = 'This note is signed; add an addendum instead.';
export const NOTE_ALREADY_SIGNED = 'This note is already signed; add an addendum to change it.';
export const NOTE_NOT_SIGNED = 'This note is not signed yet: change it with writeSessionNote, or sign it first.';
export const NOT_ATTENDED = 'Only a client who attended this session can have a note for it: mark their attendance first.';
const NOT_YOUR_SESSION = 'Only the trainer who taught this session, or their team admin, can sign its note.';

/**
 * The zone a new note's session date is taken in when the caller gives none and the session was not
 * at a studio (online, at the client's): scheduling publishes the studio's zone only, and the
 * trainer's home zone is not published to clients. Such a caller may pass `sessionDate`.
 */
const DEFAULT_SESSION_ZONE = 'America/Toronto';

/**
 * The participant row of `clientId` in session `appointmentId`, which must be a session the caller
 * (or, for a Trainer Admin, their team) taught and the client attended.
 * @throws NOT_FOUND('Appointment') when the session is unknown or taught by someone else (the same
 * answer); CONFLICT ({@link NOT_ATTENDED}) when the client was not booked, was a no-show, cancelled, is
 * on the waitlist, or the session was cancelled — facts the trainer who taught it knows already.
 */
async function attendedSession(tx: ClientsTx, appointmentId: string, clientId: string): Promise<AttendanceRow> {
  const participants = await tx.sessionNotes.attendanceOf(appointmentId);
  if (participants.length === 0) throw notFound('Appointment');
  const row = participants.find((p) => p.clientId === clientId);
  const attended = row && row.attended === true && row.bookingStatus === 'confirmed' && row.appointmentStatus !== 'cancelled';
  if (!attended) throw conflict(NOT_ATTENDED);
  return row;
}

/** `YYYY-MM-DD` of instant `at` in IANA zone `zone` (Intl's calendar, no zone arithmetic here). */
export function localDateOf(at: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * A session date the caller gave must be a day the session touches somewhere on Earth: its UTC start
 * date, the day before or the day after (every zone is within 14 hours of UTC).
 * @throws BAD_USER_INPUT naming `sessionDate` otherwise.
 */
export function assertSessionDate(sessionDate: string, start: Date): void {
  const DAY = 24 * 60 * 60 * 1000;
  const near = [-DAY, 0, DAY].map((d) => new Date(start.getTime() + d).toISOString().slice(0, 10));
  if (!near.includes(sessionDate)) {
    throw badUserInput(
      `sessionDate must be the day of the session (its local date, ${near[1]} give or take a day): leave it out or correct it.`,
      'sessionDate',
    );
  }
}

/** The fields an input writes: omitted ones are absent, `null` clears. */
function writtenFieldsOf(input: WriteSessionNoteInput): Partial<WrittenNote> {
  const changes: Partial<WrittenNote> = {};
  for (const field of ['subjective', 'objective', 'assessment', 'plan', 'privateNotes'] as const) {
    if (input[field] !== undefined) changes[field] = input[field] ?? null;
  }
  if (input.exercises !== undefined) {
    changes.exercises = (input.exercises ?? []).map((e) => ({
      name: e.name.trim(),
      sets: e.sets ?? null,
      reps: e.reps ?? null,
      weightKg: e.weightKg ?? null,
      notes: e.notes ?? null,
    }));
  }
  if (input.measurements !== undefined) {
    const m = input.measurements;
    changes.measurements = m
      ? { weightKg: m.weightKg ?? null, bodyFatPercent: m.bodyFatPercent ?? null, restingHeartRate: m.restingHeartRate ?? null, waistCm: m.waistCm ?? null }
      : null;
  }
  return changes;
}

const EMPTY_NOTE: WrittenNote = { subjective: null, objective: null, assessment: null, plan: null, exercises: [], measurements: null, privateNotes: null };
const pickWritten = (note: WrittenNote, fields: readonly (keyof WrittenNote)[]) => Object.fromEntries(fields.map((f) => [f, note[f] ?? null]));

/** Opens one note row of unit of work `tx` (as a trainer: private notes included). */
async function openOne(tx: ClientsTx, row: SessionNoteEntity): Promise<SessionNoteRecord> {
  const [note] = await openSessionNotes(tx, [row], true);
  if (!note) throw notFound('Client'); // the client was erased meanwhile
  return note;
}

/**
 * Writes the SOAP note of a client at a session: creates it, or changes it while unsigned. Every write
 * is kept as a sealed version (`session_note_versions`) and audited (PHI values redacted), in one
 * transaction that first locks the client row, so two writes of one client's notes never interleave.
 * Allowed: the trainer who taught the session, or a Trainer Admin whose team taught it, when the client
 * attended it and the caller may write the client's notes (own, team, or a write/admin share).
 * @throws BAD_USER_INPUT (malformed id, a session date not the session's); NOT_FOUND('Client') when the
 * caller cannot see the client; FORBIDDEN for a read-only share; NOT_FOUND('Appointment') for a session
 * unknown or taught by someone else; CONFLICT when the client did not attend ({@link NOT_ATTENDED}) or
 * the note is signed ({@link NOTE_SIGNED}).
 */
export async function writeSessionNote(ctx: ClientsContext, input: WriteSessionNoteInput): Promise<SessionNoteType> {
  const appointmentId = parseId(input.appointmentId, 'appointmentId');
  const clientId = parseId(input.clientId, 'clientId');
  const writer = writingTrainerOf(ctx);
  const changes = writtenFieldsOf(input);
  const changed = WRITTEN_FIELDS.filter((f) => f in changes);
  const record = await ctx.data.run(async (tx) => {
    await assertClinicalWriter(tx, clientId);
    const session = await attendedSession(tx, appointmentId, clientId);
    if (input.sessionDate != null) assertSessionDate(input.sessionDate, session.startTime);
    if (!(await tx.clients.lockForUpdate(clientId))) throw notFound('Client');
    const existing = await tx.sessionNotes.findOfAppointment(appointmentId, clientId);
    if (existing?.signedAt) throw conflict(NOTE_SIGNED);
    const before = existing ? await openOne(tx, existing) : null;
    const written: WrittenNote = { ...(before ? pickWrittenNote(before) : EMPTY_NOTE), ...changes };
    const sessionDate = input.sessionDate ?? before?.sessionDate ?? localDateOf(session.startTime, session.timeZone ?? DEFAULT_SESSION_ZONE);
    const id = existing?.id ?? randomUUID();
    const version = (existing?.version ?? 0) + 1;
    const key = await tx.dataKeys.forClient(clientId);
    const sealed = sealSessionNote({ ...written, aiSummary: before?.aiSummary ?? null }, key, id);
    const row = existing
      ? await tx.sessionNotes.update(id, { ...sealed, sessionDate, version })
      : await tx.sessionNotes.insert({ id, appointmentId, clientId, trainerId: writer, sessionDate, ...sealed, version });
    const versionId = randomUUID();
    await tx.sessionNotes.insertVersion({
      id: versionId,
      noteId: id,
      clientId,
      version,
      sessionDate,
      writtenBy: writer,
      ...sealSessionNoteVersion(written, key, versionId),
    });
    await tx.audit.record({
      action: existing ? 'update' : 'create',
      table: NOTES,
      recordId: id,
      oldValues: before ? redact({ sessionDate: before.sessionDate, version: before.version, ...pickWritten(before, changed) }, NOTE_PHI) : null,
      newValues: redact({ appointmentId, clientId, sessionDate, version, ...pickWritten(written, changed) }, NOTE_PHI),
    });
    return openOne(tx, row);
  });
  forgetNote(ctx, record);
  ctx.log.info({ noteId: record.id, version: record.version }, 'session note written');
  return SessionNoteType.from(record);
}

const pickWrittenNote = (note: SessionNoteRecord): WrittenNote => ({
  subjective: note.subjective,
  objective: note.objective,
  assessment: note.assessment,
  plan: note.plan,
  exercises: note.exercises,
  measurements: note.measurements,
  privateNotes: note.privateNotes,
});

/**
 * Signs (locks) a note: from then on it changes only by addenda (row-level security refuses any
 * update of a signed note). Allowed: the trainer who taught the session, or their team admin, with
 * write access to the client's notes. Audited.
 * @throws NOT_FOUND('Session note') when unknown or not visible; FORBIDDEN for a read-only share or a
 * trainer who did not teach the session; CONFLICT when already signed.
 */
export async function signSessionNote(ctx: ClientsContext, id: string): Promise<SessionNoteType> {
  const noteId = parseId(id);
  const signer = writingTrainerOf(ctx);
  const record = await ctx.data.run(async (tx) => {
    const note = await lockedNote(tx, noteId);
    if ((await tx.sessionNotes.attendanceOf(note.appointmentId)).length === 0) throw forbidden(NOT_YOUR_SESSION);
    if (note.signedAt) throw conflict(NOTE_ALREADY_SIGNED);
    const signedAt = new Date();
    const row = await tx.sessionNotes.update(noteId, { signedAt, signedBy: signer });
    await tx.audit.record({
      action: 'update',
      table: NOTES,
      recordId: noteId,
      oldValues: { signedAt: null, signedBy: null },
      newValues: { signedAt: signedAt.toISOString(), signedBy: signer },
    });
    return openOne(tx, row);
  });
  forgetNote(ctx, record);
  ctx.log.info({ noteId }, 'session note signed');
  return SessionNoteType.from(record);
}

/**
 * Adds an addendum to a signed note: the signed text stays as signed; the addendum is sealed with the
 * client's data key and audited (its text redacted). Allowed: any trainer who may write the client's
 * notes (own, team, or a write/admin share).
 * @throws NOT_FOUND('Session note'); FORBIDDEN for a read-only share; CONFLICT when the note is not signed yet.
 */
export async function addSessionNoteAddendum(ctx: ClientsContext, args: AddSessionNoteAddendumArgs): Promise<SessionNoteType> {
  const noteId = parseId(args.id);
  const author = writingTrainerOf(ctx);
  const text = args.text.trim();
  const record = await ctx.data.run(async (tx) => {
    const note = await lockedNote(tx, noteId);
    if (!note.signedAt) throw conflict(NOTE_NOT_SIGNED);
    const key = await tx.dataKeys.forClient(note.clientId);
    const addendumId = randomUUID();
    await tx.sessionNotes.insertAddendum({ id: addendumId, noteId, clientId: note.clientId, text: sealAddendumText(text, key, addendumId), authorId: author });
    await tx.audit.record({ action: 'create', table: ADDENDA, recordId: addendumId, newValues: redact({ noteId, authorId: author, text }, NOTE_PHI) });
    return openOne(tx, note);
  });
  forgetNote(ctx, record);
  ctx.log.info({ noteId }, 'session note addendum added');
  return SessionNoteType.from(record);
}

/**
 * A visible note the caller may write, read after locking its client's row (every write of a client's
 * notes takes that lock first, so its signed state cannot change under the caller).
 * @throws NOT_FOUND('Session note'); FORBIDDEN for a read-only share.
 */
async function lockedNote(tx: ClientsTx, noteId: string): Promise<SessionNoteEntity> {
  const [head] = await tx.sessionNotes.headsOf([noteId]);
  if (!head) throw notFound('Session note');
  await assertClinicalWriter(tx, head.clientId);
  if (!(await tx.clients.lockForUpdate(head.clientId))) throw notFound('Session note');
  const [note] = await tx.sessionNotes.findByIds([noteId]);
  if (!note) throw notFound('Session note');
  return note;
}

/** Drops what this request's loaders knew of a note that just changed. */
function forgetNote(ctx: ClientsContext, note: SessionNoteRecord): void {
  ctx.loaders.sessionNoteById.clear(note.id).prime(note.id, note);
  ctx.loaders.sessionNoteHead.clear(note.id);
  ctx.loaders.addendaOfNote.clear(note.id);
  ctx.loaders.versionsOfNote.clear(note.id);
  ctx.loaders.latestSessionNote.clear(note.clientId);
  ctx.loaders.sessionNotesOfAppointment.clear(note.appointmentId);
}

/** The notes of a session the caller may see (a trainer: their clients'; a client: their own), by client. */
export async function sessionNotesOfAppointment(ctx: ClientsContext, appointmentId: string): Promise<SessionNoteType[]> {
  return (await ctx.loaders.sessionNotesOfAppointment.load(appointmentId)).map(SessionNoteType.from);
}

/** The addenda of a note, oldest first (opened; the read is access-logged). */
export async function addendaOf(ctx: ClientsContext, noteId: string): Promise<SessionNoteAddendumType[]> {
  return (await ctx.loaders.addendaOfNote.load(noteId)).map(SessionNoteAddendumType.from);
}

/** Who wrote which version of a note, when, oldest first (trainers; no clinical text). */
export async function versionsOf(ctx: ClientsContext, noteId: string): Promise<SessionNoteVersionType[]> {
  return (await ctx.loaders.versionsOfNote.load(noteId)).map(SessionNoteVersionType.from);
}
