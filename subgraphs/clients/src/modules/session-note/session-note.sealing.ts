import type { DataKey } from '@fitflow/kit';
import type { ClientsTx } from '../../data.js';
import { RowSealer } from '../../protection/keys.js';
import type {
  ExerciseData,
  MeasurementsData,
  SessionNoteAddendumEntity,
  SessionNoteAddendumRecord,
  SessionNoteEntity,
  SessionNoteRecord,
  SessionNoteVersionEntity,
} from './session-note.entity.js';

/** Opens a note with its client's data key; `privateNotes` only when `withPrivateNotes`. */
export function openSessionNote(row: SessionNoteEntity, key: DataKey, withPrivateNotes: boolean): SessionNoteRecord {
  const s = new RowSealer(key, row.id);
  return {
    id: row.id,
    appointmentId: row.appointmentId,
    trainerId: row.trainerId,
    clientId: row.clientId,
    sessionDate: row.sessionDate,
    subjective: s.openText('subjective', row.subjective),
    objective: s.openText('objective', row.objective),
    assessment: s.openText('assessment', row.assessment),
    plan: s.openText('plan', row.plan),
    exercises: s.openJson<ExerciseData[]>('exercises', row.exercises) ?? [],
    measurements: s.openJson<MeasurementsData>('measurements', row.measurements),
    privateNotes: withPrivateNotes ? s.openText('private_notes', row.privateNotes) : null,
    aiSummary: s.openText('ai_summary', row.aiSummary),
    signedAt: row.signedAt ?? null,
    signedBy: row.signedBy ?? null,
    version: row.version ?? 1,
    createdAt: row.createdAt,
  };
}

/** Seals the clinical fields of a note `id` of a client whose data key is `key`. */
export function sealSessionNote(
  note: Pick<SessionNoteRecord, 'subjective' | 'objective' | 'assessment' | 'plan' | 'exercises' | 'measurements' | 'privateNotes' | 'aiSummary'>,
  key: DataKey,
  id: string,
): Pick<SessionNoteEntity, 'subjective' | 'objective' | 'assessment' | 'plan' | 'exercises' | 'measurements' | 'privateNotes' | 'aiSummary'> {
  const s = new RowSealer(key, id);
  return {
    subjective: s.text('subjective', note.subjective),
    objective: s.text('objective', note.objective),
    assessment: s.text('assessment', note.assessment),
    plan: s.text('plan', note.plan),
    exercises: s.json('exercises', note.exercises ?? []),
    measurements: s.json('measurements', note.measurements),
    privateNotes: s.text('private_notes', note.privateNotes),
    aiSummary: s.text('ai_summary', note.aiSummary),
  };
}

/** Opens note rows in unit of work `tx`; notes of clients whose key is gone (erased) are dropped. */
export async function openSessionNotes(
  tx: Pick<ClientsTx, 'dataKeys'>,
  rows: readonly SessionNoteEntity[],
  withPrivateNotes: boolean,
): Promise<SessionNoteRecord[]> {
  if (rows.length === 0) return [];
  const byClient = await tx.dataKeys.forClients(rows.map((r) => r.clientId));
  return rows.flatMap((row) => {
    const key = byClient.get(row.clientId);
    return key ? [openSessionNote(row, key, withPrivateNotes)] : [];
  });
}

/** The clinical fields one write of a note carries (what a version keeps). */
export type WrittenNote = Pick<SessionNoteRecord, 'subjective' | 'objective' | 'assessment' | 'plan' | 'exercises' | 'measurements' | 'privateNotes'>;

/**
 * Seals one version of a note (row `versionId` of `clients.session_note_versions`) with the client's
 * data key; AAD `clients.session_note_versions.<column>:<version id>`, so a version's value does not
 * open as the note's, or as another version's.
 */
export function sealSessionNoteVersion(note: WrittenNote, key: DataKey, versionId: string): Pick<SessionNoteVersionEntity, keyof WrittenNote> {
  const s = new RowSealer(key, versionId);
  const column = (name: string) => `session_note_versions.${name}`;
  return {
    subjective: s.text(column('subjective'), note.subjective),
    objective: s.text(column('objective'), note.objective),
    assessment: s.text(column('assessment'), note.assessment),
    plan: s.text(column('plan'), note.plan),
    exercises: s.json(column('exercises'), note.exercises ?? []),
    measurements: s.json(column('measurements'), note.measurements),
    privateNotes: s.text(column('private_notes'), note.privateNotes),
  };
}

/** Seals the text of addendum `id` (AAD `clients.session_note_addenda.text:<addendum id>`). */
export function sealAddendumText(text: string, key: DataKey, id: string): string {
  return new RowSealer(key, id).text('session_note_addenda.text', text)!;
}

/** Opens addendum rows in unit of work `tx`; those of clients whose key is gone (erased) are dropped. */
export async function openAddenda(tx: Pick<ClientsTx, 'dataKeys'>, rows: readonly SessionNoteAddendumEntity[]): Promise<SessionNoteAddendumRecord[]> {
  if (rows.length === 0) return [];
  const byClient = await tx.dataKeys.forClients(rows.map((r) => r.clientId));
  return rows.flatMap((row) => {
    const key = byClient.get(row.clientId);
    const text = key && new RowSealer(key, row.id).openText('session_note_addenda.text', row.text);
    return key && text != null ? [{ id: row.id, noteId: row.noteId, clientId: row.clientId, text, authorId: row.authorId, createdAt: row.createdAt }] : [];
  });
}
