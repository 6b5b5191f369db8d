import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RequiresScopes, type AppScope } from './app-scopes.js';
import { badUserInput } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a canonical UUID string (any version). */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/**
 * Returns `value` lower-cased when it is a UUID.
 * @throws BAD_USER_INPUT naming `field` otherwise.
 */
export function parseId(value: string, field = 'id'): string {
  if (!isUuid(value)) throw badUserInput(`${field} must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.`, field);
  return value.toLowerCase();
}

/** The key of a federation reference: every key field a UUID, lower-cased; null when one is not (as an unknown id). */
function referenceKey<K extends string>(keyFields: readonly K[], reference: Partial<Record<K, unknown>>): Record<K, string> | null {
  const key = {} as Record<K, string>;
  for (const field of keyFields) {
    const value = reference[field];
    if (!isUuid(value)) return null;
    key[field] = value.toLowerCase();
  }
  return key;
}

/**
 * The `__resolveReference` of an entity this subgraph **owns**: checks and lower-cases the key (a
 * malformed key resolves to null, exactly like an unknown id) and hands it to `load`, which must batch
 * through a per-request DataLoader and apply the caller's scope (null when out of scope).
 *
 * @example entityReference(['id'], ({ id }, ctx: StudiosContext) => ctx.loaders.studioById.load(id).then((s) => s && StudioType.from(s)))
 */
export function entityReference<K extends string, T, Ctx>(keyFields: readonly K[], load: (key: Record<K, string>, ctx: Ctx) => Promise<T | null>) {
  return {
    async __resolveReference(reference: Partial<Record<K, unknown>>, ctx: Ctx): Promise<T | null> {
      const key = referenceKey(keyFields, reference);
      return key ? load(key, ctx) : null;
    },
  };
}

/**
 * The `__resolveReference` of an **entity stub**: another subgraph's entity that this subgraph only
 * adds fields to, so a reference needs no lookup. Every key field must be a UUID; the stub gets them
 * lower-cased (`make`), and a reference with a malformed key resolves to null (as an unknown id would).
 * Fields the stub adds apply the caller's scope themselves.
 *
 * @example stubReference(['id'], ({ id }) => TrainerRef.of(id))
 */
export function stubReference<K extends string, T>(keyFields: readonly K[], make: (key: Record<K, string>) => T) {
  return {
    __resolveReference(reference: Partial<Record<K, unknown>>): T | null {
      const key = referenceKey(keyFields, reference);
      return key && make(key);
    },
  };
}

/** What {@link entityStub} makes: another subgraph's entity as this subgraph knows it, by id alone. */
export interface EntityStubClass {
  new (): { id: string };
  /** The stub of entity `id` (a lower-case UUID). */
  of(id: string): { id: string };
}

/**
 * The type-graphql class of an **entity stub**: another subgraph's entity (`@key(fields: "id")`) that
 * this subgraph extends with fields (`resolvable: true`, the default; pair it with
 * {@link stubReference}) or only points at (`resolvable: false`: it returns references, the owner
 * resolves them). One declaration instead of a copied class in every subgraph.
 *
 * `scopes`: the app scopes that may read the stub's `id` (`@requiresScopes`, any one suffices): give
 * the same list in every subgraph that declares the entity, so composition keeps it (docs/scopes.md);
 * omitted: closed to apps.
 *
 * @example
 * export const TrainerRef = entityStub('Trainer');
 * export type TrainerRef = InstanceType<typeof TrainerRef>;
 */
export function entityStub<Name extends string>(
  typename: Name,
  options: { resolvable?: boolean; scopes?: readonly [AppScope, ...AppScope[]] } = {},
): EntityStubClass {
  const idScopes: PropertyDecorator = options.scopes ? RequiresScopes(...options.scopes) : () => undefined;

  @ObjectType(typename)
  @Directive(options.resolvable === false ? '@key(fields: "id", resolvable: false)' : '@key(fields: "id")')
  class Stub {
    @Field(() => ID)
    @idScopes
    id: string;

    static of(id: string): Stub {
      return Object.assign(new Stub(), { id });
    }
  }
  return Stub;
}
