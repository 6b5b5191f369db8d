import { describeError } from '../../lib/errors';

/**
 * What a person reads when an account-security or support request fails: a sentence for them, never
 * a raw code. The server's own message is kept where it is already written for people (input
 * problems, conflicts); otherwise each code gets a sentence here.
 */
const FOR_PEOPLE: Record<string, string> = {
  FORBIDDEN: 'Only FitFlow support staff can do this.',
  NOT_FOUND: 'No account matches. Check the email address and try again.',
  UNAUTHENTICATED: 'Your session has ended. Sign in again to continue.',
  NETWORK: 'Cannot reach FitFlow. Check your connection and try again.',
};
const KEEP_SERVER_MESSAGE = new Set(['BAD_USER_INPUT', 'CONFLICT']);

/** The sentences to show for a failed request (one per error, duplicates dropped). */
export function peopleMessages(error: unknown, notFound?: string): string[] {
  const shown = describeError(error).map(({ code, message }) => {
    if (KEEP_SERVER_MESSAGE.has(code)) return message.replace(/^Invalid input: /, '');
    if (code === 'NOT_FOUND' && notFound) return notFound;
    return FOR_PEOPLE[code] ?? 'Something went wrong on our side. Try again in a moment.';
  });
  return [...new Set(shown)];
}

/** A failed request, in words for people, with an optional retry. */
export function ProblemMessage({ error, title, notFound, onRetry }: { error: unknown; title: string; notFound?: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p className="state-title">{title}</p>
      <ul>
        {peopleMessages(error, notFound).map((m) => (
          <li key={m}>{m}</li>
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

