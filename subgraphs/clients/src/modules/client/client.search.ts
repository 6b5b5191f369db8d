import { badUserInput, type Cursor } from '@fitflow/kit';
import type { ClientsTx } from '../../data.js';
import type { ClientEntity, ClientRecord } from './client.entity.js';
import { openClients } from './client.sealing.js';

/**
 * A case-insensitive "contains" test for name search in memory (the names are encrypted, so search
 * happens after opening the caller's clients); null when the search is blank (no filter).
 */
export function nameMatcher(search: string | null | undefined): ((name: string) => boolean) | null {
  const term = search?.trim().toLocaleLowerCase();
  if (!term) return null;
  return (name) => name.toLocaleLowerCase().includes(term);
}

/** True when a search term is a whole email address (then it is looked up by blind index). */
export const looksLikeEmail = (search: string | null | undefined) => !!search && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(search.trim());

/** Order of client lists: last name, first name, id (compared in memory; the names are encrypted). */
export function compareClients(a: { lastName: string; firstName: string; id: string }, b: { lastName: string; firstName: string; id: string }): number {
  return a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Cursor sort key of a client: empty (kit cursor kind `none`). Names are PHI and must not travel in
 * cursors (they end up in URLs and logs), so a client cursor carries only the id and the page
 * continues after that client's position in the (re-sorted) list.
 */
export const clientSortKey = () => '';

/**
 * The caller's visible clients (optionally of `trainerIds` only) matching `search`, opened and in
 * (last name, first name, id) order, read in unit of work `tx`.
 *
 * - A search that is a whole email address is looked up by blind index (`email_index`, HMAC under
 *   each primary trainer's index key): only matching rows are read and opened.
 * - Any other search matches first or last name, case-insensitively. Names are encrypted, so this
 *   opens the caller's clients in memory and filters there. That is a deliberate trade-off: a trainer
 *   (or a team admin) has tens to a few hundred clients, which open in well under a millisecond each,
 *   whereas a searchable name index would leak names (or their frequencies) to the database.
 */
export async function findClients(tx: ClientsTx, options: { search?: string | null; trainerIds?: readonly string[] }): Promise<ClientRecord[]> {
  let rows: ClientEntity[];
  let matches: (c: ClientRecord) => boolean = () => true;
  if (looksLikeEmail(options.search)) {
    const trainerIds = options.trainerIds ?? (await tx.clients.visibleTrainerIds());
    const indexes: string[] = [];
    for (const trainerId of trainerIds) indexes.push((await tx.dataKeys.emailIndex(trainerId, options.search!.trim()))!);
    rows = indexes.length ? await tx.clients.findVisible({ trainerIds: options.trainerIds, emailIndexes: indexes }) : [];
  } else {
    rows = await tx.clients.findVisible({ trainerIds: options.trainerIds });
    const byName = nameMatcher(options.search);
    if (byName) matches = (c) => byName(c.firstName) || byName(c.lastName) || byName(`${c.firstName} ${c.lastName}`);
  }
  return (await openClients(tx, rows)).filter(matches).sort(compareClients);
}

/**
 * `first + 1` rows of a sorted list after the row `after` points at; null when that row is not in the
 * list. Client lists are sorted in memory (names are encrypted), so they page by position after the
 * cursor's id; the cursor itself is decoded by kit's `pageRequest(…, 'none')`.
 */
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
