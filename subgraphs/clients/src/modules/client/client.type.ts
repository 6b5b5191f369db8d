import { ConnectionType, DateTimeScalar, ENTITY_ID_SCOPES, LocalDateScalar, RequiresScopes, type Connection } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { ClientRecord } from './client.entity.js';

export enum ClientStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
}
registerEnumType(ClientStatus, { name: 'ClientStatus', description: 'Whether the client currently trains with their trainer.' });

export enum ClientSource {
  REFERRAL = 'referral',
  WALK_IN = 'walk-in',
  ONLINE = 'online',
}
registerEnumType(ClientSource, { name: 'ClientSource', description: 'How the client found their trainer.' });

@ObjectType('EmergencyContact', { description: 'Who to call in an emergency.' })
@RequiresScopes('clients:read')
export class EmergencyContactType {
  @Field(() => String) name: string;
  @Field(() => String) phone: string;
  @Field(() => String, { description: 'e.g. spouse, parent, friend.' }) relationship: string;
}

@ObjectType('MedicalInfo', { description: 'Health information a trainer needs to program safely (PHI).' })
@RequiresScopes('clients:read')
export class MedicalInfoType {
  @Field(() => [String]) conditions: string[];
  @Field(() => [String]) medications: string[];
  @Field(() => [String]) allergies: string[];
}

@ObjectType('ClientConsents', { description: 'What the client has agreed to. The client may change these themself.' })
@RequiresScopes('clients:read')
export class ClientConsentsType {
  @Field(() => Boolean, { description: 'News and offers by email.' }) marketingEmails: boolean;
  @Field(() => Boolean, { description: 'Progress photos may be taken and kept in the record.' }) progressPhotos: boolean;
}

/** A trainer's client. Owned by the clients subgraph; scheduling and finance refer to it by id. */
@ObjectType('Client', { description: "A trainer's client: contact details, health information and goals (PHI)." })
@Directive('@key(fields: "id")')
export class ClientType {
  @RequiresScopes(...ENTITY_ID_SCOPES.Client)
  @Field(() => ID)
  id: string;
  @RequiresScopes('clients:read')
  @Field(() => String)
  firstName: string;
  @RequiresScopes('clients:read')
  @Field(() => String)
  lastName: string;
  @RequiresScopes('clients:read')
  @Field(() => String, { nullable: true })
  email: string | null;
  @RequiresScopes('clients:read')
  @Field(() => String, { nullable: true })
  phone: string | null;
  @RequiresScopes('clients:read')
  @Field(() => LocalDateScalar, { nullable: true, description: 'Date of birth, YYYY-MM-DD.' })
  dateOfBirth: string | null;
  @RequiresScopes('clients:read')
  @Field(() => EmergencyContactType, { nullable: true })
  emergencyContact: EmergencyContactType | null;
  @RequiresScopes('clients:read')
  @Field(() => MedicalInfoType)
  medicalInfo: MedicalInfoType;
  @RequiresScopes('clients:read')
  @Field(() => String, { nullable: true })
  goals: string | null;
  @RequiresScopes('clients:read')
  @Field(() => ClientConsentsType)
  consents: ClientConsentsType;
  @RequiresScopes('clients:read')
  @Field(() => ClientSource, { nullable: true })
  source: ClientSource | null;
  @RequiresScopes('clients:read')
  @Field(() => ClientStatus)
  status: ClientStatus;
  @RequiresScopes('clients:read')
  @Field(() => DateTimeScalar, { description: 'When the record was created (UTC).' })
  createdAt: Date;
  /** The primary trainer's id (exposed as `trainer`). */
  trainerId: string;

  @Field(() => String, { description: 'First and last name.' })
  @RequiresScopes('clients:read')
  get displayName(): string {
    return `${this.firstName} ${this.lastName}`;
  }

  static from(entity: ClientRecord): ClientType {
    return Object.assign(new ClientType(), {
      id: entity.id,
      firstName: entity.firstName,
      lastName: entity.lastName,
      email: entity.email,
      phone: entity.phone,
      dateOfBirth: entity.dateOfBirth,
      emergencyContact: entity.emergencyContact,
      medicalInfo: {
        conditions: entity.medicalInfo.conditions ?? [],
        medications: entity.medicalInfo.medications ?? [],
        allergies: entity.medicalInfo.allergies ?? [],
      },
      goals: entity.goals,
      consents: { marketingEmails: entity.consents.marketingEmails ?? false, progressPhotos: entity.consents.progressPhotos ?? false },
      source: entity.source as ClientSource | null,
      status: entity.status as ClientStatus,
      createdAt: entity.createdAt,
      trainerId: entity.trainerId,
    });
  }
}

export const ClientConnection = ConnectionType(ClientType, 'Client', { scopes: ['clients:read'] });

/** A page of client rows as a page of `Client`s. */
export function toClientConnection(page: Connection<ClientRecord>): Connection<ClientType> {
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: ClientType.from(e.node) })) };
}
