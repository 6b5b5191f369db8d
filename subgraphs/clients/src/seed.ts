import type { DemoTenant } from '@fitflow/demo';
import { loadKeyRing, type KeyRing } from '@fitflow/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { sealClientFields } from './modules/client/client.sealing.js';
import { sealSessionNote } from './modules/session-note/session-note.sealing.js';
import { loadClientsConfig } from './config.js';
import { ClientKeys } from './protection/keys.js';

/**
 * Writes the clients slice of the demo tenant (clients and session notes) in one transaction, as the
 * schema's owner, every PHI column sealed with the client's data key. Rows that already exist are
 * left as they are, except rows still in plaintext from before migration 1732700000000, which are
 * sealed now. The demo's client shares (client_permissions) are written too; it has no training plans.
 *
 * `keyRing` must be the one the server will use (default: kit `loadKeyRing` over the environment, the same
 * default as `buildClientsServer`).
 */
export async function seedClients(ds: DataSource, tenant: DemoTenant, keyRing: KeyRing = loadKeyRing(loadClientsConfig())): Promise<void> {
  const keys = new ClientKeys(keyRing);
  await ds.transaction(async (em) => {
    const clientRows: Record<string, unknown>[] = [];
    for (const c of tenant.clients) {
      const key = await keys.forClient(em, c.id);
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
        email_index: await keys.emailIndex(em, c.trainerId, c.email),
        preferences: '{}',
        consents: '{}',
        source: c.source,
        status: 'active',
      });
    }
    await upsert(em, 'clients.clients', clientRows, 'first_name');

    // In chunks: one multi-row insert per 500 notes keeps the statement well under PostgreSQL's bind-parameter limit.
    for (let i = 0; i < tenant.sessionNotes.length; i += 500) {
      const rows: Record<string, unknown>[] = [];
      for (const n of tenant.sessionNotes.slice(i, i + 500)) {
        const key = await keys.forClient(em, n.clientId);
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
        });
      }
      await upsert(em, 'clients.session_notes', rows, 'subjective');
    }

    for (const p of tenant.clientPermissions) {
      await em.query(
        `insert into clients.client_permissions (id, client_id, trainer_id, permission_level, granted_by)
         values ($1, $2, $3, $4, $5) on conflict do nothing`,
        [p.id, p.clientId, p.trainerId, p.permissionLevel, p.grantedBy],
      );
    }
  });
}

/** Entity property names → column names (snake_case). */
const columns = (values: object) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]));

/**
 * Inserts `rows`; an existing row is overwritten only while its `guard` column is still plaintext
 * (not a `v1:` ciphertext), i.e. it predates encryption.
 */
async function upsert(em: EntityManager, table: string, rows: Record<string, unknown>[], guard: string): Promise<void> {
  if (!rows.length) return;
  const names = Object.keys(rows[0]);
  const params: unknown[] = [];
  const values = rows.map((row) => `(${names.map((n) => `$${params.push(row[n])}`).join(', ')})`);
  const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
  await em.query(
    `insert into ${table} (${names.join(', ')}) values ${values.join(', ')}
     on conflict (id) do update set ${updates.join(', ')}
     where ${table}.${guard} is not null and ${table}.${guard} not like 'v1:%'`,
    params,
  );
}
