import { deny, rule, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { Role } from './auth.js';
import type { BaseContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

export { allow, deny, rule, and, or, not, chain, race } from 'graphql-shield';
export type { IRules } from 'graphql-shield';

/** Refusal for a caller whose team requires MFA they have not set up yet. */
const MFA_ENROLMENT_FIRST = 'Your team requires two-factor authentication. Set it up (startMfaEnrollment) before continuing.';

/** The caller presented a valid access token (and, if their team requires MFA, has enrolled). */
export const isAuthenticated = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.mfaEnrollmentRequired ? forbidden(MFA_ENROLMENT_FIRST) : true;
});

/** A valid access token, even one that may only be used to enrol in MFA. */
export const isSignedIn = rule({ cache: 'contextual' })((_p, _a, ctx: BaseContext) => (ctx.viewer ? true : unauthenticated()));

/** The caller holds one of `roles` (anywhere). */
export const hasAnyRole = (...roles: Role[]) =>
  rule(`hasAnyRole(${roles.join(',')})`, { cache: 'contextual' })((_p, _a, ctx: BaseContext) => {
    if (!ctx.viewer) return unauthenticated();
    if (ctx.viewer.mfaEnrollmentRequired) return forbidden(MFA_ENROLMENT_FIRST);
    return ctx.viewer.roles.some((r) => roles.includes(r.role)) ? true : forbidden();
  });

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
    fallbackError: (_thrown, _parent, _args, ctx) => ((ctx as unknown as BaseContext).viewer ? forbidden() : unauthenticated()),
  });
}
