import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { graphql } from '../__generated__';
import { formatDateTime } from '../lib/time';
import { ErrorMessage, Loading } from './StateViews';

const CalendarFeedQuery = graphql(`
  query CalendarFeedQuery {
    me {
      id
      trainer {
        id
        calendarFeed {
          id
          createdAt
          urlHint
        }
      }
    }
  }
`);

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeedMutation {
    createCalendarFeed {
      url
      feed {
        id
        createdAt
        urlHint
      }
    }
  }
`);

const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeedMutation {
    revokeCalendarFeed
  }
`);

const REFRESH = { refetchQueries: ['CalendarFeedQuery'], awaitRefetchQueries: true };

/**
 * The trainer's calendar subscription: a secret iCalendar URL for Google or Apple Calendar (sessions
 * only, never a client's name), shown once when created; "New URL" rotates it (the old one stops
 * working), "Turn off" revokes it. Times in `homeZone`.
 */
export function CalendarFeedCard({ homeZone }: { homeZone: string }) {
  const id = useId();
  const { data, loading, error, refetch } = useQuery(CalendarFeedQuery);
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [create, creating] = useMutation(CreateCalendarFeedMutation, REFRESH);
  const [revoke, revoking] = useMutation(RevokeCalendarFeedMutation, REFRESH);
  const feed = data?.me.trainer?.calendarFeed ?? null;

  async function onCreate() {
    setCopied(false);
    const done = await create().catch(() => null);
    if (done?.data) setUrl(done.data.createCalendarFeed.url);
  }
  async function onRevoke() {
    setUrl(null);
    await revoke().catch(() => null);
  }
  async function onCopy() {
    if (!url) return;
    await navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => undefined,
    );
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Calendar subscription</h2>
      <p className="hint">
        See your FitFlow sessions in Google Calendar or Apple Calendar. The calendar shows classes, places and head counts, never your clients’ names. Anyone
        with the address can read it: keep it to yourself.
      </p>
      {!data ? (
        loading ? (
          <Loading label="Loading your subscription…" />
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <>
          {feed ? (
            <p>
              On since {formatDateTime(feed.createdAt, homeZone)}; its address ends in <code>…{feed.urlHint}</code>.
            </p>
          ) : (
            <p>Off.</p>
          )}
          {url && (
            <div className="field feed-url">
              <label htmlFor={`${id}-url`}>Your calendar address (shown only now)</label>
              <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.target.select()} />
              <div className="actions">
                <button type="button" onClick={() => void onCopy()}>
                  Copy address
                </button>
                <span role="status" className="muted">
                  {copied ? 'Copied.' : ''}
                </span>
              </div>
            </div>
          )}
          {(creating.error || revoking.error) && <ErrorMessage error={creating.error ?? revoking.error} title="The subscription was not changed" />}
          <div className="actions">
            <button type="button" className="primary" disabled={creating.loading} onClick={() => void onCreate()}>
              {creating.loading ? 'Creating…' : feed ? 'New address (the old one stops working)' : 'Turn on'}
            </button>
            {feed && (
              <button type="button" className="danger-button" disabled={revoking.loading} onClick={() => void onRevoke()}>
                {revoking.loading ? 'Turning off…' : 'Turn off'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
