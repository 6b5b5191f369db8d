import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `appointments.notes` is an encrypted field (docs/domain.md). Nothing writes appointment notes yet (no API
 * field or mutation carries them), so instead of a key store with no user this migration makes
 * PostgreSQL refuse any plaintext: a note must be kit envelope ciphertext (`v1:<data key id>:…`).
 * The issue that adds appointment notes seals them with a per-trainer data key, as finance does
 * for bank numbers.
 * @throws (at migration time) when a plaintext note already exists; there is no production data yet.
 */
export class SchedulingSealedNotes1733000000000 implements MigrationInterface {
  name = 'SchedulingSealedNotes1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`alter table scheduling.appointments add constraint appointments_notes_sealed check (notes is null or notes like 'v1:%')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('alter table scheduling.appointments drop constraint appointments_notes_sealed');
  }
}
