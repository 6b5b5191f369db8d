import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AppStatus } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { badField } from '../../lib/errors';
import { fieldProblemOf } from '../../lib/forms';
import { browserTimeZone, todayIn } from '../../lib/time';

const AdminAppsSuspendMutation = graphql(`
  mutation AdminAppsSuspendMutation($appId: ID!, $reason: String!) {
    suspendApp(appId: $appId, reason: $reason) {
      id
      status
      suspendedReason
    }
  }
`);

const AdminAppsReinstateMutation = graphql(`
  mutation AdminAppsReinstateMutation($appId: ID!) {
    reinstateApp(appId: $appId) {
      id
      status
      suspendedReason
    }
  }
`);

const AdminAppsApproveMutation = graphql(`
  mutation AdminAppsApproveMutation($appId: ID!, $dataProcessingAgreement: String!, $signedOn: LocalDate!) {
    approveAppClientAccess(appId: $appId, dataProcessingAgreement: $dataProcessingAgreement, signedOn: $signedOn) {
      id
      status
      dataProcessingAgreement
      approvedAt
    }
  }
`);

/** The app a super admin acts on. */
export interface AdminApp {
  id: string;
  name: string;
  status: AppStatus;
}

/** A suspension reason the API accepts (10 to 1000 characters), or what is wrong with it. */
export function suspensionReasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < 10) return 'Say why in at least 10 characters: the app’s owner reads it on their Apps & API page.';
  if (length > 1000) return 'Keep the reason under 1000 characters.';
  return undefined;
}

/**
 * A super admin's actions on one app, by its status: suspend (reason required) an active app or one
 * waiting for approval, reinstate a suspended one, approve client access (the data processing
 * agreement's reference and signing date) for one waiting for approval. `onDone`: what happened, in a sentence.
 */
export function AdminAppActions({ app, onDone }: { app: AdminApp; onDone(message: string): void }) {
  if (app.status === 'REVOKED') return null;
  return (
    <section className="card" aria-labelledby="admin-actions-title">
      <h2 id="admin-actions-title">FitFlow administration</h2>
      {app.status === 'SUSPENDED' && <ReinstateButton app={app} onDone={onDone} />}
      {app.status === 'PENDING_APPROVAL' && <ApproveAppForm app={app} onDone={onDone} />}
      {(app.status === 'ACTIVE' || app.status === 'PENDING_APPROVAL') && <SuspendAppForm app={app} onDone={onDone} />}
    </section>
  );
}

/** Reinstates a suspended app at once (reversible: it can be suspended again). */
export function ReinstateButton({ app, onDone }: { app: AdminApp; onDone(message: string): void }) {
  const [reinstate, reinstating] = useMutation(AdminAppsReinstateMutation);
  async function onClick() {
    const { data } = await reinstate({ variables: { appId: app.id } }).catch(() => ({ data: undefined }));
    if (data) {
      onDone(
        data.reinstateApp.status === 'PENDING_APPROVAL'
          ? `${app.name} is reinstated; it still waits for approval of client access.`
          : `${app.name} is reinstated: its credentials work again.`,
      );
    }
  }
  return (
    <>
      <button type="button" aria-label={`Reinstate ${app.name}`} disabled={reinstating.loading} onClick={() => void onClick()}>
        {reinstating.loading ? 'Reinstating…' : 'Reinstate'}
      </button>
      {reinstating.error && <ErrorMessage error={reinstating.error} title={`${app.name} was not reinstated`} />}
    </>
  );
}

/** Suspends an app, with the reason its owner will read. */
export function SuspendAppForm({ app, onDone, onCancel }: { app: AdminApp; onDone(message: string): void; onCancel?: () => void }) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const [suspend, suspending] = useMutation(AdminAppsSuspendMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const wrong = suspensionReasonProblem(reason);
    setProblem(wrong);
    if (wrong) return;
    try {
      const { data } = await suspend({ variables: { appId: app.id, reason: reason.trim() } });
      if (data) {
        setReason('');
        onDone(`${app.name} is suspended. Its owner sees the reason.`);
      }
    } catch (error) {
      if (badField(error) === 'reason') setProblem(fieldProblemOf(error, { reason: 'the reason' })?.message);
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={`Suspend ${app.name}`}>
      <h3>Suspend {app.name}</h3>
      <p className="hint">A suspended app gets no token until you reinstate it. Its owner sees the reason.</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>Reason (the owner reads it)</label>
        <textarea
          id={`${id}-reason`}
          name="reason"
          rows={2}
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setProblem(undefined);
          }}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-reason-error` : undefined}
        />
        {problem && (
          <p id={`${id}-reason-error`} className="field-error">
            {problem}
          </p>
        )}
      </div>
      {suspending.error && !problem && <ErrorMessage error={suspending.error} title={`${app.name} was not suspended`} />}
      <div className="actions">
        <button type="submit" className="danger-button" disabled={suspending.loading}>
          {suspending.loading ? 'Suspending…' : 'Suspend app'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

type ApproveField = 'dataProcessingAgreement' | 'signedOn';

/**
 * Approves an app's access to client records, recording the data processing agreement: its reference
 * and the day it was signed (not in the future).
 */
export function ApproveAppForm({ app, onDone, onCancel }: { app: AdminApp; onDone(message: string): void; onCancel?: () => void }) {
  const id = useId();
  const today = todayIn(browserTimeZone());
  const [reference, setReference] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [problems, setProblems] = useState<Partial<Record<ApproveField, string>>>({});
  const [approve, approving] = useMutation(AdminAppsApproveMutation);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<ApproveField, string>> = {};
    if (reference.trim().length < 3) found.dataProcessingAgreement = 'Enter the agreement’s reference, e.g. DPA-2026-014.';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(signedOn)) found.signedOn = 'Enter the day the agreement was signed.';
    else if (signedOn > today) found.signedOn = 'The agreement must already be signed: enter a day that is not in the future.';
    setProblems(found);
    if (Object.values(found).some(Boolean)) return;
    try {
      const { data } = await approve({ variables: { appId: app.id, dataProcessingAgreement: reference.trim(), signedOn } });
      if (data) onDone(`${app.name} may now read client records, under agreement ${reference.trim()}.`);
    } catch (error) {
      const field = badField(error);
      if (field === 'dataProcessingAgreement' || field === 'signedOn') {
        const problem = fieldProblemOf(error, { dataProcessingAgreement: 'the agreement reference', signedOn: 'the signing date' });
        setProblems({ [field]: problem?.message });
      }
    }
  }

  const input = (field: ApproveField) => ({
    id: `${id}-${field}`,
    name: field,
    'aria-invalid': problems[field] ? true : undefined,
    'aria-describedby': problems[field] ? `${id}-${field}-error` : undefined,
  });
  const problem = (field: ApproveField) =>
    problems[field] && (
      <p id={`${id}-${field}-error`} className="field-error">
        {problems[field]}
      </p>
    );

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={`Approve client access for ${app.name}`}>
      <h3>Approve client access for {app.name}</h3>
      <p className="hint">
        Client records are health data. Approve only once the app’s owner has signed a data processing agreement with FitFlow, and record it here.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-dataProcessingAgreement`}>Data processing agreement reference</label>
          <input
            {...input('dataProcessingAgreement')}
            maxLength={200}
            placeholder="DPA-2026-014"
            value={reference}
            onChange={(e) => {
              setReference(e.target.value);
              setProblems((p) => ({ ...p, dataProcessingAgreement: undefined }));
            }}
          />
          {problem('dataProcessingAgreement')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-signedOn`}>Signed on</label>
          <input
            {...input('signedOn')}
            type="date"
            className="date-input"
            max={today}
            value={signedOn}
            onChange={(e) => {
              setSignedOn(e.target.value);
              setProblems((p) => ({ ...p, signedOn: undefined }));
            }}
          />
          {problem('signedOn')}
        </div>
      </div>
      {approving.error && !Object.values(problems).some(Boolean) && <ErrorMessage error={approving.error} title={`${app.name} was not approved`} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={approving.loading}>
          {approving.loading ? 'Approving…' : 'Approve client access'}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
