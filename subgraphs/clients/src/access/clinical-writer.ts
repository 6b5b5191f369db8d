import { forbidden, notFound } from '@fitflow/kit';
import type { ClientsContext } from '../context.js';
import type { ClientsTx } from '../data.js';
import { CLINICAL_WRITERS } from './client-access.js';
import { READ_ONLY_CLINICAL } from './rules.js';

/*
 * Who writes clinical records (session notes, training plans): the second wall behind shield's
 * `canWriteClinical`, inside the writing unit of work. Row-level security checks the same again
 * (`clients.can_write_clinical`, migration 1732700000000).
 */

/**
 * The trainer a caller writes as: their trainer profile (a Trainer Admin's is the root of their team).
 * @throws FORBIDDEN for a caller who is no trainer.
 */
export function writingTrainerOf(ctx: Pick<ClientsContext, 'scope'>): string {
  const id = ctx.scope.trainerIds[0] ?? ctx.scope.adminTrainerIds[0];
  if (!id) throw forbidden('Only trainers write session notes and training plans.');
  return id;
}

/**
 * Second wall behind shield's `canWriteClinical`: the caller may write the client's notes and plans.
 * @throws NOT_FOUND('Client') when the caller cannot see the client; FORBIDDEN for a read-only share.
 */
export async function assertClinicalWriter(tx: ClientsTx, clientId: string): Promise<void> {
  const relation = await tx.clients.relationTo(clientId);
  if (!relation) throw notFound('Client');
  if (!CLINICAL_WRITERS.includes(relation)) throw forbidden(READ_ONLY_CLINICAL);
}
