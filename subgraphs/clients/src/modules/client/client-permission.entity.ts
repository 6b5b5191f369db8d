import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type PermissionLevel = 'read' | 'write' | 'admin';

/** Row of `clients.client_permissions`: a client shared with another trainer (team management). */
@Entity({ schema: 'clients', name: 'client_permissions' })
export class ClientPermissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'client_id', type: 'uuid' })
  clientId: string;

  /** The trainer the client is shared with. */
  @Column({ name: 'trainer_id', type: 'uuid' })
  trainerId: string;

  /** `read` may see the record; `write` and `admin` may also change it. */
  @Column({ name: 'permission_level', type: 'varchar', length: 50 })
  permissionLevel: PermissionLevel;

  /** The trainer who shared it. */
  @Column({ name: 'granted_by', type: 'uuid' })
  grantedBy: string;

  @Column({ name: 'granted_at', type: 'timestamptz' })
  grantedAt: Date;
}
