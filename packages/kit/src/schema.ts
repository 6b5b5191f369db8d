import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import type { IRules } from 'graphql-shield';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';
import { DateTimeScalar } from './scalars.js';
import { appScopeGuard } from './app-guard.js';
import { buildShield } from './shield.js';

/** Federation 2 directives a subgraph may use. */
const FEDERATION_IMPORTS = ['@key', '@shareable', '@external', '@requires', '@provides', '@inaccessible', '@requiresScopes', '@authenticated'];

/** Reference resolvers by entity type name: `{ Client: { __resolveReference(ref, ctx) {…} } }`. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: any, context: any) => unknown }>;

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: ReferenceResolvers;
  permissions: IRules;
}

/** The subgraph SDL (with federation directives) of a type-graphql schema. */
export async function buildSubgraphTypeDefs(options: Pick<FederatedSchemaOptions, 'resolvers' | 'orphanedTypes'>) {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
    validate: { forbidUnknownValues: false, whitelist: true },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  const sdl =
    `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ${JSON.stringify(FEDERATION_IMPORTS)})\n` + printSchemaWithDirectives(schema);
  return { schema, sdl };
}

/**
 * Builds a subgraph's executable schema: type-graphql types → SDL with federation directives →
 * `buildSubgraphSchema` with the reference resolvers merged in → graphql-shield applied *after*
 * federation (so `_entities` is guarded too), deny by default; before it, apps' field-level scopes
 * (`@requiresScopes`, kit {@link appScopeGuard}).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const { schema, sdl } = await buildSubgraphTypeDefs(options);
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[type] = { ...(resolvers[type] ?? {}), ...reference };
  }
  const subgraph = buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers: resolvers as never }]);
  return applyMiddleware(subgraph, appScopeGuard(subgraph), buildShield(options.permissions));
}
