import { useEffect, useId, useRef, useState } from 'react';

/** What {@link SecretOnce} shows: the app, its client id and the secret FitFlow just made. */
export interface ShownSecret {
  appName: string;
  clientId: string;
  clientSecret: string;
  /** "registered" for a new app, "rotated" for a new secret of an existing one. */
  reason: 'registered' | 'rotated';
}

/**
 * A client secret, shown this once (FitFlow keeps only its hash): the secret with a copy button and a
 * plain warning that it will not be shown again. It takes the focus when it appears, so a screen
 * reader reads the warning first. `onDone` hides it for good.
 */
export function SecretOnce({ shown, onDone }: { shown: ShownSecret; onDone(): void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(shown.clientSecret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }

  return (
    <section className="card secret-once" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {shown.reason === 'registered' ? `${shown.appName} is registered: copy its secret now` : `New secret for ${shown.appName}: copy it now`}
      </h2>
      <p className="notice">
        <strong>This is the only time FitFlow shows this secret.</strong> Copy it into your app’s secret store now. FitFlow keeps only a fingerprint of it: if
        it is lost, rotate the secret to get a new one.
        {shown.reason === 'rotated' && ' The previous secret has stopped working.'}
      </p>
      <dl className="details">
        <div>
          <dt>Client id</dt>
          <dd className="client-id">{shown.clientId}</dd>
        </div>
        <div>
          <dt>Client secret</dt>
          <dd className="secret-value">
            <code className="client-id" data-secret>
              {shown.clientSecret}
            </code>
            <button type="button" onClick={() => void copy()}>
              Copy secret
            </button>
            <span role="status" className={copied === 'failed' ? 'field-error' : 'muted'}>
              {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Copying did not work here: select the secret and copy it yourself.' : ''}
            </span>
          </dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={onDone}>
          I have stored the secret
        </button>
      </div>
    </section>
  );
}
