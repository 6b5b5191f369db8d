import { DateTimeScalar, LocalDateScalar } from '@fitflow/kit';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { IdentityContext } from '../../context.js';
import { AppUsageInput, RegisterAppInput } from './app.inputs.js';
import * as apps from './app.service.js';
import {
  AppAccessTokenType,
  AppCredentialsType,
  AppOperationDocumentType,
  AppOperationType,
  AppOperationUsageType,
  AppScopeValue,
  AppType,
  ManifestAnalysisType,
} from './app.type.js';

@Resolver(() => AppType)
export class AppResolver {
  @Query(() => [AppType], { description: 'Your apps, newest first (a super admin: every app).' })
  myApps(@Ctx() ctx: IdentityContext): Promise<AppType[]> {
    return apps.myApps(ctx);
  }

  @Query(() => AppType, { description: 'An app: yours, or any for a super admin. Errors: NOT_FOUND, BAD_USER_INPUT.' })
  app(@Arg('id', () => ID) id: string, @Ctx() ctx: IdentityContext): Promise<AppType> {
    return apps.getApp(ctx, id);
  }

  @Query(() => ManifestAnalysisType, {
    description: 'What registering this manifest with these scopes would do: each operation, the fields it selects and why one is refused. Stores nothing.',
  })
  analyzeAppManifest(
    @Arg('manifest', () => String) manifest: string,
    @Arg('scopes', () => [AppScopeValue]) scopes: AppScopeValue[],
    @Ctx() ctx: IdentityContext,
  ): ManifestAnalysisType {
    return apps.analyzeManifest(ctx, manifest, scopes);
  }

  @Mutation(() => AppCredentialsType, {
    description:
      'Registers an app of yours (trainer, trainer admin, studio admin): credentials shown once. CLIENTS_READ waits for a super admin (PENDING_APPROVAL). Errors: BAD_USER_INPUT (naming the field; a refused manifest lists every operation and field), FORBIDDEN.',
  })
  registerApp(@Arg('input', () => RegisterAppInput) input: RegisterAppInput, @Ctx() ctx: IdentityContext): Promise<AppCredentialsType> {
    return apps.registerApp(ctx, input);
  }

  @Mutation(() => AppCredentialsType, {
    description: 'A new client secret for your app (shown once); the old one stops working at once. Errors: NOT_FOUND, CONFLICT (revoked).',
  })
  rotateAppSecret(@Arg('appId', () => ID) appId: string, @Ctx() ctx: IdentityContext): Promise<AppCredentialsType> {
    return apps.rotateAppSecret(ctx, appId);
  }

  @Mutation(() => AppType, {
    description: 'Replaces the operations of your app, checked as at registration. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT (revoked).',
  })
  updateAppManifest(@Arg('appId', () => ID) appId: string, @Arg('manifest', () => String) manifest: string, @Ctx() ctx: IdentityContext): Promise<AppType> {
    return apps.updateAppManifest(ctx, appId, manifest);
  }

  @Mutation(() => AppType, { description: 'Revokes an app for good (its owner or a super admin). Errors: NOT_FOUND, CONFLICT (already revoked).' })
  revokeApp(@Arg('appId', () => ID) appId: string, @Ctx() ctx: IdentityContext): Promise<AppType> {
    return apps.revokeApp(ctx, appId);
  }

  @Mutation(() => AppType, { description: 'Super admin: suspends an app, saying why (10 to 1000 characters). Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT.' })
  suspendApp(@Arg('appId', () => ID) appId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: IdentityContext): Promise<AppType> {
    return apps.suspendApp(ctx, appId, reason);
  }

  @Mutation(() => AppType, { description: 'Super admin: reinstates a suspended app. Errors: NOT_FOUND, CONFLICT (not suspended).' })
  reinstateApp(@Arg('appId', () => ID) appId: string, @Ctx() ctx: IdentityContext): Promise<AppType> {
    return apps.reinstateApp(ctx, appId);
  }

  @Mutation(() => AppType, {
    description:
      'Super admin: approves an app’s access to client records (CLIENTS_READ), recording the data processing agreement’s reference and signing date. PENDING_APPROVAL → ACTIVE. Errors: BAD_USER_INPUT, NOT_FOUND, CONFLICT.',
  })
  approveAppClientAccess(
    @Arg('appId', () => ID) appId: string,
    @Arg('dataProcessingAgreement', () => String) dataProcessingAgreement: string,
    @Arg('signedOn', () => LocalDateScalar) signedOn: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<AppType> {
    return apps.approveAppClientAccess(ctx, appId, dataProcessingAgreement, signedOn);
  }

  @FieldResolver(() => [AppOperationType], { description: 'The operations of its manifest: the only documents its token may run.' })
  async operations(@Root() app: AppType, @Ctx() ctx: IdentityContext): Promise<AppOperationType[]> {
    return (await ctx.loaders.operationsOfApp.load(app.id)).map((o) => ({
      id: o.id,
      name: o.name,
      type: o.type,
      fields: apps.storedFields(o.fields, app.scopes),
    }));
  }

  @FieldResolver(() => [AppOperationUsageType], { description: 'Calls per operation over the last `days` days (1 to 366, today included; UTC days).' })
  usage(@Root() app: AppType, @Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: IdentityContext): Promise<AppOperationUsageType[]> {
    return apps.usageOf(ctx, app.id, days);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the app last called FitFlow (UTC); null if never.' })
  lastUsedAt(@Root() app: AppType, @Ctx() ctx: IdentityContext): Promise<Date | null> {
    return ctx.loaders.lastUsedOfApp.load(app.id);
  }
}

/** identity's internal operations for the gateway (`@inaccessible`: not in the API schema; shield `isGateway`). */
@Resolver()
export class AppGatewayResolver {
  @Mutation(() => AppAccessTokenType, {
    description:
      'Internal (gateway token endpoint, client-credentials grant): an access token for an active app. Errors: UNAUTHENTICATED invalid_client, FORBIDDEN unauthorized_client, BAD_USER_INPUT invalid_scope.',
  })
  @Directive('@inaccessible')
  issueAppToken(
    @Arg('clientId', () => String) clientId: string,
    @Arg('clientSecret', () => String) clientSecret: string,
    @Arg('scope', () => String, { nullable: true }) scope: string | null,
    @Ctx() ctx: IdentityContext,
  ): Promise<AppAccessTokenType> {
    return apps.issueAppToken(ctx, clientId, clientSecret, scope);
  }

  @Query(() => AppOperationDocumentType, { nullable: true, description: "Internal (gateway's persisted-operation lookup): an active app's operation by id." })
  @Directive('@inaccessible')
  appOperation(
    @Arg('appId', () => ID) appId: string,
    @Arg('operationId', () => String) operationId: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<AppOperationDocumentType | null> {
    return apps.appOperation(ctx, appId, operationId);
  }

  @Mutation(() => Boolean, { description: "Internal (gateway's usage counts): adds calls and errors per app, operation and day." })
  @Directive('@inaccessible')
  recordAppUsage(@Arg('entries', () => [AppUsageInput]) entries: AppUsageInput[], @Ctx() ctx: IdentityContext): Promise<boolean> {
    return apps.recordAppUsage(ctx, entries);
  }
}
