import type { DemoTenant } from '@fitflow/demo';
import { createLogger, systemContext, type KeyRing } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { clientsData } from './data.js';
import { clientsDeps } from './deps.js';
import { sealClientFields } from './modules/client/client.sealing.js';
import { sealSessionNote } from './modules/session-note/session-note.sealing.js';

/**
 * Writes the clients slice of the demo tenant (clients and session notes) in one unit of work as kit's
 * system actor (`systemContext('seed')`; `ds` is the schema owner's), every PHI column sealed with the client's data key. Rows that already exist are
 * left as they are, except rows still in plaintext from before migration 1732700000000, which are
 * sealed now. The demo's client shares (client_permissions) are written too; it has no training plans.
 *
 * `keyRing` must be the one the server will use (default: kit `loadKeyRing` over the environment, the same
 * default as `buildClientsServer`).
 */
export async function seedClients(ds: DataSource, tenant: DemoTenant, keyRing?: KeyRing): Promise<void> {
  const deps = clientsDeps({ ds, keyRing, retentionYears: 0 });
  const data = clientsData(deps, systemContext('seed', createLogger('clients', 'silent')));
  await data.run(async (tx) => {
    const clientRows: Record<string, unknown>[] = [];
    for (const c of tenant.clients) {
      const key = await tx.dataKeys.forClient(c.id);
      clientRows.push({
        id: c.id,
        trainer_id: c.trainerId,
        ...columns(
          sealClientFields(
            {
              firstName: c.firstName,
              lastName: c.lastName,
              email: c.email,
              phone: c.phone,
              dateOfBirth: c.dateOfBirth,
              emergencyContact: c.emergencyContact,
              medicalInfo: c.medicalInfo,
              goals: c.goals,
            },
            key,
            c.id,
          ),
        ),
        email_index: await tx.dataKeys.emailIndex(c.trainerId, c.email),
        preferences: '{}',
        consents: '{}',
        source: c.source,
        status: 'active',
      });
    }
    await tx.demo.upsertUnlessSealed('clients.clients', clientRows, 'first_name');

    // A session note written through the API for a demo session and client stays; the demo's is left out.
    const notedElsewhere = await tx.demo.pairsNotedElsewhere(tenant.sessionNotes);
    const notes = tenant.sessionNotes.filter((n) => !notedElsewhere.has(`${n.appointmentId}:${n.clientId}`));
    // In chunks: one multi-row insert per 500 notes keeps the statement well under PostgreSQL's bind-parameter limit.
    for (let i = 0; i < notes.length; i += 500) {
      const rows: Record<string, unknown>[] = [];
      for (const n of notes.slice(i, i + 500)) {
        const key = await tx.dataKeys.forClient(n.clientId);
        const sealed = sealSessionNote({ ...n, aiSummary: null }, key, n.id);
        rows.push({
          id: n.id,
          appointment_id: n.appointmentId,
          trainer_id: n.trainerId,
          client_id: n.clientId,
          session_date: n.sessionDate,
          subjective: sealed.subjective,
          objective: sealed.objective,
          assessment: sealed.assessment,
          plan: sealed.plan,
          exercises: sealed.exercises,
          measurements: sealed.measurements,
          private_notes: sealed.privateNotes,
          ai_summary: sealed.aiSummary,
          // Demo notes are signed by the trainer who wrote them, except each client's newest, still open.
          signed_at: n.signedAt,
          signed_by: n.signedAt ? n.trainerId : null,
        });
      }
      await tx.demo.upsertUnlessSealed('clients.session_notes', rows, 'subjective');
    }

    for (const p of tenant.clientPermissions) {
      await tx.demo.share({ id: p.id, clientId: p.clientId, trainerId: p.trainerId, permissionLevel: p.permissionLevel, grantedBy: p.grantedBy });
    }
  });
}

/** Entity property names → column names (snake_case). */
const columns = (values: object) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));
