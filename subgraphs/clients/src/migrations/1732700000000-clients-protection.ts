import { auditTablesSql, dataKeysTableSql } from '@fitflow/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const APP = 'fitflow_clients_app';

/**
 * PHI protection of the clients schema:
 *
 * 1. **Encryption at rest.** Every field docs/domain.md lists as encrypted becomes `text` holding kit's
 *    envelope ciphertext (`v1:<data key id>:…`, one data key per client, `client:<id>`), and
 *    `clients.email_index` holds the email's blind index (per-trainer index key). Existing values are
 *    converted as they are (there is no production data yet); `seedClients` re-seals demo rows that
 *    are still plaintext. Name indexes go: ciphertext has no useful order.
 * 2. **Key, audit and access tables**: `data_keys` (wrapped data keys; crypto-shredding), append-only
 *    `audit_log` and `access_log` (the runtime role may only insert and select), `erasure_requests`.
 * 3. **Row-level security** on `clients`, `session_notes`, `training_plans`, reading the caller's
 *    claims that kit's ScopedDb sets per transaction (`app.trainer_ids`, `app.trainer_admin_ids`,
 *    `app.client_ids`, `app.super_admin`). A Trainer Admin's claim expands through
 *    `studios.trainer_directory` to every trainer below them, transitively. No policy lets the
 *    runtime role delete rows; soft delete is an update. The owner role (migrations, seeds, and the
 *    published `client_directory` view, which runs as its owner) is not subject to these policies:
 *    RLS is enabled, not forced.
 * 4. Erasure runs through two SECURITY DEFINER functions that only a super admin's transaction may
 *    call (they read across every client, which RLS otherwise forbids).
 */
export class ClientsProtection1732700000000 implements MigrationInterface {
  name = 'ClientsProtection1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      drop index clients.clients_trainer_idx;
      alter table clients.clients
        alter column first_name type text,
        alter column last_name type text,
        alter column email type text,
        alter column phone type text,
        alter column date_of_birth type text using date_of_birth::text,
        alter column emergency_contact type text using emergency_contact::text,
        alter column medical_info drop default,
        alter column medical_info type text using medical_info::text,
        add column email_index varchar(64),
        add column consents jsonb not null default '{}'::jsonb,
        add column erased_at timestamptz;
      create index clients_trainer_idx on clients.clients (trainer_id) where deleted_at is null;
      create index clients_email_index_idx on clients.clients (email_index) where email_index is not null;

      alter table clients.session_notes drop constraint if exists session_notes_exercises_check;
      alter table clients.session_notes
        alter column exercises drop default,
        alter column exercises drop not null,
        alter column exercises type text using exercises::text,
        alter column measurements type text using measurements::text;

      alter table clients.training_plans
        alter column plan_details drop default,
        alter column plan_details drop not null,
        alter column plan_details type text using plan_details::text,
        alter column progress_metrics drop default,
        alter column progress_metrics drop not null,
        alter column progress_metrics type text using progress_metrics::text;
    `);
    await q.query(dataKeysTableSql('clients'));
    await q.query(auditTablesSql('clients', APP));
    await q.query(`
      create table clients.erasure_requests (
        id uuid primary key default gen_random_uuid(),
        client_id uuid not null references clients.clients(id),
        requested_by uuid not null,
        requested_at timestamptz not null default now(),
        processed_at timestamptz
      );
      create unique index erasure_requests_pending_idx on clients.erasure_requests (client_id) where processed_at is null;
      revoke update, delete on clients.erasure_requests from ${APP};
      revoke delete on clients.data_keys from ${APP};

      -- The caller's claims (set per transaction by kit's ScopedDb) as uuid arrays.
      create function clients.claim_ids(setting text) returns uuid[] language sql stable as $$
        select coalesce(string_to_array(nullif(current_setting(setting, true), ''), ',')::uuid[], '{}'::uuid[])
      $$;

      -- Trainers whose clients the caller sees as a trainer: their own trainer ids, and every trainer
      -- of the teams they administer (the team admin included), transitively down
      -- studios.trainer_directory's parent_trainer_id.
      create function clients.viewer_trainer_ids() returns uuid[] language sql stable as $$
        with recursive team(id) as (
          select unnest(clients.claim_ids('app.trainer_admin_ids'))
          union
          select t.id from studios.trainer_directory t join team on t.parent_trainer_id = team.id
        )
        select coalesce(array_agg(distinct id), '{}'::uuid[])
          from (select unnest(clients.claim_ids('app.trainer_ids')) as id union select id from team) ids
      $$;

      -- A client the caller may read as a trainer, as that client, or by a super admin's break glass.
      create function clients.can_read_client(client_id uuid, client_trainer_id uuid) returns boolean language sql stable as $$
        select client_trainer_id = any(clients.viewer_trainer_ids())
            or client_id = any(clients.claim_ids('app.client_ids'))
            or exists (select 1 from clients.client_permissions p
                        where p.client_id = can_read_client.client_id and p.trainer_id = any(clients.viewer_trainer_ids()))
            or (current_setting('app.super_admin', true) = 'on'
                and client_id = nullif(current_setting('app.break_glass_client_id', true), '')::uuid)
      $$;

      -- A client the caller may change: own or team client, shared at write/admin level, or (contact
      -- details only, enforced by the service) the client themself.
      create function clients.can_write_client(client_id uuid, client_trainer_id uuid) returns boolean language sql stable as $$
        select client_trainer_id = any(clients.viewer_trainer_ids())
            or client_id = any(clients.claim_ids('app.client_ids'))
            or exists (select 1 from clients.client_permissions p
                        where p.client_id = can_write_client.client_id and p.permission_level in ('write', 'admin')
                          and p.trainer_id = any(clients.viewer_trainer_ids()))
      $$;

      -- Notes and plans: a trainer who may change the client (not the client themself).
      create function clients.can_write_clinical(client_id uuid) returns boolean language sql stable as $$
        select exists (select 1 from clients.clients c
                        where c.id = can_write_clinical.client_id
                          and (c.trainer_id = any(clients.viewer_trainer_ids())
                               or exists (select 1 from clients.client_permissions p
                                           where p.client_id = c.id and p.permission_level in ('write', 'admin')
                                             and p.trainer_id = any(clients.viewer_trainer_ids()))))
      $$;

      alter table clients.clients enable row level security;
      create policy clients_select on clients.clients for select
        using (erased_at is null and clients.can_read_client(id, trainer_id));
      create policy clients_insert on clients.clients for insert
        with check (trainer_id = any(clients.claim_ids('app.trainer_ids') || clients.claim_ids('app.trainer_admin_ids')));
      create policy clients_update on clients.clients for update
        using (erased_at is null and clients.can_write_client(id, trainer_id))
        with check (erased_at is null and clients.can_write_client(id, trainer_id));

      alter table clients.session_notes enable row level security;
      create policy session_notes_select on clients.session_notes for select
        using (client_id in (select c.id from clients.clients c));
      create policy session_notes_insert on clients.session_notes for insert with check (clients.can_write_clinical(client_id));
      create policy session_notes_update on clients.session_notes for update
        using (clients.can_write_clinical(client_id)) with check (clients.can_write_clinical(client_id));

      alter table clients.training_plans enable row level security;
      create policy training_plans_select on clients.training_plans for select
        using (client_id in (select c.id from clients.clients c));
      create policy training_plans_insert on clients.training_plans for insert with check (clients.can_write_clinical(client_id));
      create policy training_plans_update on clients.training_plans for update
        using (clients.can_write_clinical(client_id)) with check (clients.can_write_clinical(client_id));

      -- Erasure (run by a super admin, or the scheduled job acting as one): which requests are due
      -- (retention counted from the client's last session note, or from the record's creation when
      -- there is none), and marking one done. SECURITY DEFINER: they see past RLS, so they check the
      -- claim themselves and do nothing else.
      create function clients.due_erasures(retention_years integer)
        returns table (request_id uuid, client_id uuid)
        language plpgsql stable security definer set search_path = clients, pg_temp as $$
      begin
        if coalesce(current_setting('app.super_admin', true), '') <> 'on' then
          raise exception 'only a super admin may process erasures' using errcode = '42501';
        end if;
        return query
          select r.id, r.client_id from clients.erasure_requests r join clients.clients c on c.id = r.client_id
           where r.processed_at is null
             and coalesce((select max(n.session_date) from clients.session_notes n where n.client_id = r.client_id), c.created_at::date)
                 + make_interval(years => retention_years) <= current_date
           order by r.requested_at, r.id;
      end $$;

      create function clients.complete_erasure(request uuid) returns uuid
        language plpgsql volatile security definer set search_path = clients, pg_temp as $$
      declare erased uuid;
      begin
        if coalesce(current_setting('app.super_admin', true), '') <> 'on' then
          raise exception 'only a super admin may process erasures' using errcode = '42501';
        end if;
        update clients.erasure_requests set processed_at = now() where id = request and processed_at is null returning client_id into erased;
        update clients.clients set erased_at = now(), deleted_at = coalesce(deleted_at, now()), email_index = null where id = erased;
        return erased;
      end $$;

      revoke all on function clients.due_erasures(integer), clients.complete_erasure(uuid) from public;
      grant execute on function clients.due_erasures(integer), clients.complete_erasure(uuid) to ${APP};

      -- The published directory is read at runtime too.
      grant select on clients.client_directory to fitflow_scheduling_app, fitflow_finance_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      revoke select on clients.client_directory from fitflow_scheduling_app, fitflow_finance_app;
      drop function clients.complete_erasure(uuid); drop function clients.due_erasures(integer);
      drop policy training_plans_update on clients.training_plans; drop policy training_plans_insert on clients.training_plans;
      drop policy training_plans_select on clients.training_plans; alter table clients.training_plans disable row level security;
      drop policy session_notes_update on clients.session_notes; drop policy session_notes_insert on clients.session_notes;
      drop policy session_notes_select on clients.session_notes; alter table clients.session_notes disable row level security;
      drop policy clients_update on clients.clients; drop policy clients_insert on clients.clients;
      drop policy clients_select on clients.clients; alter table clients.clients disable row level security;
      drop function clients.can_write_clinical(uuid); drop function clients.can_write_client(uuid, uuid);
      drop function clients.can_read_client(uuid, uuid); drop function clients.viewer_trainer_ids(); drop function clients.claim_ids(text);
      drop table clients.erasure_requests; drop table clients.access_log; drop table clients.audit_log; drop table clients.data_keys;
      -- Ciphertext cannot be turned back into typed columns: down() restores the shape only.
      drop index clients.clients_email_index_idx; drop index clients.clients_trainer_idx;
      alter table clients.clients drop column erased_at, drop column consents, drop column email_index;
      create index clients_trainer_idx on clients.clients (trainer_id) where deleted_at is null;
    `);
  }
}
