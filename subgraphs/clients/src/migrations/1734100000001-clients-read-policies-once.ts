import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The select policies that decide "may the caller read this client's record", before this migration. */
const PER_ROW = `
  create policy clients_select on clients.clients for select
    using (erased_at is null and clients.can_read_client(id, trainer_id));
  create policy session_notes_select on clients.session_notes for select using (client_id in (select c.id from clients.clients c));
  create policy training_plans_select on clients.training_plans for select using (client_id in (select c.id from clients.clients c));
  create policy session_note_versions_select on clients.session_note_versions for select using (client_id in (select c.id from clients.clients c));
  create policy session_note_addenda_select on clients.session_note_addenda for select using (client_id in (select c.id from clients.clients c));
`;

/**
 * The caller's trainers (their own ids and, transitively, every trainer of the teams they administer):
 * the same query in SQL (before) or PL/pgSQL (after). A SQL function that cannot be inlined is planned
 * again at every call; PL/pgSQL keeps its plan for the session, which took the call from about 1.2 ms
 * to microseconds.
 */
const VIEWER_TRAINER_IDS = (language: 'sql' | 'plpgsql') => {
  const query = `with recursive team(id) as (
          select unnest(clients.claim_ids('app.trainer_admin_ids'))
          union
          select t.id from studios.trainer_directory t join team on t.parent_trainer_id = team.id
        )
        select coalesce(array_agg(distinct id), '{}'::uuid[])
          from (select unnest(clients.claim_ids('app.trainer_ids')) as id union select id from team) ids`;
  return language === 'sql'
    ? `create or replace function clients.viewer_trainer_ids() returns uuid[] language sql stable as $$ ${query} $$;`
    : `create or replace function clients.viewer_trainer_ids() returns uuid[] language plpgsql stable as $$ begin return (${query}); end $$;`;
};

const DROP = `
  drop policy clients_select on clients.clients;
  drop policy session_notes_select on clients.session_notes;
  drop policy training_plans_select on clients.training_plans;
  drop policy session_note_versions_select on clients.session_note_versions;
  drop policy session_note_addenda_select on clients.session_note_addenda;
`;

/**
 * Row-level security that costs the same whatever the number of clients in the database.
 *
 * The rule is unchanged (docs/security.md, "Clients subgraph: PHI access control"): a client is readable
 * by their trainer and the admins of that trainer's team, by a trainer they were shared with, by
 * themselves, and by a super admin's break glass; a note, plan, note version or addendum is readable
 * when its client is. What changes is how PostgreSQL evaluates it:
 *
 * - `clients_select` called `clients.can_read_client(id, trainer_id)` for every row. That function is
 *   not inlined (it holds a subquery), so the caller's team (`clients.viewer_trainer_ids()`, a recursive
 *   walk of the trainer directory) was recomputed twice per row: about 0.2 ms per client row. The
 *   policy now states the same rule inline, with the caller's trainer ids, client ids and break-glass
 *   claim each in a scalar subquery that PostgreSQL computes once per statement (an InitPlan).
 * - The notes, plans, versions and addenda policies asked `client_id in (select id from clients)`,
 *   which PostgreSQL planned as a hashed subplan over every readable client: each read of a few notes
 *   applied the client policy to the whole clients table. `exists (… where c.id = client_id)` looks up
 *   each row's own client by primary key instead.
 */
export class ClientsReadPoliciesOnce1734100000001 implements MigrationInterface {
  name = 'ClientsReadPoliciesOnce1734100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ${VIEWER_TRAINER_IDS('plpgsql')}
      ${DROP}
      create policy clients_select on clients.clients for select using (
        erased_at is null and (
          trainer_id = any ((select clients.viewer_trainer_ids())::uuid[])
          or id = any ((select clients.claim_ids('app.client_ids'))::uuid[])
          or id in (select p.client_id from clients.client_permissions p where p.trainer_id = any ((select clients.viewer_trainer_ids())::uuid[]))
          or ((select current_setting('app.super_admin', true)) = 'on'
              and id = (select nullif(current_setting('app.break_glass_client_id', true), '')::uuid))));
      create policy session_notes_select on clients.session_notes for select
        using (exists (select 1 from clients.clients c where c.id = session_notes.client_id));
      create policy training_plans_select on clients.training_plans for select
        using (exists (select 1 from clients.clients c where c.id = training_plans.client_id));
      create policy session_note_versions_select on clients.session_note_versions for select
        using (exists (select 1 from clients.clients c where c.id = session_note_versions.client_id));
      create policy session_note_addenda_select on clients.session_note_addenda for select
        using (exists (select 1 from clients.clients c where c.id = session_note_addenda.client_id));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`${VIEWER_TRAINER_IDS('sql')}${DROP}${PER_ROW}`);
  }
}
