import { decodeCursor, forbidden, notFound, parseId, toConnection, type Connection } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { ClientsContext } from '../../context.js';
import type { ClientsArgs } from './client.args.js';
import type { ClientEntity } from './client.entity.js';
import type { CreateClientInput, UpdateClientInput } from './client.inputs.js';
import { ClientRepository } from './client.repository.js';
import { asTrainer, clientSortKey } from './client.scope.js';
import { ClientType, toClientConnection } from './client.type.js';

/**
 * One client the caller may see.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the client is unknown, soft-deleted or
 * outside the caller's scope (the same answer, so ids cannot be probed).
 */
export async function getClient(ctx: ClientsContext, id: string): Promise<ClientType> {
  const entity = await ctx.loaders.clientById.load(parseId(id));
  if (!entity) throw notFound('Client');
  return ClientType.from(entity);
}

/**
 * The caller's clients (their own, those shared with them, or, for a client, themselves), by last
 * name then first name, one page.
 * @throws BAD_USER_INPUT for a cursor this API did not make.
 */
export async function listClients(ctx: ClientsContext, args: ClientsArgs): Promise<Connection<ClientType>> {
  const rows = await new ClientRepository(ctx.ds, ctx.scope).page({ first: args.first, after: decodeCursor(args.after), search: args.search });
  for (const row of rows) ctx.loaders.clientById.prime(row.id, row);
  return toClientConnection(toConnection(rows, args.first, clientSortKey));
}

/** The clients whose primary trainer is `trainerId`, as far as the caller may see them; one page. */
export async function clientsOfTrainer(ctx: ClientsContext, trainerId: string, args: ClientsArgs): Promise<Connection<ClientType>> {
  const page = await ctx.loaders.clientsOfTrainer.load({ parentId: trainerId, first: args.first, after: decodeCursor(args.after), search: args.search?.trim() || null });
  return toClientConnection(page);
}

/**
 * Creates a client of the calling trainer, in one transaction.
 * @throws FORBIDDEN when the caller is not a trainer; NOT_FOUND('Trainer') when their trainer
 * profile is missing or inactive in studios' `trainer_directory`.
 */
export async function createClient(ctx: ClientsContext, input: CreateClientInput): Promise<ClientType> {
  const trainerId = ctx.scope.trainerIds[0];
  if (!trainerId) throw forbidden('Only trainers can add clients.');
  const entity = await ctx.ds.transaction(async (em) => {
    await assertActiveTrainer(em, trainerId);
    return new ClientRepository(em, asTrainer(ctx.scope)).insert({
      trainerId,
      firstName: input.firstName.trim(),
      lastName: input.lastName.trim(),
      email: input.email?.trim().toLowerCase() ?? null,
      phone: input.phone ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      emergencyContact: input.emergencyContact ? { ...input.emergencyContact } : null,
      medicalInfo: medicalInfoOf(input.medicalInfo),
      goals: input.goals ?? null,
      source: input.source ?? null,
      preferences: {},
      status: 'active',
    });
  });
  ctx.log.info({ clientId: entity.id }, 'client created');
  return ClientType.from(entity);
}

/**
 * Changes a client the caller trains or that was shared with them at `write` or `admin` level, in
 * one transaction (the row is locked while it is checked and written).
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND when the caller cannot see the client;
 * FORBIDDEN when it was shared with them read-only.
 */
export async function updateClient(ctx: ClientsContext, id: string, input: UpdateClientInput): Promise<ClientType> {
  const clientId = parseId(id);
  const entity = await ctx.ds.transaction(async (em) => {
    const repository = new ClientRepository(em, asTrainer(ctx.scope));
    const access = await repository.accessForUpdate(clientId);
    if (!access) throw notFound('Client');
    if (access.level === 'read') throw forbidden('This client was shared with you read-only.');
    return repository.update(clientId, changesOf(input));
  });
  ctx.loaders.clientById.clear(clientId).prime(clientId, entity);
  ctx.log.info({ clientId }, 'client updated');
  return ClientType.from(entity);
}

/** Column changes of an update: omitted fields are absent, `null` clears optional ones. */
export function changesOf(input: UpdateClientInput): Partial<ClientEntity> {
  const changes: Partial<ClientEntity> = {};
  if (input.firstName != null) changes.firstName = input.firstName.trim();
  if (input.lastName != null) changes.lastName = input.lastName.trim();
  if (input.email !== undefined) changes.email = input.email?.trim().toLowerCase() ?? null;
  if (input.phone !== undefined) changes.phone = input.phone ?? null;
  if (input.dateOfBirth !== undefined) changes.dateOfBirth = input.dateOfBirth ?? null;
  if (input.emergencyContact !== undefined) changes.emergencyContact = input.emergencyContact ? { ...input.emergencyContact } : null;
  if (input.medicalInfo !== undefined) changes.medicalInfo = medicalInfoOf(input.medicalInfo);
  if (input.goals !== undefined) changes.goals = input.goals ?? null;
  if (input.source !== undefined) changes.source = input.source ?? null;
  if (input.status != null) changes.status = input.status;
  return changes;
}

function medicalInfoOf(input: { conditions?: string[]; medications?: string[]; allergies?: string[] } | null | undefined) {
  return { conditions: input?.conditions ?? [], medications: input?.medications ?? [], allergies: input?.allergies ?? [] };
}

/** Reads studios' published `trainer_directory` (the only cross-schema read of this subgraph). */
async function assertActiveTrainer(em: EntityManager, trainerId: string): Promise<void> {
  const rows: { status: string }[] = await em.query('select status from studios.trainer_directory where id = $1', [trainerId]);
  if (rows[0]?.status !== 'active') throw notFound('Trainer');
}
