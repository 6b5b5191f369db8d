import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { TrainerStudioEntity } from './contract.entity.js';
import { ContractRepository, type ContractPair } from './contract.repository.js';
import type { ContractAccess, ContractScope } from './contract.scope.js';

const pairKey = (p: ContractPair) => `${p.trainerId}:${p.studioId}`;

/**
 * Per-request loaders of contracts, limited to what the caller may see (`scope`): contracts outside it
 * are missing from lists and load as null. One statement per batch, whatever the number of parents.
 */
export function createContractLoaders(em: EntityManager, scope: ContractScope) {
  const repository = new ContractRepository(em, scope);
  return {
    contractsOfTrainer: groupLoader((ids) => repository.findByTrainers(ids), (c) => c.trainerId),
    contractsOfStudio: groupLoader((ids) => repository.findByStudios(ids), (c) => c.studioId),
    contractByPair: new DataLoader<ContractPair, TrainerStudioEntity | null, string>(
      async (pairs) => {
        const rows = new Map((await repository.findByPairs(pairs)).map((c) => [pairKey(c), c]));
        return pairs.map((p) => rows.get(pairKey(p)) ?? null);
      },
      { cacheKeyFn: pairKey },
    ),
    /** The caller's access to a contract: `manage`, `read`, or null (unknown or outside their scope). */
    contractAccess: new DataLoader<ContractPair, ContractAccess | null, string>(
      async (pairs) => {
        const rows = new Map((await repository.accessByPairs(pairs)).map((c) => [pairKey(c), c.access]));
        return pairs.map((p) => rows.get(pairKey(p)) ?? null);
      },
      { cacheKeyFn: pairKey },
    ),
  };
}
