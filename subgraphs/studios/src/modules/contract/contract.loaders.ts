import { groupLoader } from '@fitflow/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { TrainerStudioEntity } from './contract.entity.js';
import { ContractRepository } from './contract.repository.js';

const pairKey = (p: { trainerId: string; studioId: string }) => `${p.trainerId}:${p.studioId}`;

/** Per-request loaders of contracts. */
export function createContractLoaders(ds: DataSource) {
  const repository = new ContractRepository(ds);
  return {
    contractsOfTrainer: groupLoader((ids) => repository.findByTrainers(ids), (c) => c.trainerId),
    contractsOfStudio: groupLoader((ids) => repository.findByStudios(ids), (c) => c.studioId),
    contractByPair: new DataLoader<{ trainerId: string; studioId: string }, TrainerStudioEntity | null, string>(
      async (pairs) => {
        const rows = new Map((await repository.findByPairs(pairs)).map((c) => [pairKey(c), c]));
        return pairs.map((p) => rows.get(pairKey(p)) ?? null);
      },
      { cacheKeyFn: pairKey },
    ),
  };
}
