import { ENTITY_ID_SCOPES, entityStub } from '@fitflow/kit';

/** studios' `Trainer` entity, extended here with the trainer's schedule and class types. */
export const TrainerRef = entityStub('Trainer', { scopes: ENTITY_ID_SCOPES.Trainer });
export type TrainerRef = InstanceType<typeof TrainerRef>;
