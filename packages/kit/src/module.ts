import type { IRules } from 'graphql-shield';
import type { ReferenceResolvers } from './schema.js';

/**
 * One feature module of a subgraph, registered through its `modules/<m>/index.ts` (or an extension's
 * `extends/<Type>/index.ts`) — the only place that knows its parts (docs/conventions.md, The shape of a subgraph):
 * - `resolvers`: its type-graphql resolver classes (one `@Resolver(() => T)` per type it adds fields to);
 * - `orphanedTypes`: entity stubs and types no resolver returns directly;
 * - `references`: reference resolvers of the entities it owns, by type name;
 * - `rules`: graphql-shield rules of exactly the fields it defines;
 * - `entities`: its TypeORM entities;
 * - `loaders`: builds its per-request DataLoaders from the request (context without loaders).
 */
export interface SubgraphModule<Req = any, Loaders extends object = {}> {
  name: string;
  resolvers?: Function[];
  orphanedTypes?: Function[];
  references?: ReferenceResolvers;
  rules?: IRules;
  entities?: Function[];
  loaders?: (request: Req) => Loaders;
}

/** Declares a module (identity function that keeps the loader types for {@link composeModules}). */
export function defineModule<Req, Loaders extends object = {}>(module: SubgraphModule<Req, Loaders>): SubgraphModule<Req, Loaders> {
  return module;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** The DataLoaders every module of `M` contributes, merged into one object type. */
export type LoadersOf<M extends readonly SubgraphModule<any, any>[]> = UnionToIntersection<
  { [K in keyof M]: M[K] extends SubgraphModule<any, infer L> ? L : never }[number]
>;
/** The request every module of `M` builds its loaders from (what they all accept). */
export type RequestOf<M extends readonly SubgraphModule<any, any>[]> = UnionToIntersection<
  { [K in keyof M]: M[K] extends SubgraphModule<infer R, any> ? R : never }[number]
>;

const isFieldMap = (rule: unknown): rule is Record<string, unknown> =>
  typeof rule === 'object' && rule !== null && !('resolve' in rule) && Object.getPrototypeOf(rule) === Object.prototype;

/**
 * Merges the rules of every module. A type's rules may come from several modules (each adds the fields
 * it owns), but one field's rule — or a whole type's — from exactly one.
 * @throws Error naming the coordinate when two modules rule the same one (a programming error, at start).
 */
function mergeModuleRules(modules: readonly SubgraphModule[]): IRules {
  const merged: Record<string, unknown> = {};
  const owner = new Map<string, string>();
  const claim = (coordinate: string, module: string) => {
    const previous = owner.get(coordinate);
    if (previous) throw new Error(`${coordinate} is ruled by both module "${previous}" and module "${module}".`);
    owner.set(coordinate, module);
  };
  for (const module of modules) {
    for (const [type, rule] of Object.entries((module.rules ?? {}) as Record<string, unknown>)) {
      if (!isFieldMap(rule)) {
        claim(`${type}.*`, module.name);
        if (type in merged) throw new Error(`${type} is ruled as a whole by module "${module.name}" and field by field elsewhere.`);
        merged[type] = rule;
        continue;
      }
      if (owner.has(`${type}.*`) && !isFieldMap(merged[type])) throw new Error(`${type} is ruled as a whole by module "${owner.get(`${type}.*`)}".`);
      const fields = (merged[type] ??= {}) as Record<string, unknown>;
      for (const [field, fieldRule] of Object.entries(rule)) {
        claim(`${type}.${field}`, module.name);
        fields[field] = fieldRule;
      }
    }
  }
  return merged as IRules;
}

/**
 * A subgraph's modules composed: what `buildFederatedSchema` needs (`resolvers`, `orphanedTypes`,
 * `referenceResolvers`, `permissions`), the TypeORM `entities`, and `loaders(request)` building every
 * module's DataLoaders for one request.
 * @throws Error at start for two modules with one name, one loader name, one entity's reference
 * resolver or one rule coordinate.
 */
export function composeModules<const M extends readonly SubgraphModule<any, any>[]>(modules: M) {
  const names = new Set<string>();
  const referenceResolvers: ReferenceResolvers = {};
  for (const module of modules) {
    if (names.has(module.name)) throw new Error(`Two modules are named "${module.name}".`);
    names.add(module.name);
    for (const [type, reference] of Object.entries(module.references ?? {})) {
      if (referenceResolvers[type]) throw new Error(`Two modules resolve references to ${type}.`);
      referenceResolvers[type] = reference;
    }
  }
  const resolvers = modules.flatMap((m) => m.resolvers ?? []);
  if (resolvers.length === 0) throw new Error('A subgraph needs at least one resolver.');
  return {
    modules,
    resolvers: resolvers as [Function, ...Function[]],
    orphanedTypes: modules.flatMap((m) => m.orphanedTypes ?? []),
    referenceResolvers,
    permissions: mergeModuleRules(modules),
    entities: modules.flatMap((m) => m.entities ?? []),
    /** Every module's DataLoaders for one request. @throws Error when two modules name a loader alike. */
    loaders(request: RequestOf<M>): LoadersOf<M> {
      const all: Record<string, unknown> = {};
      for (const module of modules) {
        for (const [name, loader] of Object.entries(module.loaders?.(request) ?? {})) {
          if (name in all) throw new Error(`Two modules define the loader "${name}".`);
          all[name] = loader;
        }
      }
      return all as LoadersOf<M>;
    },
  };
}
