import { hasAnyRole, type IRules } from '@fitflow/kit';

const superAdmin = hasAnyRole('super_admin');

/** The support console (find by email, unlock, suspend, reinstate) is for super admins only. */
export const supportRules: IRules = {
  Query: { userByEmail: superAdmin },
  Mutation: { unlockAccount: superAdmin, suspendAccount: superAdmin, reinstateAccount: superAdmin },
};
