import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/**
 * studios' `Trainer` entity, extended here with the trainer's clients. Only `id` comes from this
 * subgraph; the gateway fetches the rest from studios.
 */
export const TrainerRef = entityStub('Trainer', { scopes: ENTITY_ID_SCOPES.Trainer });
export type TrainerRef = InstanceType<typeof TrainerRef>;
