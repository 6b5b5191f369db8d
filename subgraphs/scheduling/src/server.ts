import { createSubgraphServer, type SubgraphDeps } from '@fitflow/kit';
import { createLoaders, type SchedulingContext } from './context.js';
import { appointmentScopeOf } from './modules/appointment/appointment.scope.js';
import { buildSchedulingSchema } from './schema.js';

/** Builds the scheduling subgraph server without listening (tests call this directly). */
export async function buildSchedulingServer({ ds, verifier, log }: Pick<SubgraphDeps, 'ds' | 'verifier' | 'log'>) {
  return createSubgraphServer<SchedulingContext>({
    name: 'scheduling',
    schema: await buildSchedulingSchema(),
    verifier,
    log,
    extendContext: (base) => {
      const scope = appointmentScopeOf(base.viewer);
      return { ...base, ds, scope, loaders: createLoaders(ds, scope) };
    },
  });
}
