import { deny, or, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import type { Role } from './auth.js';
import type { RequestContext } from './context.js';
import { badUserInput, forbidden, notFound, unauthenticated } from './errors.js';
import { isUuid } from './ids.js';

export { allow, deny, rule, and, or, not, chain, race } from 'graphql-shield';
export type { IRule, IRules } from 'graphql-shield';

/** A rule combining others (`or(…)`, `and(…)`, `chain(…)`): graphql-shield names no type for it. */
export type LogicRule = ReturnType<typeof or>;

/** Refusal for a caller whose team requires MFA they have not set up yet. */
const MFA_ENROLMENT_FIRST = 'Your team requires two-factor authentication. Set it up (startMfaEnrollment) before continuing.';

/** The caller presented a valid access token (and, if their team requires MFA, has enrolled). */
export const isAuthenticated: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: RequestContext) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.mfaEnrollmentRequired ? forbidden(MFA_ENROLMENT_FIRST) : true;
});

/** A valid access token, even one that may only be used to enrol in MFA. */
export const isSignedIn: IRule = rule({ cache: 'contextual' })((_p, _a, ctx: RequestContext) => (ctx.viewer ? true : unauthenticated()));

/**
 * A named shield rule: the caller is signed in (as {@link isAuthenticated}: UNAUTHENTICATED without a
 * token, MFA enrolment first) and holds one of `roles` (anywhere), else FORBIDDEN with `message` (a
 * sentence for people; kit's generic refusal without one). Name it after what it allows
 * (`managesCalendars`): graphql-shield refuses two different rules of one name.
 */
export const holdsRole = (name: string, roles: readonly Role[], message?: string): IRule =>
  rule(name, { cache: 'contextual' })((_p, _a, ctx: RequestContext) => {
    if (!ctx.viewer) return unauthenticated();
    if (ctx.viewer.mfaEnrollmentRequired) return forbidden(MFA_ENROLMENT_FIRST);
    return ctx.viewer.roles.some((r) => roles.includes(r.role)) ? true : forbidden(message);
  });

/** The rules {@link hasAnyRole} made, by name. */
const roleRules = new Map<string, IRule>();

/** The caller holds one of `roles` (anywhere); FORBIDDEN with kit's generic refusal otherwise. */
export const hasAnyRole = (...roles: Role[]): IRule => {
  // One rule per role list: modules that each ask for the same roles must get the same rule.
  const name = `hasAnyRole(${roles.join(',')})`;
  let shared = roleRules.get(name);
  if (!shared) roleRules.set(name, (shared = holdsRole(name, roles)));
  return shared;
};

export interface RecordRuleOptions<Ctx, Relation> {
  /** The rule's name, e.g. `isTeamTrainerOf`; with the path it names the shield rule. */
  name: string;
  /** Where the record's id is in the arguments: `id`, `clientId`, `input.invoiceId`… */
  path: string;
  /** What the record is called in NOT_FOUND ("Client not found."). */
  what: string;
  /** The caller's relation to record `id` (lower-case UUID), null when they cannot see it. Batch it with a DataLoader. */
  relation(ctx: Ctx, id: string): Promise<Relation | null>;
  allow(relation: Relation, args: Record<string, any>): boolean;
  /** FORBIDDEN message when the caller sees the record but may not do this. */
  message: string;
}

const recordRules = new Map<string, IRule>();

/**
 * A shield rule about one record named in the arguments: UNAUTHENTICATED without a token,
 * BAD_USER_INPUT (naming the field) for a malformed id, NOT_FOUND when the caller cannot see the record
 * (exactly as for an unknown id, so ids cannot be probed), FORBIDDEN when `allow` refuses their
 * relation to it. One instance per name and path in the process (shield refuses two different rules
 * under one name), so a name must mean one rule across every subgraph.
 */
export function recordRule<Ctx extends RequestContext, Relation>(options: RecordRuleOptions<Ctx, Relation>): IRule {
  const key = `${options.name}(${options.path})`;
  const existing = recordRules.get(key);
  if (existing) return existing;
  const field = options.path.split('.').at(-1)!;
  const created = rule(key, { cache: 'no_cache' })(async (_parent, args: Record<string, any>, ctx: Ctx) => {
    if (!ctx.viewer) return unauthenticated();
    const id = options.path.split('.').reduce<unknown>((value, k) => (value as Record<string, unknown> | undefined)?.[k], args);
    if (!isUuid(id)) return badUserInput(`${field} must be a UUID, e.g. 3f2b7c1e-8d4a-4e6b-9c1d-2a5f6e7d8c9b.`, field);
    const relation = await options.relation(ctx, id.toLowerCase());
    if (relation == null) return notFound(options.what, id.toLowerCase());
    return options.allow(relation, args) ? true : forbidden(options.message);
  });
  recordRules.set(key, created);
  return created;
}

/** Federation plumbing: only authenticated callers (the gateway forwards the user's token). */
export const federationRules: IRules = {
  Query: { _service: isAuthenticated, _entities: isAuthenticated },
  _Service: { sdl: isAuthenticated },
};

/** Merges rule maps type by type. */
export function mergeRules(...maps: IRules[]): IRules {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [type, rules] of Object.entries(map as Record<string, unknown>)) {
      const previous = merged[type];
      merged[type] =
        previous && typeof previous === 'object' && typeof rules === 'object' && !('resolve' in (rules as object))
          ? { ...(previous as object), ...(rules as object) }
          : rules;
    }
  }
  return merged as IRules;
}

/**
 * The shield of a subgraph: deny by default (anonymous callers get UNAUTHENTICATED, signed-in ones
 * FORBIDDEN), resolver errors pass through unchanged.
 */
export function buildShield(rules: IRules) {
  return shield(mergeRules(federationRules, rules), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: (_thrown, _parent, _args, ctx) => ((ctx as unknown as RequestContext).viewer ? forbidden() : unauthenticated()),
  });
}
