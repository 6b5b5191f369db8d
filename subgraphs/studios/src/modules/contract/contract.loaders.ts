import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { ContractAccess } from '../../access/contract-access.js';
import type { StudiosRequest } from '../../context.js';
import type { TrainerStudioEntity } from './contract.entity.js';
import type { ContractPair } from './contract.repository.js';

const pairKey = (p: ContractPair) => `${p.trainerId}:${p.studioId}`;

/**
 * Per-request loaders of contracts, limited to what the caller may see (the contract repository is
 * bound to the request's scope): contracts outside it are missing from lists and load as null. One
 * statement per batch, whatever the number of parents.
 */
export function createContractLoaders({ data }: StudiosRequest) {
  return {
    contractsOfTrainer: groupLoader(
      (ids) => data.run((tx) => tx.contracts.findByTrainers(ids)),
      (c) => c.trainerId,
    ),
    contractsOfStudio: groupLoader(
      (ids) => data.run((tx) => tx.contracts.findByStudios(ids)),
      (c) => c.studioId,
    ),
    /** Every rate period of each contract (by contract id), newest first, with today's date in the studio's zone. */
    ratePeriodsOfContract: groupLoader(
      (ids) => data.run((tx) => tx.contracts.ratePeriodsOf(ids)),
      (p) => p.contractId,
    ),
    contractByPair: new DataLoader<ContractPair, TrainerStudioEntity | null, string>(
      async (pairs) => {
        const rows = new Map((await data.run((tx) => tx.contracts.findByPairs(pairs))).map((c) => [pairKey(c), c]));
        return pairs.map((p) => rows.get(pairKey(p)) ?? null);
      },
      { cacheKeyFn: pairKey },
    ),
    /** The caller's access to a contract: `manage`, `read`, or null (unknown or outside their scope). */
    contractAccess: new DataLoader<ContractPair, ContractAccess | null, string>(
      async (pairs) => {
        const rows = new Map((await data.run((tx) => tx.contracts.accessByPairs(pairs))).map((c) => [pairKey(c), c.access]));
        return pairs.map((p) => rows.get(pairKey(p)) ?? null);
      },
      { cacheKeyFn: pairKey },
    ),
  };
}
