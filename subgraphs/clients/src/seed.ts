import type { DemoTenant } from '@fitflow/demo';
import type { DataSource } from 'typeorm';
import { ClientEntity } from './modules/client/client.entity.js';
import { SessionNoteEntity } from './modules/session-note/session-note.entity.js';

/**
 * Writes the clients slice of the demo tenant (clients and session notes) in one transaction; rows
 * that already exist are left as they are. The demo tenant has no shared clients and no training
 * plans, so `client_permissions` and `training_plans` stay empty.
 */
export async function seedClients(ds: DataSource, tenant: DemoTenant): Promise<void> {
  await ds.transaction(async (em) => {
    const insert = (entity: Function, rows: object[]) =>
      rows.length ? em.createQueryBuilder().insert().into(entity).values(rows).orIgnore().execute() : undefined;
    await insert(
      ClientEntity,
      tenant.clients.map((c) => ({
        id: c.id,
        trainerId: c.trainerId,
        firstName: c.firstName,
        lastName: c.lastName,
        email: c.email,
        phone: c.phone,
        dateOfBirth: c.dateOfBirth,
        emergencyContact: c.emergencyContact,
        medicalInfo: c.medicalInfo,
        goals: c.goals,
        preferences: {},
        source: c.source,
        status: 'active',
      })),
    );
    // In chunks: one multi-row insert per 500 notes keeps the statement well under PostgreSQL's bind-parameter limit.
    for (let i = 0; i < tenant.sessionNotes.length; i += 500) {
      await insert(
        SessionNoteEntity,
        tenant.sessionNotes.slice(i, i + 500).map((n) => ({
          id: n.id,
          appointmentId: n.appointmentId,
          trainerId: n.trainerId,
          clientId: n.clientId,
          sessionDate: n.sessionDate,
          subjective: n.subjective,
          objective: n.objective,
          assessment: n.assessment,
          plan: n.plan,
          exercises: n.exercises,
          measurements: n.measurements,
          privateNotes: n.privateNotes,
        })),
      );
    }
  });
}
