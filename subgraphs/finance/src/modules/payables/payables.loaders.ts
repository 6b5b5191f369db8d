import DataLoader from 'dataloader';
import type { FinanceRequest } from '../../context.js';
import { payablesOf } from './payables.totals.js';
import type { StudioPayablesType } from './payables.type.js';

/** The key of one studio's payables as of a day (null: today in the studio's zone). */
export const payablesKey = (studioId: string, asOf: string | null) => `${studioId}|${asOf ?? ''}`;

/** Per-request loaders of payables. */
export function createPayablesLoaders({ data, deps }: FinanceRequest) {
  return {
    /**
     * The payables of each studio asked for ({@link payablesKey}); null for a studio the caller may not
     * read (unknown or out of scope). Every studio of a selection costs the same one transaction: the
     * studios' "today" and scope, then every open invoice of them all.
     */
    payablesOfStudio: new DataLoader<string, StudioPayablesType | null>((keys) =>
      data.run(async (tx) => {
        const requests = keys.map((key) => {
          const [studioId, asOf] = key.split('|');
          return { studioId, asOf: asOf || null };
        });
        const todays = new Map((await tx.payables.studiosInScope([...new Set(requests.map((r) => r.studioId))], deps.now())).map((s) => [s.studioId, s.today]));
        const resolved = requests.map((r) => (todays.has(r.studioId) ? { studioId: r.studioId, asOf: r.asOf ?? todays.get(r.studioId)! } : null));
        const rows = await tx.payables.openInvoices(resolved.filter((r) => r !== null));
        return resolved.map(
          (r) =>
            r &&
            payablesOf(
              r.asOf,
              rows.filter((row) => row.studioId === r.studioId && row.asOf === r.asOf),
            ),
        );
      }),
    ),
  };
}
