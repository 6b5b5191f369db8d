import { forbidden, notFound, parseId, recordAudit, ScopedDb, type BaseContext, type KeyRing, type Logger , scopeOf } from '@fitflow/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClientsContext } from '../../context.js';
import { ClientKeys } from '../../protection/keys.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import { openClients } from '../client/client.reader.js';
import { ClientRepository } from '../client/client.repository.js';
import type { ClientRelation } from '../client/client.scope.js';
import { SessionNoteRepository } from '../session-note/session-note.repository.js';
import { openSessionNotes } from '../session-note/session-note.sealing.js';
import { TrainingPlanRepository } from '../training-plan/training-plan.repository.js';
import { openTrainingPlans } from '../training-plan/training-plan.sealing.js';
import { ErasureRequestType } from './data-rights.type.js';

/** Who may exercise a client's data rights (export, erasure): the client, their trainer, the trainer's team admin. */
const DATA_RIGHTS: readonly ClientRelation[] = ['owner', 'team', 'self'];

async function relationForDataRights(em: EntityManager, ctx: ClientsContext, clientId: string): Promise<ClientRelation> {
  const relation = await new ClientRepository(em, ctx.scope).relationTo(clientId);
  if (!relation) throw notFound('Client');
  if (!DATA_RIGHTS.includes(relation)) throw forbidden('Only the client, their trainer and the trainer’s team admin can do this.');
  return relation;
}

/**
 * Everything held about a client, as one JSON document (right of access / portability): profile,
 * session notes (with private notes only when a trainer exports), training plans, who it is shared
 * with, the access log and erasure requests. Audited as `export` and access-logged, in the same
 * transaction as the reads.
 * @throws NOT_FOUND when the caller cannot see the client; FORBIDDEN for a trainer it is only shared with.
 */
export async function exportClientData(ctx: ClientsContext, clientId: string): Promise<Record<string, unknown>> {
  const id = parseId(clientId, 'clientId');
  const document = await ctx.db.run(async (em) => {
    const relation = await relationForDataRights(em, ctx, id);
    const repository = new ClientRepository(em, ctx.scope);
    const [client] = await openClients(em, ctx.keys, await repository.findByIds([id]));
    if (!client) throw notFound('Client');
    const notes = await openSessionNotes(em, ctx.keys, await new SessionNoteRepository(em, ctx.scope).allOfClient(id), relation !== 'self');
    const plans = await openTrainingPlans(em, ctx.keys, await new TrainingPlanRepository(em, ctx.scope).findByClients([id]));
    const permissions = await repository.permissionsOf(id);
    const accessLog: Record<string, unknown>[] = await em.query(
      `select user_id as "userId", created_at as "accessedAt", resource_type as "resourceType", resource_id as "resourceId", action, purpose
         from clients.access_log where subject_client_id = $1 order by created_at, id`,
      [id],
    );
    const erasureRequests: Record<string, unknown>[] = await em.query(
      `select id, requested_by as "requestedBy", requested_at as "requestedAt", processed_at as "processedAt"
         from clients.erasure_requests where client_id = $1 order by requested_at`,
      [id],
    );
    await recordAudit(em, ctx, 'clients', { action: 'export', table: 'clients', recordId: id });
    await logPhiReads(em, ctx, 'client', [{ id, clientId: id }], 'export');
    return {
      format: 'fitflow.client-export.v1',
      exportedAt: new Date().toISOString(),
      client: { ...client },
      sessionNotes: notes.map(({ privateNotes, ...note }) => (relation === 'self' ? note : { ...note, privateNotes })),
      trainingPlans: plans,
      permissions: permissions.map((p) => ({ trainerId: p.trainerId, permissionLevel: p.permissionLevel, grantedBy: p.grantedBy, grantedAt: p.grantedAt })),
      accessLog,
      erasureRequests,
    };
  });
  ctx.log.info({ clientId: id }, 'client data exported');
  // Dates become ISO strings, as the JSONObject scalar will send them.
  return JSON.parse(JSON.stringify(document)) as Record<string, unknown>;
}

/**
 * Records a request to erase a client's record (at most one pending request per client; asking again
 * returns it). It is carried out by {@link processClientErasures} once the retention period has passed.
 * @throws NOT_FOUND when the caller cannot see the client; FORBIDDEN for a trainer it is only shared with.
 */
export async function requestClientErasure(ctx: ClientsContext, clientId: string): Promise<ErasureRequestType> {
  const id = parseId(clientId, 'clientId');
  return ctx.db.run(async (em) => {
    await relationForDataRights(em, ctx, id);
    const inserted: ErasureRow[] = await em.query(
      `insert into clients.erasure_requests (client_id, requested_by) values ($1, $2)
       on conflict (client_id) where processed_at is null do nothing
       returning id, client_id, requested_by, requested_at, processed_at`,
      [id, ctx.viewer!.userId],
    );
    if (inserted[0]) {
      await recordAudit(em, ctx, 'clients', { action: 'erase', table: 'clients', recordId: id, newValues: { erasure: 'requested', requestId: inserted[0].id } });
      return toErasureRequest(inserted[0]);
    }
    const [pending]: ErasureRow[] = await em.query(
      'select id, client_id, requested_by, requested_at, processed_at from clients.erasure_requests where client_id = $1 and processed_at is null',
      [id],
    );
    return toErasureRequest(pending);
  });
}

interface ErasureRow {
  id: string;
  client_id: string;
  requested_by: string;
  requested_at: Date;
  processed_at: Date | null;
}
const toErasureRequest = (r: ErasureRow) =>
  Object.assign(new ErasureRequestType(), { id: r.id, clientId: r.client_id, requestedBy: r.requested_by, requestedAt: r.requested_at, processedAt: r.processed_at });

/** What {@link processClientErasures} needs: a super admin's (or the job's) ScopedDb and audit context. */
export interface ErasureRun {
  db: ScopedDb;
  keys: ClientKeys;
  /** `CLINICAL_RECORD_RETENTION_YEARS` (see config.ts for the source of the default, 10). */
  retentionYears: number;
  /** Who the audit rows name (a super admin, or {@link ERASURE_JOB_USER_ID}). */
  audit: BaseContext;
}

/**
 * Carries out every erasure request whose client's last session note (or, without notes, the
 * record's creation) is at least `retentionYears` old: destroys the client's data key
 * (crypto-shredding: profile, notes and plans become unreadable ciphertext), marks the client erased
 * and deleted, and writes an `erase` audit row each, in one transaction. Returns how many were erased.
 * Called by the scheduled job ({@link runErasureJob}) and by the `processClientErasures` mutation.
 */
export async function processClientErasures(run: ErasureRun): Promise<number> {
  return run.db.run(async (em) => {
    const due: { request_id: string; client_id: string }[] = await em.query('select request_id, client_id from clients.due_erasures($1)', [run.retentionYears]);
    for (const { request_id: requestId, client_id: clientId } of due) {
      await run.keys.destroy(em, clientId);
      await em.query('select clients.complete_erasure($1)', [requestId]);
      await recordAudit(em, run.audit, 'clients', { action: 'erase', table: 'clients', recordId: clientId, newValues: { erasure: 'completed', requestId } });
    }
    if (due.length) run.audit.log.info({ erased: due.length }, 'client records erased');
    return due.length;
  });
}

/** The user id audit rows of the scheduled erasure job carry (no person asked at that moment). */
export const ERASURE_JOB_USER_ID = '00000000-0000-4000-8000-00000000e1a5';

/**
 * The scheduled job (e.g. daily, from a cron runner): processes due erasures as a system super admin.
 * Pass the server's {@link ClientKeys} when running inside the server process, so its key cache forgets
 * shredded keys at once.
 */
export function runErasureJob(options: { ds: DataSource; keyRing?: KeyRing; keys?: ClientKeys; retentionYears: number; log: Logger }): Promise<number> {
  const viewer = { userId: ERASURE_JOB_USER_ID, roles: [{ role: 'super_admin' as const, scopeId: null }] };
  return processClientErasures({
    db: new ScopedDb(options.ds, scopeOf(viewer)),
    keys: options.keys ?? new ClientKeys(options.keyRing!),
    retentionYears: options.retentionYears,
    audit: { requestId: `erasure-job-${Date.now()}`, viewer, ip: null, userAgent: 'fitflow-erasure-job', log: options.log },
  });
}
