import {
  getNamedType,
  isObjectType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import { requiredScopes, scopesSatisfied } from './app-scopes.js';
import type { RequestContext } from './context.js';
import { forbidden } from './errors.js';

/** Federation plumbing an app's request may pass through (each entity field is still checked). */
const PLUMBING = new Set(['Query._entities']);

/**
 * The first field selected below `selectionSet` (a selection on `parent`, fragments followed, each
 * field then its own selection) that `allowed` refuses, as `Type.field`; null when there is none.
 * `__typename` and friends are free.
 */
function firstRefused(
  schema: GraphQLSchema,
  parent: GraphQLNamedType | null | undefined,
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  allowed: (coordinate: string) => boolean,
): string | null {
  for (const selection of selectionSet?.selections ?? []) {
    let refused: string | null = null;
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__') || !isObjectType(parent)) continue;
      const coordinate = `${parent.name}.${selection.name.value}`;
      if (!allowed(coordinate)) return coordinate;
      const field = parent.getFields()[selection.name.value];
      refused = field ? firstRefused(schema, getNamedType(field.type), selection.selectionSet, fragments, allowed) : null;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      refused = firstRefused(schema, type, selection.selectionSet, fragments, allowed);
    } else {
      const fragment = fragments[selection.name.value];
      refused = fragment ? firstRefused(schema, schema.getType(fragment.typeCondition.name.value), fragment.selectionSet, fragments, allowed) : null;
    }
    if (refused) return refused;
  }
  return null;
}

/**
 * Field-level scopes, enforced in every subgraph (docs/scopes.md): for a request with an app
 * token (`viewer.app`), each field resolved must carry a `@requiresScopes` (its own or its type's)
 * that the app's scopes satisfy; a field without one is closed to apps (deny by default). Requests of
 * people are not affected. Runs before graphql-shield, whose rules then apply to the app as to its owner.
 *
 * A root field (`Query.*`, `Mutation.*`, `_entities`) is checked with everything selected below it
 * before it runs: an operation that selects one field beyond the app's scopes reads no record and
 * writes nothing (no decrypted PHI, no access-log row, no booking made and then half-returned).
 *
 * @returns a graphql-middleware function; FORBIDDEN naming the (first) field refused and the scopes it needs.
 */
export function appScopeGuard(schema: GraphQLSchema): IMiddlewareFunction<unknown, RequestContext, any> {
  const needed = new Map<string, string[][] | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) needed.set(`${type.name}.${field.name}`, requiredScopes(type, field));
  }
  const roots = new Set([schema.getQueryType()?.name, schema.getMutationType()?.name].filter(Boolean));
  const refusal = (coordinate: string) => {
    const wanted = needed
      .get(coordinate)
      ?.map((a) => a.join(' + '))
      .join(' or ');
    return forbidden(
      wanted
        ? `This app may not use ${coordinate}: it needs the scope ${wanted}, which the app was not granted.`
        : `This app may not use ${coordinate}: no app scope reaches it.`,
    );
  };
  return async (resolve: GraphQLFieldResolver<unknown, RequestContext>, parent, args, ctx, info) => {
    const app = ctx?.viewer?.app;
    if (app) {
      const allowed = (coordinate: string) => PLUMBING.has(coordinate) || scopesSatisfied(needed.get(coordinate) ?? [], app.scopes);
      const coordinate = `${info.parentType.name}.${info.fieldName}`;
      if (!allowed(coordinate)) throw refusal(coordinate);
      if (roots.has(info.parentType.name)) {
        for (const node of info.fieldNodes) {
          const refused = firstRefused(info.schema, getNamedType(info.returnType), node.selectionSet, info.fragments, allowed);
          if (refused) throw refusal(refused);
        }
      }
    }
    return resolve(parent, args, ctx, info);
  };
}
