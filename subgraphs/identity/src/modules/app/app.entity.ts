import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type AppStatus = 'pending_approval' | 'active' | 'suspended' | 'revoked';
export type AppOwnerRole = 'trainer' | 'trainer_admin' | 'studio_admin';

/** Row of `identity.apps`: a third-party app, its hashed credentials and its standing. */
@Entity({ schema: 'identity', name: 'apps' })
export class AppEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'owner_user_id', type: 'uuid' }) ownerUserId: string;
  @Column({ name: 'owner_role', type: 'varchar', length: 20 }) ownerRole: AppOwnerRole;
  /** The trainer id (trainer, trainer admin) or studio id (studio admin) the app acts in. */
  @Column({ name: 'owner_scope_id', type: 'uuid' }) ownerScopeId: string;
  @Column({ type: 'varchar', length: 80 }) name: string;
  @Column({ type: 'text', array: true }) scopes: string[];
  @Column({ type: 'varchar', length: 20 }) status: AppStatus;
  @Column({ name: 'client_id', type: 'varchar', length: 40 }) clientId: string;
  /** SHA-256 (hex) of the client secret; the secret itself is never stored. */
  @Column({ name: 'secret_hash', type: 'char', length: 64 }) secretHash: string;
  @Column({ name: 'secret_rotated_at', type: 'timestamptz' }) secretRotatedAt: Date;
  @Column({ name: 'dpa_reference', type: 'varchar', length: 200, nullable: true }) dpaReference: string | null;
  @Column({ name: 'dpa_signed_on', type: 'date', nullable: true }) dpaSignedOn: string | null;
  @Column({ name: 'approved_by', type: 'uuid', nullable: true }) approvedBy: string | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'suspended_reason', type: 'text', nullable: true }) suspendedReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A field an operation selects, as stored: its coordinate and the scopes that open it (any one). */
export interface StoredField {
  coordinate: string;
  scopes: string[];
}

/** Row of `identity.app_operations`: one operation of an app's manifest. */
@Entity({ schema: 'identity', name: 'app_operations' })
export class AppOperationEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid' }) appId: string;
  /** SHA-256 (hex) of `body`. */
  @PrimaryColumn({ type: 'char', length: 64 }) id: string;
  @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'varchar', length: 10 }) type: 'query' | 'mutation';
  @Column({ type: 'text' }) body: string;
  @Column({ type: 'jsonb' }) fields: StoredField[];
}
