import { byIdLoader, groupLoader } from '@fitflow/kit';
import type { IdentityRequest } from '../../context.js';

/**
 * Per-request loaders of users and their roles (one statement per batch). They read `request.data`
 * when a batch runs, so after a sign-in in this request they read as the new caller.
 */
export function createUserLoaders(request: IdentityRequest) {
  return {
    userById: byIdLoader((ids) => request.data.run((tx) => tx.users.findByIds(ids))),
    rolesOfUser: groupLoader(
      (ids) => request.data.run((tx) => tx.users.rolesOf(ids)),
      (r) => r.userId,
    ),
  };
}
