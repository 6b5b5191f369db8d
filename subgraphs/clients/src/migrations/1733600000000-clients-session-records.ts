import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_clients_app';
/** SQL check "column holds kit envelope ciphertext or null" (a value sealed by the application). */
const sealed = (column: string) => `(${column} is null or ${column} like 'v1:%')`;
const NOTE_COLUMNS = ['subjective', 'objective', 'assessment', 'plan', 'exercises', 'measurements', 'private_notes'];

/**
 * The record after the session (docs/database-contracts/clients.md):
 *
 * 1. **One note per client and session**: `session_notes (appointment_id, client_id)` is unique. A note
 *    is **signed** once (`signed_at`, `signed_by`: a studios trainer id); row-level security then lets
 *    the runtime role change it no more (the update policy requires `signed_at is null`), so a signed
 *    note is amended only by addenda. `version` counts the writes of the note.
 * 2. **`session_note_versions`**: every write of a note, the whole note as written (sealed like the
 *    note, AAD `clients.session_note_versions.<column>:<version id>`). Append-only for the runtime role.
 * 3. **`session_note_addenda`**: text added to a signed note (sealed, AAD
 *    `clients.session_note_addenda.text:<addendum id>`), its author (a trainer id) and time.
 *    Append-only for the runtime role.
 * 4. Sealed columns only accept kit envelope ciphertext (`v1:…`): checked on the new tables, and on
 *    the clinical columns of `session_notes` and `training_plans` for every new or changed row (`not
 *    valid`: rows sealed before stay as they are; there is no plaintext left after the seed).
 *
 * Versions and addenda carry their note's `client_id` (a composite foreign key keeps it equal to the
 * note's), so their row-level security policies are those of `session_notes`.
 */
export class ClientsSessionRecords1733600000000 implements MigrationInterface {
  name = 'ClientsSessionRecords1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      alter table clients.session_notes
        add column signed_at timestamptz,
        add column signed_by uuid,
        add column version integer not null default 1 check (version >= 1),
        add constraint session_notes_signed check ((signed_at is null) = (signed_by is null)),
        add constraint session_notes_id_client unique (id, client_id),
        ${NOTE_COLUMNS.map((c) => `add constraint session_notes_${c}_sealed check ${sealed(c)} not valid`).join(',\n        ')},
        add constraint session_notes_ai_summary_sealed check ${sealed('ai_summary')} not valid;
      create unique index session_notes_one_per_client on clients.session_notes (appointment_id, client_id);

      alter table clients.training_plans
        add constraint training_plans_plan_details_sealed check ${sealed('plan_details')} not valid,
        add constraint training_plans_progress_metrics_sealed check ${sealed('progress_metrics')} not valid;

      create table clients.session_note_versions (
        id uuid primary key,
        note_id uuid not null,
        client_id uuid not null,
        version integer not null check (version >= 1),
        session_date date not null,
        ${NOTE_COLUMNS.map((c) => `${c} text check ${sealed(c)}`).join(',\n        ')},
        written_by uuid not null,
        written_at timestamptz not null default now(),
        foreign key (note_id, client_id) references clients.session_notes (id, client_id),
        unique (note_id, version)
      );

      create table clients.session_note_addenda (
        id uuid primary key,
        note_id uuid not null,
        client_id uuid not null,
        text text not null check (text like 'v1:%'),
        author_id uuid not null,
        created_at timestamptz not null default now(),
        foreign key (note_id, client_id) references clients.session_notes (id, client_id)
      );
      create index session_note_addenda_note_idx on clients.session_note_addenda (note_id, created_at, id);

      revoke all on clients.session_note_versions, clients.session_note_addenda from ${APP};
      grant select, insert on clients.session_note_versions, clients.session_note_addenda to ${APP};

      -- A signed note is locked: the runtime role may change only unsigned notes (signing is the last change).
      drop policy session_notes_update on clients.session_notes;
      create policy session_notes_update on clients.session_notes for update
        using (signed_at is null and clients.can_write_clinical(client_id)) with check (clients.can_write_clinical(client_id));

      alter table clients.session_note_versions enable row level security;
      create policy session_note_versions_select on clients.session_note_versions for select
        using (client_id in (select c.id from clients.clients c));
      create policy session_note_versions_insert on clients.session_note_versions for insert with check (clients.can_write_clinical(client_id));

      alter table clients.session_note_addenda enable row level security;
      create policy session_note_addenda_select on clients.session_note_addenda for select
        using (client_id in (select c.id from clients.clients c));
      create policy session_note_addenda_insert on clients.session_note_addenda for insert with check (clients.can_write_clinical(client_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      drop table clients.session_note_addenda;
      drop table clients.session_note_versions;
      drop policy session_notes_update on clients.session_notes;
      create policy session_notes_update on clients.session_notes for update
        using (clients.can_write_clinical(client_id)) with check (clients.can_write_clinical(client_id));
      alter table clients.training_plans
        drop constraint training_plans_plan_details_sealed, drop constraint training_plans_progress_metrics_sealed;
      drop index clients.session_notes_one_per_client;
      alter table clients.session_notes
        ${[...NOTE_COLUMNS, 'ai_summary'].map((c) => `drop constraint session_notes_${c}_sealed`).join(', ')},
        drop constraint session_notes_id_client, drop constraint session_notes_signed,
        drop column version, drop column signed_by, drop column signed_at;
    `);
  }
}
