import { forbidden, notFound, parseId, systemContext, SYSTEM_USER_ID, type KeyRing, type Logger } from '@fitflow/kit';
import type { DataSource } from 'typeorm';
import { DATA_RIGHTS_RELATIONS, type ClientRelation } from '../../access/client-access.js';
import type { ClientsContext, ClientsRequest } from '../../context.js';
import { clientsData, type ClientsTx } from '../../data.js';
import { clientsDeps } from '../../deps.js';
import type { ClientKeys } from '../../protection/keys.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import { openClients } from '../client/client.sealing.js';
import { openAddenda, openSessionNotes } from '../session-note/session-note.sealing.js';
import { openTrainingPlans } from '../training-plan/training-plan.sealing.js';
import type { ErasureRow } from './data-rights.repository.js';
import { ErasureRequestType } from './data-rights.type.js';

/** @throws NOT_FOUND when the caller cannot see the client; FORBIDDEN unless they are the client, their trainer or the team admin. */
async function relationForDataRights(tx: ClientsTx, clientId: string): Promise<ClientRelation> {
  const relation = await tx.clients.relationTo(clientId);
  if (!relation) throw notFound('Client');
  if (!DATA_RIGHTS_RELATIONS.includes(relation)) throw forbidden('Only the client, their trainer and the trainer’s team admin can do this.');
  return relation;
}

/**
 * Everything held about a client, as one JSON document (right of access / portability): profile,
 * session notes (with their addenda; private notes only when a trainer exports), training plans, who it is shared
 * with, the access log and erasure requests. Audited as `export` and access-logged, in the same
 * unit of work as the reads. Dates are ISO strings.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the caller cannot see the client;
 * FORBIDDEN for a trainer it is only shared with.
 */
export async function exportClientData(ctx: ClientsContext, clientId: string): Promise<Record<string, unknown>> {
  const id = parseId(clientId, 'clientId');
  const document = await ctx.data.run(async (tx) => {
    const relation = await relationForDataRights(tx, id);
    const [client] = await openClients(tx, await tx.clients.findByIds([id]));
    if (!client) throw notFound('Client');
    const notes = await openSessionNotes(tx, await tx.sessionNotes.allOfClient(id), relation !== 'self');
    const addenda = await openAddenda(tx, await tx.sessionNotes.addendaOf(notes.map((n) => n.id)));
    const addendaOf = (noteId: string) => addenda.filter((a) => a.noteId === noteId).map(({ text, authorId, createdAt }) => ({ text, authorId, createdAt }));
    const plans = await openTrainingPlans(tx, await tx.trainingPlans.findByClients([id]));
    const permissions = await tx.clients.permissionsOf(id);
    const accessLog = await tx.accessLog.allOfClient(id);
    const erasureRequests = await tx.erasures.allOfClient(id);
    await tx.audit.record({ action: 'export', table: 'clients', recordId: id });
    await logPhiReads(tx, ctx, 'client', [{ id, clientId: id }], 'export');
    return {
      format: 'fitflow.client-export.v1',
      exportedAt: new Date().toISOString(),
      client: { ...client },
      sessionNotes: notes.map(({ privateNotes, ...note }) => ({ ...(relation === 'self' ? note : { ...note, privateNotes }), addenda: addendaOf(note.id) })),
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
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the caller cannot see the client;
 * FORBIDDEN for a trainer it is only shared with.
 */
export async function requestClientErasure(ctx: ClientsContext, clientId: string): Promise<ErasureRequestType> {
  const id = parseId(clientId, 'clientId');
  return ctx.data.run(async (tx) => {
    await relationForDataRights(tx, id);
    const inserted = await tx.erasures.request(id, ctx.viewer!.userId);
    if (inserted) {
      await tx.audit.record({ action: 'erase', table: 'clients', recordId: id, newValues: { erasure: 'requested', requestId: inserted.id } });
      return toErasureRequest(inserted);
    }
    return toErasureRequest((await tx.erasures.pending(id))!);
  });
}

const toErasureRequest = (r: ErasureRow) =>
  Object.assign(new ErasureRequestType(), {
    id: r.id,
    clientId: r.client_id,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    processedAt: r.processed_at,
  });

/**
 * Carries out every erasure request whose client's last session note (or, without notes, the
 * record's creation) is at least `deps.retentionYears` old: destroys the client's data key
 * (crypto-shredding: profile, notes and plans become unreadable ciphertext), marks the client erased
 * and deleted, and writes an `erase` audit row each (naming the caller: a super admin, or the
 * system user of the job), in one unit of work. Returns how many were erased.
 * Called by the `processClientErasures` mutation and by the scheduled job ({@link runErasureJob}).
 * @throws (from PostgreSQL) unless the caller is a super admin or the system.
 */
export async function processClientErasures(ctx: Pick<ClientsRequest, 'data' | 'deps' | 'log'>): Promise<number> {
  return ctx.data.run(async (tx) => {
    const due = await tx.erasures.due(ctx.deps.retentionYears);
    for (const { request_id: requestId, client_id: clientId } of due) {
      await tx.dataKeys.destroy(clientId);
      await tx.erasures.complete(requestId);
      await tx.audit.record({ action: 'erase', table: 'clients', recordId: clientId, newValues: { erasure: 'completed', requestId } });
    }
    if (due.length) ctx.log.info({ erased: due.length }, 'client records erased');
    return due.length;
  });
}

/** The user id audit rows of the scheduled erasure job carry: kit's system user (no person asked at that moment). */
export const ERASURE_JOB_USER_ID = SYSTEM_USER_ID;

/**
 * The scheduled job (e.g. daily, from a cron runner): processes due erasures as kit's system actor
 * (`systemContext('erasure-job')`), through the same {@link processClientErasures} as the mutation.
 * Pass the server's {@link ClientKeys} when running inside the server process, so its key cache forgets
 * shredded keys at once; otherwise `keyRing` (default: the environment's).
 */
export function runErasureJob(options: { ds: DataSource; keyRing?: KeyRing; keys?: ClientKeys; retentionYears: number; log: Logger }): Promise<number> {
  const deps = clientsDeps(options);
  const request = systemContext('erasure-job', options.log);
  return processClientErasures({ ...request, deps, data: clientsData(deps, request) });
}
