import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@fitflow/kit';

/** Row of `identity.users`: one login. */
@Entity({ schema: 'identity', name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 255 })
  email: string;

  /** The name shown to people ("Maya Chen"). */
  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'email_verified', type: 'boolean' })
  emailVerified: boolean;

  /** argon2id hash (PHC string). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'mfa_enabled', type: 'boolean' })
  mfaEnabled: boolean;

  /** TOTP secret, sealed (kit envelope encryption, data key "identity.mfa"). */
  @Column({ name: 'mfa_secret', type: 'text', nullable: true })
  mfaSecret: string | null;

  /** Secret of an enrolment started but not yet confirmed, sealed likewise. */
  @Column({ name: 'mfa_pending_secret', type: 'text', nullable: true })
  mfaPendingSecret: string | null;

  @Column({ type: 'varchar', length: 50 })
  status: 'active' | 'suspended' | 'deleted';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}

export type ScopeType = 'platform' | 'trainer' | 'studio' | 'client';

/** Which scope type each role is held in. */
export const SCOPE_OF_ROLE: Record<Role, ScopeType> = {
  super_admin: 'platform',
  trainer_admin: 'trainer',
  trainer: 'trainer',
  studio_admin: 'studio',
  client: 'client',
};

/** Row of `identity.role_memberships`: a role a user holds, and where. */
@Entity({ schema: 'identity', name: 'role_memberships' })
export class RoleMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 30 })
  role: Role;

  @Column({ name: 'scope_type', type: 'varchar', length: 20 })
  scopeType: ScopeType;

  @Column({ name: 'scope_id', type: 'uuid', nullable: true })
  scopeId: string | null;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
