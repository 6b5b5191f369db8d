import { entityStub } from '@fitflow/kit';

/** studios' `Studio` entity, extended here with the invoices addressed to the studio. */
export const StudioRef = entityStub('Studio');
export type StudioRef = InstanceType<typeof StudioRef>;
