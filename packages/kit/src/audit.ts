import type { EntityManager } from 'typeorm';
import type { RequestContext } from './context.js';
import { validIp } from './http.js';

/**
 * SQL creating a subgraph's append-only `audit_log` and `access_log` (docs/domain.md, Data model: audit and
 * security) in `schema`. `appRole` (the runtime role) may only insert and select: PostgreSQL refuses
 * UPDATE and DELETE, so the logs are append-only whatever the application does. A later migration
 * (kit `logChainSql`) adds triggers refusing UPDATE, DELETE and TRUNCATE to every role and the
 * hash chain (docs/security.md, "Audit trail").
 */
export function auditTablesSql(schema: string, appRole: string): string {
  return `
    create table ${schema}.audit_log (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null,
      action varchar(50) not null check (action in ('create', 'update', 'delete', 'export', 'erase', 'break_glass')),
      table_name varchar(100) not null,
      record_id uuid not null,
      old_values jsonb,
      new_values jsonb,
      reason text,
      ip_address inet,
      user_agent text,
      request_id varchar(64),
      created_at timestamptz not null default now()
    );
    create index audit_log_user_idx on ${schema}.audit_log (user_id, created_at desc);
    create index audit_log_record_idx on ${schema}.audit_log (table_name, record_id, created_at desc);

    create table ${schema}.access_log (
      id uuid primary key default gen_random_uuid(),
      user_id uuid not null,
      resource_type varchar(100) not null,
      resource_id uuid not null,
      subject_client_id uuid,
      action varchar(50) not null check (action in ('view', 'export', 'print')),
      purpose varchar(255) not null,
      ip_address inet,
      request_id varchar(64),
      created_at timestamptz not null default now()
    );
    create index access_log_user_idx on ${schema}.access_log (user_id, created_at desc);
    create index access_log_resource_idx on ${schema}.access_log (resource_type, resource_id, created_at desc);
    create index access_log_subject_idx on ${schema}.access_log (subject_client_id, created_at desc);

    revoke all on ${schema}.audit_log, ${schema}.access_log from ${appRole};
    grant select, insert on ${schema}.audit_log, ${schema}.access_log to ${appRole};
  `;
}

export type AuditAction = 'create' | 'update' | 'delete' | 'export' | 'erase' | 'break_glass';

export interface AuditEntry {
  action: AuditAction;
  table: string;
  recordId: string;
  /** Values before the change; PHI fields must already be redacted (see {@link redact}). */
  oldValues?: Record<string, unknown> | null;
  newValues?: Record<string, unknown> | null;
  reason?: string;
}

/** Replaces the values of `phiFields` with "[redacted]" (their change is recorded, not their content). */
export function redact(values: Record<string, unknown> | null | undefined, phiFields: readonly string[]) {
  if (!values) return null;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, phiFields.includes(k) && v != null ? '[redacted]' : v]));
}

/**
 * Appends an audit record in the same transaction as the change it describes. An address that is not
 * an IP (kit `validIp`) is recorded as null: it never fails the write. The row is chained by a trigger
 * that holds the log's lock until the transaction ends (kit `logChainSql`): other writers of
 * this schema's `audit_log` wait for this transaction's commit.
 */
export async function recordAudit(em: EntityManager, ctx: RequestContext, schema: string, entry: AuditEntry): Promise<void> {
  await em.query(
    `insert into ${schema}.audit_log (user_id, action, table_name, record_id, old_values, new_values, reason, ip_address, user_agent, request_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      ctx.viewer!.userId,
      entry.action,
      entry.table,
      entry.recordId,
      entry.oldValues ? JSON.stringify(entry.oldValues) : null,
      entry.newValues ? JSON.stringify(entry.newValues) : null,
      entry.reason ?? null,
      validIp(ctx.ip),
      ctx.userAgent,
      ctx.requestId,
    ],
  );
}

export interface AccessEntry {
  resourceType: string;
  resourceIds: readonly string[];
  /** The client whose data it is, per resource id (so a client can see who read their record). */
  subjectClientIds?: readonly (string | null)[];
  action?: 'view' | 'export' | 'print';
  /** HIPAA purpose of use: treatment, payment, operations… */
  purpose: string;
}

/**
 * Appends one access-log row per resource read (PHI reads), in one statement. An address that is not
 * an IP (kit `validIp`) is recorded as null, so a malformed one never fails a PHI read.
 */
export const recordAccess = (em: EntityManager, ctx: RequestContext, schema: string, entry: AccessEntry): Promise<void> =>
  recordAccessRows(em, ctx, schema, [entry]);

/**
 * Appends the access-log rows of several {@link AccessEntry}s (one row per resource id) in one
 * multi-row insert: what a read request's transaction writes before it commits (kit `RequestTransaction`).
 */
export async function recordAccessRows(em: EntityManager, ctx: RequestContext, schema: string, entries: readonly AccessEntry[]): Promise<void> {
  const rows = entries.flatMap((entry) =>
    entry.resourceIds.map((id, i) => ({
      type: entry.resourceType,
      id,
      subject: entry.subjectClientIds?.[i] ?? null,
      action: entry.action ?? 'view',
      purpose: entry.purpose,
    })),
  );
  if (!rows.length) return;
  await em.query(
    `insert into ${schema}.access_log (user_id, resource_type, resource_id, subject_client_id, action, purpose, ip_address, request_id)
     select $1, r.type, r.id, r.subject, r.action, r.purpose, $7, $8
       from unnest($2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[]) as r(type, id, subject, action, purpose)`,
    [
      ctx.viewer!.userId,
      rows.map((r) => r.type),
      rows.map((r) => r.id),
      rows.map((r) => r.subject),
      rows.map((r) => r.action),
      rows.map((r) => r.purpose),
      validIp(ctx.ip),
      ctx.requestId,
    ],
  );
}
