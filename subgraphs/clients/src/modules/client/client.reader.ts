import { badUserInput, type Cursor } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { ClientKeys } from '../../protection/keys.js';
import type { ClientEntity, ClientRecord } from './client.entity.js';
import { ClientRepository } from './client.repository.js';
import { openClient } from './client.sealing.js';
import { compareClients, looksLikeEmail, nameMatcher, type ClientScope } from './client.scope.js';

/** Opens sealed client rows; rows whose data key is gone (erased) are dropped, as if unknown. */
export async function openClients(em: EntityManager, keys: ClientKeys, rows: readonly ClientEntity[]): Promise<ClientRecord[]> {
  if (rows.length === 0) return [];
  const byClient = await keys.forClients(em, rows.map((r) => r.id));
  return rows.flatMap((row) => {
    const key = byClient.get(row.id);
    return key ? [openClient(row, key)] : [];
  });
}

/**
 * The caller's visible clients (optionally of `trainerIds` only) matching `search`, opened and in
 * (last name, first name, id) order.
 *
 * - A search that is a whole email address is looked up by blind index (`email_index`, HMAC under
 *   each primary trainer's index key): only matching rows are read and opened.
 * - Any other search matches first or last name, case-insensitively. Names are encrypted, so this
 *   opens the caller's clients in memory and filters there. That is a deliberate trade-off: a trainer
 *   (or a team admin) has tens to a few hundred clients, which open in well under a millisecond each,
 *   whereas a searchable name index would leak names (or their frequencies) to the database.
 */
export async function findClients(
  em: EntityManager,
  deps: { scope: ClientScope; keys: ClientKeys },
  options: { search?: string | null; trainerIds?: readonly string[] },
): Promise<ClientRecord[]> {
  const repository = new ClientRepository(em, deps.scope);
  let rows: ClientEntity[];
  let matches: (c: ClientRecord) => boolean = () => true;
  if (looksLikeEmail(options.search)) {
    const trainerIds = options.trainerIds ?? (await repository.visibleTrainerIds());
    const indexes: string[] = [];
    for (const trainerId of trainerIds) indexes.push((await deps.keys.emailIndex(em, trainerId, options.search!.trim()))!);
    rows = indexes.length ? await repository.findVisible({ trainerIds: options.trainerIds, emailIndexes: indexes }) : [];
  } else {
    rows = await repository.findVisible({ trainerIds: options.trainerIds });
    const byName = nameMatcher(options.search);
    if (byName) matches = (c) => byName(c.firstName) || byName(c.lastName) || byName(`${c.firstName} ${c.lastName}`);
  }
  return (await openClients(em, deps.keys, rows)).filter(matches).sort(compareClients);
}

/** `first + 1` rows of a sorted list after the row `after` points at; null when that row is not in the list. */
export function pageAfter<T extends { id: string }>(sorted: readonly T[], first: number, after: Cursor | null): T[] | null {
  let start = 0;
  if (after) {
    const index = sorted.findIndex((c) => c.id === after.id);
    if (index < 0) return null;
    start = index + 1;
  }
  return sorted.slice(start, start + first + 1);
}

/** The error for a client cursor whose client left the list (deleted or unshared meanwhile). */
export const staleCursor = () => badUserInput('The `after` cursor is not valid any more; start again from the first page.', 'after');
