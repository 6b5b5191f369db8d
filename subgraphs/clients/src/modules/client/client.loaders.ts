import { byIdLoader, pageLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { ClientRelation } from '../../access/client-access.js';
import type { ClientsRequest } from '../../context.js';
import { logPhiReads } from '../access-log/access-log.record.js';
import type { ClientRecord } from './client.entity.js';
import { openClients } from './client.sealing.js';
import { clientSortKey, findClients, pageAfter, staleCursor } from './client.search.js';

/** Per-request loaders of clients, all filtered by the caller's scope; one unit of work per batch. */
export function createClientLoaders(request: ClientsRequest) {
  const { data } = request;
  return {
    /** The caller's relation to each client (null: unknown, deleted or out of scope). No PHI is read. */
    clientRelation: new DataLoader<string, ClientRelation | null>(async (ids) => {
      const rows = await data.run((tx) => tx.clients.relations(ids));
      const byId = new Map(rows.map((r) => [r.id, r.relation]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Visible client by id, opened; null when unknown, soft-deleted, erased or out of scope. Logs the read. */
    clientById: byIdLoader<ClientRecord>((ids) =>
      data.run(async (tx) => {
        const clients = await openClients(tx, await tx.clients.findByIds(ids));
        await logPhiReads(
          tx,
          request,
          'client',
          clients.map((c) => ({ id: c.id, clientId: c.id })),
        );
        return clients;
      }),
    ),
    /** `Trainer.clients` pages: one unit of work for every trainer of a selection. */
    clientsOfTrainer: pageLoader<ClientRecord>(
      (trainerIds, args) =>
        data.run(async (tx) => {
          const all = await findClients(tx, { search: args.search, trainerIds });
          const perTrainer = trainerIds.map((t) =>
            pageAfter(
              all.filter((c) => c.trainerId === t),
              args.first,
              args.after,
            ),
          );
          // A cursor points into one trainer's list; the other trainers of the batch have no page after it.
          if (perTrainer.every((page) => page === null)) throw staleCursor();
          const pages = perTrainer.flatMap((page) => page ?? []);
          // Only the clients of the page are disclosed (the extra row only tells whether there is a next page).
          const shown = trainerIds.flatMap((t) => pages.filter((c) => c.trainerId === t).slice(0, args.first));
          await logPhiReads(
            tx,
            request,
            'client',
            shown.map((c) => ({ id: c.id, clientId: c.id })),
          );
          return pages;
        }),
      (c) => c.trainerId,
      clientSortKey,
    ),
  };
}
