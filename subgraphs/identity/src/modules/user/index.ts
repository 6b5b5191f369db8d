import { defineModule } from '@fitflow/kit';
import type { IdentityRequest } from '../../context.js';
import { RoleMembershipEntity, UserEntity } from './user.entity.js';
import { createUserLoaders } from './user.loaders.js';
import { userReference } from './user.reference.js';
import { UserResolver } from './user.resolver.js';
import { userRules } from './user.rules.js';

/** Users and their role memberships: `me`, `user(id)`, `User.roles`, and `User` references. */
export const userModule = defineModule({
  name: 'user',
  resolvers: [UserResolver],
  references: { User: userReference },
  rules: userRules,
  entities: [UserEntity, RoleMembershipEntity],
  loaders: (request: IdentityRequest) => createUserLoaders(request),
});
