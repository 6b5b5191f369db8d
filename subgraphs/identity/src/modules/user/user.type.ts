import { DateTimeScalar } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { RoleMembershipEntity, UserEntity } from './user.entity.js';

export enum RoleName {
  SUPER_ADMIN = 'super_admin',
  TRAINER_ADMIN = 'trainer_admin',
  TRAINER = 'trainer',
  STUDIO_ADMIN = 'studio_admin',
  CLIENT = 'client',
}
registerEnumType(RoleName, {
  name: 'Role',
  description:
    'A role in the access hierarchy: SUPER_ADMIN › TRAINER_ADMIN (holds every permission of its team) › TRAINER; STUDIO_ADMIN (its studio and the locations below it); CLIENT (their own data, read-only).',
});

export enum ScopeKind {
  PLATFORM = 'platform',
  TRAINER = 'trainer',
  STUDIO = 'studio',
  CLIENT = 'client',
}
registerEnumType(ScopeKind, { name: 'RoleScope', description: 'Where a role is held.' });

@ObjectType('RoleMembership', { description: 'A role a user holds, and where (scopeId: trainer, studio or client id; null on the platform).' })
export class RoleMembershipType {
  @Field(() => RoleName) role: RoleName;
  @Field(() => ScopeKind) scopeType: ScopeKind;
  @Field(() => ID, { nullable: true }) scopeId: string | null;

  static from(entity: RoleMembershipEntity): RoleMembershipType {
    return Object.assign(new RoleMembershipType(), { role: entity.role, scopeType: entity.scopeType, scopeId: entity.scopeId });
  }
}

/** A login. Owned by identity; studios adds `trainer`. */
@ObjectType('User', { description: 'A person who can sign in to FitFlow.' })
@Directive('@key(fields: "id")')
export class UserType {
  @Field(() => ID) id: string;
  @Field(() => String) email: string;
  @Field(() => String, {
    description:
      'The name to show people, e.g. "Maya Chen". Never a client\'s name (that lives sealed in the clients subgraph: read `Client.displayName`); a client account shows "Client account".',
  })
  displayName: string;
  @Field(() => Boolean) emailVerified: boolean;
  @Field(() => Boolean) mfaEnabled: boolean;
  @Field(() => String, { description: '`active` or `suspended` (a suspended user cannot sign in or refresh).' }) status: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC.' }) lastLoginAt: Date | null;

  static from(entity: UserEntity): UserType {
    return Object.assign(new UserType(), {
      id: entity.id,
      email: entity.email,
      displayName: entity.displayName,
      emailVerified: entity.emailVerified,
      mfaEnabled: entity.mfaEnabled,
      status: entity.status,
      lastLoginAt: entity.lastLoginAt,
    });
  }
}
