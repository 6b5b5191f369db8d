import { DataAccess, type RequestContext } from '@fitflow/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { ContractRepository } from './modules/contract/contract.repository.js';
import { StudioRepository } from './modules/studio/studio.repository.js';
import { TrainerRepository } from './modules/trainer/trainer.repository.js';

/** Every repository of the studios subgraph, bound to one unit of work's transaction and the caller's scope. */
export function studiosRepositories(em: EntityManager, { scope }: RequestContext) {
  return {
    studios: new StudioRepository(em, scope),
    trainers: new TrainerRepository(em, scope),
    contracts: new ContractRepository(em, scope),
  };
}

export type StudiosRepos = ReturnType<typeof studiosRepositories>;
/** The per-request data access of the studios subgraph: `data.run((tx) => tx.contracts.…)`. */
export type StudiosData = DataAccess<StudiosRepos>;

/** The data access of one request (or of kit's `systemContext` for a seed or job); audit rows go to `studios.audit_log`. */
export const createStudiosData = (ds: DataSource, request: RequestContext): StudiosData => new DataAccess(ds, request, 'studios', studiosRepositories);
