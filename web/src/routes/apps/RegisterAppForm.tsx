import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AppScope, AppStatus } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { badField } from '../../lib/errors';
import { fieldProblemOf } from '../../lib/forms';
import { SCOPE_ORDER, SCOPES } from '../../lib/apps';
import { ManifestField } from './ManifestField';

const AppsRegisterMutation = graphql(`
  mutation AppsRegisterMutation($input: RegisterAppInput!) {
    registerApp(input: $input) {
      clientSecret
      app {
        id
        name
        clientId
        status
      }
    }
  }
`);

/** A trainer profile or studio a person may register an app for (`RegisterAppInput.ownerScopeId`), with its name. */
export interface AppTenant {
  id: string;
  name: string;
}

/** A registered app and its secret, as the page shows it once. */
export interface RegisteredApp {
  name: string;
  clientId: string;
  clientSecret: string;
  status: AppStatus;
}

type Field = 'name' | 'scopes' | 'manifest' | 'tenant';

/** The API's field names (`extensions.field`) → the form's. */
const API_FIELDS: Record<string, Field> = { 'input.name': 'name', 'input.scopes': 'scopes', 'input.manifest': 'manifest', 'input.ownerScopeId': 'tenant' };

const NAME_MAX = 80;

/** What the form checks before asking: what the API could not say about the form (an empty choice). */
function readableProblems(values: { name: string; scopes: AppScope[]; manifest: string }): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  const name = values.name.trim();
  if (!name) problems.name = 'Give the app a name, e.g. “Harbourfront website”.';
  else if (name.length > NAME_MAX) problems.name = `Keep the name to ${NAME_MAX} characters.`;
  if (!values.scopes.length) problems.scopes = 'Choose at least one scope: what the app may do.';
  if (!values.manifest.trim()) problems.manifest = 'Paste the operation manifest, or read it from a file.';
  return problems;
}

/**
 * Registers an app: its name, the scopes it asks for (each with what it opens; client records need a
 * FitFlow administrator's approval and a data processing agreement), the tenant it acts for when the
 * person has several, and its operation manifest with FitFlow's live analysis. `onDone` gets the
 * registered app and its secret (shown once by the page), or null when cancelled.
 */
export function RegisterAppForm({ tenants, onDone }: { tenants: AppTenant[]; onDone(registered: RegisteredApp | null): void }) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<AppScope[]>([]);
  const [manifest, setManifest] = useState('');
  const [tenant, setTenant] = useState(tenants[0]?.id ?? '');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [register, registering] = useMutation(AppsRegisterMutation, { refetchQueries: ['AppsRouteQuery'], awaitRefetchQueries: true });

  // The first field with a problem takes the focus, so its message is read out.
  const [focusFirst, setFocusFirst] = useState(0);
  useEffect(() => {
    if (!focusFirst) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusFirst]);

  const clear = (field: Field) => setProblems((p) => ({ ...p, [field]: undefined }));
  const toggle = (scope: AppScope, on: boolean) => {
    setScopes((current) => SCOPE_ORDER.filter((s) => (s === scope ? on : current.includes(s))));
    clear('scopes');
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = readableProblems({ name, scopes, manifest });
    setProblems(found);
    if (Object.values(found).some(Boolean)) {
      setFocusFirst((n) => n + 1);
      return;
    }
    try {
      const { data } = await register({ variables: { input: { name: name.trim(), scopes, manifest, ownerScopeId: tenant || null } } });
      if (data) onDone({ ...data.registerApp.app, clientSecret: data.registerApp.clientSecret });
    } catch (error) {
      const apiField = badField(error);
      const field = apiField ? API_FIELDS[apiField] : undefined;
      const problem = field && fieldProblemOf(error, field === 'name' ? { name: 'the name' } : {});
      if (field && problem) {
        setProblems({ [field]: problem.message });
        setFocusFirst((n) => n + 1);
      }
    }
  }

  const failure = registering.error;
  const shownBesideField = Object.values(problems).some(Boolean);
  const phiChosen = scopes.some((s) => SCOPES[s].phi);

  return (
    <form ref={form} className="card form" onSubmit={onSubmit} noValidate aria-label="Register an app">
      <h2>Register an app</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>App name</label>
          <input
            id={`${id}-name`}
            name="name"
            maxLength={NAME_MAX + 20}
            placeholder="Harbourfront website"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              clear('name');
            }}
            aria-invalid={problems.name ? true : undefined}
            aria-describedby={problems.name ? `${id}-name-error` : undefined}
          />
          {problems.name && (
            <p id={`${id}-name-error`} className="field-error">
              {problems.name}
            </p>
          )}
        </div>
        {tenants.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-tenant`}>Acts for</label>
            <select
              id={`${id}-tenant`}
              value={tenant}
              onChange={(e) => {
                setTenant(e.target.value);
                clear('tenant');
              }}
              aria-invalid={problems.tenant ? true : undefined}
              aria-describedby={problems.tenant ? `${id}-tenant-error` : undefined}
            >
              {tenants.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
            {problems.tenant && (
              <p id={`${id}-tenant-error`} className="field-error">
                {problems.tenant}
              </p>
            )}
          </div>
        )}
      </div>
      <fieldset className="scope-choices" aria-describedby={problems.scopes ? `${id}-scopes-error` : undefined}>
        <legend>What the app may do (scopes)</legend>
        {SCOPE_ORDER.map((scope) => {
          const info = SCOPES[scope];
          return (
            <label key={scope} className="choice">
              <input
                type="checkbox"
                name="scopes"
                value={scope}
                checked={scopes.includes(scope)}
                onChange={(e) => toggle(scope, e.target.checked)}
                aria-invalid={problems.scopes ? true : undefined}
              />
              <span>
                <span className="scope-label">{info.label}</span> <code>{info.name}</code>
                <span className="scope-text">{info.description}</span>
                {info.phi && (
                  <span className="phi-note">
                    Health data: a FitFlow administrator must approve this scope, and your business must have signed a data processing agreement with FitFlow.
                    Until then the app waits for approval and gets no token.
                  </span>
                )}
              </span>
            </label>
          );
        })}
        {problems.scopes && (
          <p id={`${id}-scopes-error`} className="field-error">
            {problems.scopes}
          </p>
        )}
      </fieldset>
      <ManifestField
        id={id}
        value={manifest}
        onChange={(text) => {
          setManifest(text);
          clear('manifest');
        }}
        scopes={scopes}
        problem={problems.manifest}
      />
      {phiChosen && (
        <p className="notice">This app asks for client records: after you register it, it waits for a FitFlow administrator’s approval before it works.</p>
      )}
      {failure && !shownBesideField && <ErrorMessage error={failure} title="The app was not registered" />}
      <div className="actions">
        <button type="submit" className="primary" disabled={registering.loading}>
          {registering.loading ? 'Registering…' : 'Register'}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
