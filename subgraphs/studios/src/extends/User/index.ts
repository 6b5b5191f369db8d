import { defineModule, isAuthenticated, stubReference } from '@fitflow/kit';
import { UserRef } from './user.type.js';

/**
 * identity's `User`, extended here: the stub and its reference. A reference needs no lookup; a
 * malformed id resolves to null (kit `stubReference`). Its field `User.trainer` returns trainer data,
 * so it lives in the trainer module.
 */
export const userExtension = defineModule({
  name: 'User',
  orphanedTypes: [UserRef],
  references: { User: stubReference(['id'], ({ id }) => UserRef.of(id)) },
  rules: { User: { id: isAuthenticated } },
});
