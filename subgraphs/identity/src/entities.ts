import { RefreshTokenEntity } from './modules/auth/refresh-token.entity.js';
import { RoleMembershipEntity, UserEntity } from './modules/user/user.entity.js';

/** Every TypeORM entity of the identity schema. */
export const entities = [UserEntity, RoleMembershipEntity, RefreshTokenEntity];
