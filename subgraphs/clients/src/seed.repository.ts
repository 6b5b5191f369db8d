import { runSql, type ViewerScope } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';

/**
 * Writes of the demo tenant (seed.ts) into the clients schema: bulk upserts of already sealed rows.
 * Only the system scope seeds (kit `systemContext`); the scope travels with the unit of work.
 */
export class DemoRepository {
  constructor(
    private readonly em: EntityManager,
    readonly scope: ViewerScope,
  ) {}

  /**
   * Inserts `rows` (column name → value, all rows with the same columns) into `table`; an existing
   * row is overwritten only while its `guard` column is still plaintext (not a `v1:` ciphertext),
   * i.e. it predates encryption. One statement, named parameters `:r<row>c<column>`.
   */
  async upsertUnlessSealed(table: 'clients.clients' | 'clients.session_notes', rows: Record<string, unknown>[], guard: string): Promise<void> {
    if (!rows.length) return;
    const names = Object.keys(rows[0]);
    const params: Record<string, unknown> = {};
    const values = rows.map((row, r) => `(${names.map((n, c) => ((params[`r${r}c${c}`] = row[n]), `:r${r}c${c}`)).join(', ')})`);
    const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`);
    await runSql(
      this.em,
      `insert into ${table} (${names.join(', ')}) values ${values.join(', ')}
       on conflict (id) do update set ${updates.join(', ')}
       where ${table}.${guard} is not null and ${table}.${guard} not like 'v1:%'`,
      params,
    );
  }

  /**
   * Notes written through the API (ids other than the demo's) for any of the (appointment, client)
   * pairs `notes` name, as `<appointment id>:<client id>` keys: one note per pair, so the demo's is then left out.
   */
  async pairsNotedElsewhere(notes: readonly { id: string; appointmentId: string; clientId: string }[]): Promise<Set<string>> {
    if (!notes.length) return new Set();
    const rows = await runSql<{ appointment_id: string; client_id: string }>(
      this.em,
      `select n.appointment_id, n.client_id from clients.session_notes n
        where n.appointment_id = any(:appointmentIds::uuid[]) and not (n.id = any(:ids::uuid[]))`,
      { appointmentIds: [...new Set(notes.map((n) => n.appointmentId))], ids: notes.map((n) => n.id) },
    );
    return new Set(rows.map((r) => `${r.appointment_id}:${r.client_id}`));
  }

  /** Shares a client with a trainer (`clients.client_permissions`); an existing share is kept. */
  async share(p: { id: string; clientId: string; trainerId: string; permissionLevel: string; grantedBy: string }): Promise<void> {
    await runSql(
      this.em,
      `insert into clients.client_permissions (id, client_id, trainer_id, permission_level, granted_by)
       values (:id, :clientId, :trainerId, :permissionLevel, :grantedBy) on conflict do nothing`,
      p,
    );
  }
}
