import type { ReactNode } from 'react';
import { describeError } from '../lib/errors';
import '../portal.css';

/** A screen (or part) still loading; announced politely to screen readers. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {label}
    </p>
  );
}

/**
 * A request that failed, in sentences written for people (lib/errors.ts: never a raw code), with the
 * trace id of an unexpected error as a reference for support, and a retry. `notFound` words a NOT_FOUND
 * answer for the screen ("No account has this email address.") instead of the general sentence.
 */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  notFound,
  onRetry,
}: {
  error: unknown;
  title?: string;
  notFound?: string;
  onRetry?: () => void;
}) {
  const errors = describeError(error).map((e) => (notFound && e.code === 'NOT_FOUND' ? { ...e, message: notFound } : e));
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.message}
            {e.reference && <span className="reference"> Reference: {e.reference}</span>}
          </li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/**
 * A record that does not exist or is not the viewer's: one message for both, as the API answers both
 * alike (it never tells a stranger that another tenant's record exists).
 */
export function NotFoundOrNoAccess({ title, children, back }: { title: string; children: ReactNode; back?: ReactNode }) {
  return (
    <section className="state state-not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{title}</h1>
      <p>{children}</p>
      {back && <p>{back}</p>}
    </section>
  );
}

/** Nothing to show (yet). */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>;
}
