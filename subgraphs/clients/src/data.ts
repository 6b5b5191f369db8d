import { DataAccess, type RequestContext, type UnitOfWork } from '@fitflow/kit';
import type { EntityManager } from 'typeorm';
import type { ClientsDeps } from './deps.js';
import { AccessLogRepository } from './modules/access-log/access-log.repository.js';
import { ClientRepository } from './modules/client/client.repository.js';
import { ErasureRepository } from './modules/data-rights/data-rights.repository.js';
import { SessionNoteRepository } from './modules/session-note/session-note.repository.js';
import { TrainingPlanRepository } from './modules/training-plan/training-plan.repository.js';
import { DataKeyRepository } from './protection/data-key.repository.js';
import { DemoRepository } from './seed.repository.js';

/**
 * Every repository of the clients subgraph, bound to one unit of work (its EntityManager) and the
 * caller's scope. The only place repositories are constructed.
 */
export const clientsRepositories =
  (deps: Pick<ClientsDeps, 'keys'>) =>
  (em: EntityManager, { scope }: RequestContext) => ({
    clients: new ClientRepository(em, scope),
    sessionNotes: new SessionNoteRepository(em, scope),
    trainingPlans: new TrainingPlanRepository(em, scope),
    accessLog: new AccessLogRepository(em, scope),
    erasures: new ErasureRepository(em, scope),
    dataKeys: new DataKeyRepository(em, scope, deps.keys),
    demo: new DemoRepository(em, scope),
  });

export type ClientsRepositories = ReturnType<ReturnType<typeof clientsRepositories>>;
/** The per-request data-access object of the clients subgraph (`ctx.data`). */
export type ClientsData = DataAccess<ClientsRepositories>;
/** One unit of work: the repositories and the audit trail, in one transaction with the caller's claims. */
export type ClientsTx = UnitOfWork<ClientsRepositories>;

/** The data-access object of `request` (a caller's, or kit's `systemContext` for a job or seed). */
export const clientsData = (deps: ClientsDeps, request: RequestContext): ClientsData => new DataAccess(deps.ds, request, 'clients', clientsRepositories(deps));
