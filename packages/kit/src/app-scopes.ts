import { Directive } from 'type-graphql';
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { Kind, type ConstDirectiveNode } from 'graphql';

/**
 * What a third-party app may be granted (docs/scopes.md). A user's own token is not limited by
 * scopes; an app's token reaches only fields marked with Federation's `@requiresScopes` naming one of
 * its scopes, and only its owner's data (the owner's role grants of the app's tenant).
 */
export const APP_SCOPES = ['schedule:read', 'bookings:write', 'invoices:read', 'clients:read'] as const;
export type AppScope = (typeof APP_SCOPES)[number];

/** For people: what each scope allows, and whether it reaches PHI (then a super admin must approve it). */
export const APP_SCOPE_INFO: Record<AppScope, { label: string; description: string; phi: boolean }> = {
  'schedule:read': {
    label: 'Read the timetable',
    description: 'Studios, their sessions (time, class, trainer, places left) and class types. No names of clients.',
    phi: false,
  },
  'bookings:write': {
    label: 'Book and cancel',
    description: 'Book a client into a session and cancel a booking.',
    phi: false,
  },
  'invoices:read': {
    label: 'Read invoices',
    description: 'Invoices, their lines, taxes, payments and balances.',
    phi: false,
  },
  'clients:read': {
    label: 'Read client records (health data)',
    description: "Client records, contact details and health information. Needs a super admin's approval and a data processing agreement.",
    phi: true,
  },
};

export const isAppScope = (value: unknown): value is AppScope => typeof value === 'string' && (APP_SCOPES as readonly string[]).includes(value);

/** The directive name Federation 2.5+ gives field-level scopes (imported in every subgraph's `@link`). */
export const REQUIRES_SCOPES = 'requiresScopes';

/**
 * type-graphql decorator for a field (or an object type: all its fields) an app may read or call with
 * any one of `scopes`: `@RequiresScopes('schedule:read', 'invoices:read')` prints
 * `@requiresScopes(scopes: [["schedule:read"], ["invoices:read"]])` (Federation: a list of
 * alternatives, each a list of scopes needed together). Composition carries it into the supergraph,
 * so a router that enforces it (Apollo Router, Hive Router) agrees with FitFlow's subgraphs.
 */
export const RequiresScopes = (...scopes: readonly [AppScope, ...AppScope[]]) =>
  Directive(`@${REQUIRES_SCOPES}(scopes: [${scopes.map((s) => `[${JSON.stringify(s)}]`).join(', ')}])`);

/**
 * type-graphql decorator for a field an app may use only with ALL of `scopes`:
 * `@RequiresAllScopes('invoices:read', 'clients:read')` prints
 * `@requiresScopes(scopes: [["invoices:read", "clients:read"]])`.
 */
export const RequiresAllScopes = (...scopes: readonly [AppScope, AppScope, ...AppScope[]]) =>
  Directive(`@${REQUIRES_SCOPES}(scopes: [[${scopes.map((s) => JSON.stringify(s)).join(', ')}]])`);

/**
 * The scopes that reach the `id` of each entity several subgraphs declare, given as they are to the
 * owner's `id` field and to every stub's (kit `entityStub`): composition combines differing lists of
 * one field across subgraphs as "all of them", so they must be the same everywhere (docs/scopes.md).
 */
export const ENTITY_ID_SCOPES = {
  Studio: ['schedule:read', 'invoices:read'],
  Trainer: ['schedule:read', 'invoices:read', 'clients:read'],
  Appointment: ['schedule:read', 'invoices:read', 'clients:read'],
  Client: ['clients:read'],
} as const satisfies Record<string, readonly [AppScope, ...AppScope[]]>;

/**
 * The `@requiresScopes` alternatives on an AST node (each inner list: scopes needed together), or null
 * when the node carries none.
 */
export function scopesOfDirectives(directives: readonly ConstDirectiveNode[] | undefined): string[][] | null {
  const directive = directives?.find((d) => d.name.value === REQUIRES_SCOPES || d.name.value === `federation__${REQUIRES_SCOPES}`);
  const argument = directive?.arguments?.find((a) => a.name.value === 'scopes');
  if (!argument || argument.value.kind !== Kind.LIST) return null;
  return argument.value.values.map((alternative) =>
    alternative.kind === Kind.LIST ? alternative.values.flatMap((s) => (s.kind === Kind.STRING ? [s.value] : [])) : [],
  );
}

/** The scopes a field needs: its own `@requiresScopes`, else its type's; null when an app may not use it. */
export function requiredScopes(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[][] | null {
  return scopesOfDirectives(field.astNode?.directives) ?? scopesOfDirectives(type.astNode?.directives);
}

/** True when `granted` satisfies one of the `alternatives`. */
export const scopesSatisfied = (alternatives: readonly (readonly string[])[], granted: readonly string[]) =>
  alternatives.some((needed) => needed.length > 0 && needed.every((s) => granted.includes(s)));
