import { entityStub } from '@fitflow/kit';

/** identity's `User` entity, which this subgraph extends with the user's trainer profile (trainer module). */
export const UserRef = entityStub('User');
export type UserRef = InstanceType<typeof UserRef>;
