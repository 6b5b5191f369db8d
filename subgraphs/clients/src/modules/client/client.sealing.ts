import type { DataKey } from '@fitflow/kit';
import type { ClientsTx } from '../../data.js';
import { RowSealer } from '../../protection/keys.js';
import type { ClientEntity, ClientRecord, EmergencyContactData, MedicalInfoData } from './client.entity.js';

/** The PHI fields of a client (names as in {@link ClientRecord}); audit rows record their change, never their value. */
export const CLIENT_PHI_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'dateOfBirth', 'emergencyContact', 'medicalInfo', 'goals'] as const;
export type ClientPhiField = (typeof CLIENT_PHI_FIELDS)[number];

/** Opens a client row with its data key. @throws Error when a value was tampered with or moved. */
export function openClient(row: ClientEntity, key: DataKey): ClientRecord {
  const s = new RowSealer(key, row.id);
  const medical = s.openJson<MedicalInfoData>('medical_info', row.medicalInfo) ?? {};
  return {
    id: row.id,
    trainerId: row.trainerId,
    firstName: s.openText('first_name', row.firstName) ?? '',
    lastName: s.openText('last_name', row.lastName) ?? '',
    email: s.openText('email', row.email),
    phone: s.openText('phone', row.phone),
    dateOfBirth: s.openText('date_of_birth', row.dateOfBirth),
    emergencyContact: s.openJson<EmergencyContactData>('emergency_contact', row.emergencyContact),
    medicalInfo: { conditions: medical.conditions ?? [], medications: medical.medications ?? [], allergies: medical.allergies ?? [] },
    goals: s.openText('goals', row.goals),
    consents: row.consents ?? {},
    source: row.source,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Seals the PHI fields present in `values` for client `id` (absent fields stay absent; null stays null). */
export function sealClientFields(values: Partial<Pick<ClientRecord, ClientPhiField>>, key: DataKey, id: string): Partial<ClientEntity> {
  const s = new RowSealer(key, id);
  const sealed: Partial<ClientEntity> = {};
  if (values.firstName !== undefined) sealed.firstName = s.text('first_name', values.firstName)!;
  if (values.lastName !== undefined) sealed.lastName = s.text('last_name', values.lastName)!;
  if (values.email !== undefined) sealed.email = s.text('email', values.email);
  if (values.phone !== undefined) sealed.phone = s.text('phone', values.phone);
  if (values.dateOfBirth !== undefined) sealed.dateOfBirth = s.text('date_of_birth', values.dateOfBirth);
  if (values.emergencyContact !== undefined) sealed.emergencyContact = s.json('emergency_contact', values.emergencyContact);
  if (values.medicalInfo !== undefined) sealed.medicalInfo = s.json('medical_info', values.medicalInfo ?? {})!;
  if (values.goals !== undefined) sealed.goals = s.text('goals', values.goals);
  return sealed;
}

/** Opens sealed client rows in unit of work `tx`; rows whose data key is gone (erased) are dropped, as if unknown. */
export async function openClients(tx: Pick<ClientsTx, 'dataKeys'>, rows: readonly ClientEntity[]): Promise<ClientRecord[]> {
  if (rows.length === 0) return [];
  const byClient = await tx.dataKeys.forClients(rows.map((r) => r.id));
  return rows.flatMap((row) => {
    const key = byClient.get(row.id);
    return key ? [openClient(row, key)] : [];
  });
}
