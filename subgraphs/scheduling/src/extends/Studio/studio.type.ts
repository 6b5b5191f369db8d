import { entityStub } from '@fitflow/kit';

/** studios' `Studio` entity, extended here with its schedule (`appointments`). */
export const StudioRef = entityStub('Studio');
export type StudioRef = InstanceType<typeof StudioRef>;
