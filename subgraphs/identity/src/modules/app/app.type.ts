import { APP_SCOPE_INFO, DateTimeScalar, type AppScope } from '@fitflow/kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoleName } from '../user/user.type.js';
import type { AppEntity } from './app.entity.js';

/** The scopes an app may be granted (kit `APP_SCOPES`), as GraphQL enum values. */
export enum AppScopeValue {
  SCHEDULE_READ = 'schedule:read',
  BOOKINGS_WRITE = 'bookings:write',
  INVOICES_READ = 'invoices:read',
  CLIENTS_READ = 'clients:read',
}
registerEnumType(AppScopeValue, {
  name: 'AppScope',
  description: 'What a third-party app may be granted (docs/apps.md, Scopes). Its token reaches only the fields one of its scopes opens.',
  valuesConfig: Object.fromEntries(
    Object.entries(AppScopeValue).map(([name, scope]) => [
      name,
      { description: `\`${scope}\`: ${APP_SCOPE_INFO[scope as AppScope].description}${APP_SCOPE_INFO[scope as AppScope].phi ? ' Health data.' : ''}` },
    ]),
  ),
});

/** Where an app is in its life. */
export enum AppStatusValue {
  PENDING_APPROVAL = 'pending_approval',
  ACTIVE = 'active',
  SUSPENDED = 'suspended',
  REVOKED = 'revoked',
}
registerEnumType(AppStatusValue, {
  name: 'AppStatus',
  description: "Where an app is in its life; only an ACTIVE app's credentials get a token.",
  valuesConfig: {
    PENDING_APPROVAL: { description: "It asked for CLIENTS_READ: it waits for a super admin's approval and a data processing agreement." },
    ACTIVE: { description: 'Its credentials get tokens.' },
    SUSPENDED: { description: 'A super admin suspended it (`suspendedReason`); a super admin may reinstate it.' },
    REVOKED: { description: 'Its owner or a super admin revoked it: final.' },
  },
});

@ObjectType('AppOperationField', { description: 'A field an operation selects, and the scopes that open it to an app (any one suffices).' })
export class AppOperationFieldType {
  @Field(() => String, { description: 'Schema coordinate, e.g. "Query.studios" or "Appointment.placesLeft".' }) coordinate: string;
  @Field(() => [AppScopeValue], { description: 'Any one of these opens the field to an app; empty: no app may use it.' }) scopes: AppScopeValue[];
  @Field(() => Boolean, { description: 'The scopes requested (or granted) include one of `scopes`.' }) allowed: boolean;
}

@ObjectType('AppOperation', { description: "One operation of an app's manifest: the only documents its token may run." })
export class AppOperationType {
  @Field(() => String, { description: 'SHA-256 (hex) of the operation text: the `documentId` the app sends.' }) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: '"query" or "mutation".' }) type: string;
  @Field(() => [AppOperationFieldType]) fields: AppOperationFieldType[];
}

@ObjectType('AppOperationUsage', { description: "An app's calls of one operation over the period asked for." })
export class AppOperationUsageType {
  @Field(() => String) operationName: string;
  @Field(() => Int) calls: number;
  @Field(() => Int, { description: 'Calls answered with at least one error.' }) errors: number;
  @Field(() => DateTimeScalar, { description: 'UTC.' }) lastUsedAt: Date;
}

/** A third-party app registered by a trainer, trainer admin or studio admin (docs/apps.md). */
@ObjectType('App', { description: 'A third-party app: machine credentials with scopes, acting within its owner’s data only (docs/apps.md).' })
export class AppType {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { description: 'The OAuth client id (`ffa_…`), sent with the secret to the token endpoint.' }) clientId: string;
  @Field(() => [AppScopeValue]) scopes: AppScopeValue[];
  @Field(() => AppStatusValue) status: AppStatusValue;
  @Field(() => RoleName, { description: "The owner's role the app acts with." }) ownerRole: RoleName;
  @Field(() => ID, { description: 'The tenant it acts in: the trainer id (trainer, trainer admin) or studio id (studio admin).' }) ownerScopeId: string;
  @Field(() => DateTimeScalar, { description: 'UTC.' }) createdAt: Date;
  @Field(() => DateTimeScalar, { description: 'When the current secret was made (UTC).' }) secretRotatedAt: Date;
  @Field(() => String, { nullable: true, description: 'Why a super admin suspended it.' }) suspendedReason: string | null;
  @Field(() => String, { nullable: true, description: 'CLIENTS_READ: the reference of the data processing agreement a super admin recorded.' })
  dataProcessingAgreement: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'CLIENTS_READ: when a super admin approved it (UTC).' }) approvedAt: Date | null;

  static from(entity: AppEntity): AppType {
    return Object.assign(new AppType(), {
      id: entity.id,
      name: entity.name,
      clientId: entity.clientId,
      scopes: entity.scopes as AppScopeValue[],
      status: entity.status as AppStatusValue,
      ownerRole: entity.ownerRole as RoleName,
      ownerScopeId: entity.ownerScopeId,
      createdAt: entity.createdAt,
      secretRotatedAt: entity.secretRotatedAt,
      suspendedReason: entity.suspendedReason,
      dataProcessingAgreement: entity.dpaReference,
      approvedAt: entity.approvedAt,
    });
  }
}

@ObjectType('AppCredentials', { description: "An app and its client secret: shown this once (FitFlow keeps only a hash). Store it in the app's secret store." })
export class AppCredentialsType {
  @Field(() => AppType) app: AppType;
  @Field(() => String, { description: 'The client secret (`ffs_…`). It is never shown again: rotate it if it is lost.' }) clientSecret: string;
}

@ObjectType('AnalysedOperation', { description: 'One operation of a manifest as FitFlow reads it: the fields it selects and what is wrong with it.' })
export class AnalysedOperationType {
  @Field(() => String, { description: 'SHA-256 (hex) of its text.' }) id: string;
  @Field(() => String, { description: 'Its name ("" when it has none).' }) name: string;
  @Field(() => String, { description: '"query", "mutation", or "" when it could not be read.' }) type: string;
  @Field(() => [AppOperationFieldType]) fields: AppOperationFieldType[];
  @Field(() => [String], { description: 'Why it would be refused; empty when it is fine.' }) problems: string[];
}

@ObjectType('ManifestAnalysis', { description: 'What registering a manifest with these scopes would do; nothing is stored.' })
export class ManifestAnalysisType {
  @Field(() => Boolean, { description: 'It would be accepted as it is.' }) valid: boolean;
  @Field(() => [AnalysedOperationType]) operations: AnalysedOperationType[];
  @Field(() => [String], { description: 'Every problem, of the manifest and of each operation.' }) problems: string[];
}

// ——— Internal: the gateway's alone (@inaccessible: not in the API schema, never planned by the gateway). ———

@ObjectType('AppAccessToken', { description: 'Internal: an access token of an app (OAuth 2.0 client-credentials grant).' })
@Directive('@inaccessible')
export class AppAccessTokenType {
  @Field(() => String, { description: 'JWT signed with identity’s key; `app` and `scope` claims.' }) accessToken: string;
  @Field(() => Int, { description: 'Seconds until it expires.' }) expiresIn: number;
  @Field(() => String, { description: 'The scopes granted, space-separated.' }) scope: string;
}

@ObjectType('AppOperationDocument', { description: "Internal: one operation of an active app's manifest, for the gateway's persisted-operation lookup." })
@Directive('@inaccessible')
export class AppOperationDocumentType {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
  @Field(() => String) type: string;
  @Field(() => String) body: string;
}
