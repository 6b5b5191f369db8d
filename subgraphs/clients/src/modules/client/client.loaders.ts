import { byIdLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { ClientsRequest } from '../../context.js';
import { pageLoader } from '../../paging.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { ClientRecord } from './client.entity.js';
import { findClients, openClients, pageAfter, staleCursor } from './client.reader.js';
import { ClientRepository } from './client.repository.js';
import { clientSortKey, type ClientRelation } from './client.scope.js';

/** Per-request loaders of clients, all filtered by the caller's scope; one transaction per batch. */
export function createClientLoaders(request: ClientsRequest) {
  const { db, scope, keys } = request;
  return {
    /** The caller's relation to each client (null: unknown, deleted or out of scope). No PHI is read. */
    clientRelation: new DataLoader<string, ClientRelation | null>(async (ids) => {
      const rows = await db.run((em) => new ClientRepository(em, scope).relations(ids));
      const byId = new Map(rows.map((r) => [r.id, r.relation]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Visible client by id, opened; null when unknown, soft-deleted, erased or out of scope. Logs the read. */
    clientById: byIdLoader<ClientRecord>((ids) =>
      db.run(async (em) => {
        const clients = await openClients(em, keys, await new ClientRepository(em, scope).findByIds(ids));
        await logPhiReads(em, request, 'client', clients.map((c) => ({ id: c.id, clientId: c.id })));
        return clients;
      }),
    ),
    /** `Trainer.clients` pages: one transaction for every trainer of a selection. */
    clientsOfTrainer: pageLoader<ClientRecord>(
      (trainerIds, args) =>
        db.run(async (em) => {
          const all = await findClients(em, request, { search: args.search, trainerIds });
          const perTrainer = trainerIds.map((t) => pageAfter(all.filter((c) => c.trainerId === t), args.first, args.after));
          // A cursor points into one trainer's list; the other trainers of the batch have no page after it.
          if (perTrainer.every((page) => page === null)) throw staleCursor();
          const pages = perTrainer.flatMap((page) => page ?? []);
          // Only the clients of the page are disclosed (the extra row only tells whether there is a next page).
          const shown = trainerIds.flatMap((t) => pages.filter((c) => c.trainerId === t).slice(0, args.first));
          await logPhiReads(em, request, 'client', shown.map((c) => ({ id: c.id, clientId: c.id })));
          return pages;
        }),
      (c) => c.trainerId,
      clientSortKey,
    ),
  };
}
