import { forbidden, notFound, pageRequest, parseId, redact, toConnection, type Connection } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { ClientRelation } from '../../access/client-access.js';
import type { ClientsContext } from '../../context.js';
import type { ClientsTx } from '../../data.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { BreakGlassArgs, ClientsArgs } from './client.args.js';
import type { ClientRecord } from './client.entity.js';
import { onlySelfEditable, type CreateClientInput, type UpdateClientInput } from './client.inputs.js';
import { CLIENT_PHI_FIELDS, openClients, sealClientFields } from './client.sealing.js';
import { clientSortKey, findClients, pageAfter, staleCursor } from './client.search.js';
import { ClientType, toClientConnection } from './client.type.js';

/** Audit rows name the table they describe. */
const TABLE = 'clients';
/** Fields of an audit row's old/new values that are recorded as "[redacted]". */
const REDACTED = CLIENT_PHI_FIELDS as readonly string[];

/**
 * One client the caller may see.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the client is unknown, soft-deleted,
 * erased or outside the caller's scope (the same answer, so ids cannot be probed).
 */
export async function getClient(ctx: ClientsContext, id: string): Promise<ClientType> {
  const record = await ctx.loaders.clientById.load(parseId(id));
  if (!record) throw notFound('Client');
  return ClientType.from(record);
}

/**
 * The caller's clients (their own, their team's, those shared with them, or, for a client,
 * themselves), by last name then first name, one page. The clients on the page are access-logged.
 * @throws BAD_USER_INPUT for a cursor this API did not make, or whose client left the list.
 */
export async function listClients(ctx: ClientsContext, args: ClientsArgs): Promise<Connection<ClientType>> {
  const { first, after } = pageRequest(args, 'none');
  const rows = await ctx.data.run(async (tx) => {
    const page = pageAfter(await findClients(tx, { search: args.search }), first, after);
    if (!page) throw staleCursor();
    await logPhiReads(
      tx,
      ctx,
      'client',
      page.slice(0, args.first).map((c) => ({ id: c.id, clientId: c.id })),
    );
    return page;
  });
  for (const row of rows) ctx.loaders.clientById.prime(row.id, row);
  return toClientConnection(toConnection(rows, first, clientSortKey));
}

/** The clients whose primary trainer is `trainerId`, as far as the caller may see them; one page. */
export async function clientsOfTrainer(ctx: ClientsContext, trainerId: string, args: ClientsArgs): Promise<Connection<ClientType>> {
  const page = await ctx.loaders.clientsOfTrainer.load({ parentId: trainerId, ...pageRequest(args, 'none'), search: args.search?.trim() || null });
  return toClientConnection(page);
}

/**
 * Creates a client of the calling trainer, sealed with a new data key for that client, and its audit
 * row, in one transaction.
 * @throws FORBIDDEN when the caller is not a trainer; NOT_FOUND('Trainer') when their trainer
 * profile is missing or inactive in studios' `trainer_directory`.
 */
export async function createClient(ctx: ClientsContext, input: CreateClientInput): Promise<ClientType> {
  const trainerId = ctx.scope.trainerIds[0] ?? ctx.scope.adminTrainerIds[0];
  if (!trainerId) throw forbidden('Only trainers can add clients.');
  const id = randomUUID();
  const plain = {
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    email: input.email?.trim().toLowerCase() ?? null,
    phone: input.phone ?? null,
    dateOfBirth: input.dateOfBirth ?? null,
    emergencyContact: input.emergencyContact ? { ...input.emergencyContact } : null,
    medicalInfo: medicalInfoOf(input.medicalInfo),
    goals: input.goals ?? null,
  };
  const record = await ctx.data.run(async (tx) => {
    await assertActiveTrainer(tx, trainerId);
    const key = await tx.dataKeys.forClient(id);
    const row = await tx.clients.insert({
      id,
      trainerId,
      ...sealClientFields(plain, key, id),
      emailIndex: await tx.dataKeys.emailIndex(trainerId, plain.email),
      consents: input.consents ? { ...input.consents } : {},
      source: input.source ?? null,
      preferences: {},
      status: 'active',
    });
    const [created] = await openClients(tx, [row]);
    await tx.audit.record({ action: 'create', table: TABLE, recordId: id, newValues: auditValues(created) });
    return created;
  });
  ctx.loaders.clientById.prime(id, record);
  ctx.log.info({ clientId: id }, 'client created');
  return ClientType.from(record);
}

/**
 * Changes a client, with its audit row (PHI values redacted), in one transaction (the row is locked
 * while it is checked and written). Allowed: the client's trainer and team admin, trainers it was
 * shared with at `write` or `admin` level, and the client themself for contact details and consents.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the caller cannot see the client;
 * FORBIDDEN when it was shared with them read-only, or a client changes more than contact details.
 */
export async function updateClient(ctx: ClientsContext, id: string, input: UpdateClientInput): Promise<ClientType> {
  const clientId = parseId(id);
  const changes = changesOf(input);
  const record = await ctx.data.run(async (tx) => {
    const relation = await tx.clients.relationTo(clientId);
    if (!relation) throw notFound('Client');
    assertMayWrite(relation, input);
    const locked = await tx.clients.lockForUpdate(clientId);
    const [before] = locked ? await openClients(tx, [locked]) : [];
    if (!locked || !before) throw notFound('Client');
    const key = await tx.dataKeys.forClient(clientId);
    const { consents, status, source, ...phi } = changes;
    const row = await tx.clients.update(clientId, {
      ...sealClientFields(phi, key, clientId),
      ...(phi.email !== undefined ? { emailIndex: await tx.dataKeys.emailIndex(locked.trainerId, phi.email) } : {}),
      ...(consents !== undefined ? { consents } : {}),
      ...(status !== undefined ? { status } : {}),
      ...(source !== undefined ? { source } : {}),
    });
    const [after] = await openClients(tx, [row]);
    const changed = Object.keys(changes) as (keyof ClientRecord)[];
    await tx.audit.record({
      action: 'update',
      table: TABLE,
      recordId: clientId,
      oldValues: redact(pick(before, changed), REDACTED),
      newValues: redact(pick(after, changed), REDACTED),
    });
    return after;
  });
  ctx.loaders.clientById.clear(clientId).prime(clientId, record);
  ctx.log.info({ clientId }, 'client updated');
  return ClientType.from(record);
}

/**
 * Soft-deletes a client (`deleted_at`): hidden everywhere from then on, including `_entities` and the
 * published `client_directory`; the record is kept for the retention period (erasure shreds it).
 * Allowed: the client's trainer and team admin, and trainers it was shared with at `admin` level.
 * @throws NOT_FOUND when the caller cannot see the client; FORBIDDEN for other relations.
 */
export async function deleteClient(ctx: ClientsContext, id: string): Promise<boolean> {
  const clientId = parseId(id);
  await ctx.data.run(async (tx) => {
    const relation = await tx.clients.relationTo(clientId);
    if (!relation) throw notFound('Client');
    if (!['owner', 'team', 'share-admin'].includes(relation)) throw forbidden('Only the client’s trainer or their team admin can delete this client.');
    if (!(await tx.clients.lockForUpdate(clientId))) throw notFound('Client');
    const deletedAt = new Date();
    await tx.clients.update(clientId, { deletedAt });
    await tx.audit.record({
      action: 'delete',
      table: TABLE,
      recordId: clientId,
      oldValues: { deletedAt: null },
      newValues: { deletedAt: deletedAt.toISOString() },
    });
  });
  ctx.loaders.clientById.clear(clientId);
  ctx.loaders.clientRelation.clear(clientId);
  ctx.log.info({ clientId }, 'client deleted');
  return true;
}

/**
 * A super admin's audited emergency read of one client ("break glass"): writes an audit row with the
 * reason and an access-log row with purpose `break_glass`, in the same transaction as the read.
 * Row-level security admits the row only in that transaction (`app.break_glass_client_id`).
 * @throws NOT_FOUND when the client is unknown, deleted or erased.
 */
export async function breakGlassReadClient(ctx: ClientsContext, args: BreakGlassArgs): Promise<ClientType> {
  const clientId = parseId(args.id);
  const record = await ctx.data.run(async (tx) => {
    const row = await tx.clients.findForBreakGlass(clientId);
    const [client] = row ? await openClients(tx, [row]) : [];
    if (!client) throw notFound('Client');
    await tx.audit.record({ action: 'break_glass', table: TABLE, recordId: clientId, reason: args.reason.trim() });
    await tx.audit.access({ resourceType: 'client', resourceIds: [clientId], subjectClientIds: [clientId], purpose: 'break_glass' });
    return client;
  });
  ctx.log.warn({ clientId, userId: ctx.viewer?.userId }, 'break-glass read of a client');
  return ClientType.from(record);
}

/** Second wall behind shield's `canWriteClient`: the relation allows this change. */
function assertMayWrite(relation: ClientRelation, input: UpdateClientInput): void {
  if (relation === 'share-read') throw forbidden('This client was shared with you read-only.');
  if (relation === 'self' && !onlySelfEditable(input)) throw forbidden('You can change only your contact details and consents.');
}

/** Field changes of an update: omitted fields are absent, `null` clears optional ones. */
export function changesOf(input: UpdateClientInput): Partial<ClientRecord> {
  const changes: Partial<ClientRecord> = {};
  if (input.firstName != null) changes.firstName = input.firstName.trim();
  if (input.lastName != null) changes.lastName = input.lastName.trim();
  if (input.email !== undefined) changes.email = input.email?.trim().toLowerCase() ?? null;
  if (input.phone !== undefined) changes.phone = input.phone ?? null;
  if (input.dateOfBirth !== undefined) changes.dateOfBirth = input.dateOfBirth ?? null;
  if (input.emergencyContact !== undefined) changes.emergencyContact = input.emergencyContact ? { ...input.emergencyContact } : null;
  if (input.medicalInfo !== undefined) changes.medicalInfo = medicalInfoOf(input.medicalInfo);
  if (input.goals !== undefined) changes.goals = input.goals ?? null;
  if (input.source !== undefined) changes.source = input.source ?? null;
  if (input.consents != null) changes.consents = { ...input.consents };
  if (input.status != null) changes.status = input.status;
  return changes;
}

/** The values of a client an audit row records (PHI redacted). */
function auditValues(client: ClientRecord) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...values } = client;
  return redact(values, REDACTED);
}

const pick = (record: ClientRecord, fields: (keyof ClientRecord)[]) => Object.fromEntries(fields.map((f) => [f, record[f] ?? null]));

function medicalInfoOf(input: { conditions?: string[]; medications?: string[]; allergies?: string[] } | null | undefined) {
  return { conditions: input?.conditions ?? [], medications: input?.medications ?? [], allergies: input?.allergies ?? [] };
}

/** @throws NOT_FOUND('Trainer') unless the trainer is active in studios' published `trainer_directory`. */
async function assertActiveTrainer(tx: ClientsTx, trainerId: string): Promise<void> {
  if ((await tx.clients.trainerStatus(trainerId)) !== 'active') throw notFound('Trainer');
}
