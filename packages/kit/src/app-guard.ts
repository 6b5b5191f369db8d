import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import { requiredScopes, scopesSatisfied } from './app-scopes.js';
import type { RequestContext } from './context.js';
import { forbidden } from './errors.js';

/** Federation plumbing an app's request may pass through (each entity field is still checked). */
const PLUMBING = new Set(['Query._entities']);

/**
 * Field-level scopes, enforced in every subgraph (docs/api.md, Scopes): for a request with an app
 * token (`viewer.app`), each field resolved must carry a `@requiresScopes` (its own or its type's)
 * that the app's scopes satisfy; a field without one is closed to apps (deny by default). Requests of
 * people are not affected. Runs before graphql-shield, whose rules then apply to the app as to its owner.
 *
 * @returns a graphql-middleware function; FORBIDDEN naming the field and the scopes it needs.
 */
export function appScopeGuard(schema: GraphQLSchema): IMiddlewareFunction<unknown, RequestContext, any> {
  const needed = new Map<string, string[][] | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) needed.set(`${type.name}.${field.name}`, requiredScopes(type, field));
  }
  return async (resolve: GraphQLFieldResolver<unknown, RequestContext>, parent, args, ctx, info) => {
    const app = ctx?.viewer?.app;
    if (app) {
      const coordinate = `${info.parentType.name}.${info.fieldName}`;
      if (!PLUMBING.has(coordinate)) {
        const alternatives = needed.get(coordinate);
        if (!alternatives || !scopesSatisfied(alternatives, app.scopes)) {
          const wanted = alternatives?.map((a) => a.join(' + ')).join(' or ');
          throw forbidden(
            wanted
              ? `This app may not use ${coordinate}: it needs the scope ${wanted}, which the app was not granted.`
              : `This app may not use ${coordinate}: no app scope reaches it.`,
          );
        }
      }
    }
    return resolve(parent, args, ctx, info);
  };
}
