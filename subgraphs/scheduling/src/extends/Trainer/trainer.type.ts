import { entityStub } from '@fitflow/kit';

/** studios' `Trainer` entity, extended here with the trainer's schedule and class types. */
export const TrainerRef = entityStub('Trainer');
export type TrainerRef = InstanceType<typeof TrainerRef>;
