import type { DataKey } from '@fitflow/kit';
import type { ClientsTx } from '../../data.js';
import { RowSealer } from '../../protection/keys.js';
import type { ExerciseData, MeasurementsData, SessionNoteEntity, SessionNoteRecord } from './session-note.entity.js';

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
