import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { graphql } from '../../__generated__';
import type { AppScope, AppsManifestAnalysisQueryQuery } from '../../__generated__/graphql';
import { ErrorMessage } from '../../components/StateViews';
import { fieldNeedsInWords, readManifestFile } from '../../lib/apps';

const AppsManifestAnalysisQuery = graphql(`
  query AppsManifestAnalysisQuery($manifest: String!, $scopes: [AppScope!]!) {
    analyzeAppManifest(manifest: $manifest, scopes: $scopes) {
      valid
      problems
      operations {
        id
        name
        type
        problems
        fields {
          coordinate
          scopes
          allowed
        }
      }
    }
  }
`);

type Analysis = AppsManifestAnalysisQueryQuery['analyzeAppManifest'];

/** How long the manifest and scopes must stay unchanged before they are analysed (ms). */
const ANALYSIS_DELAY_MS = 400;

/** `value`, once it has not changed for `delay` ms. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/**
 * The operation manifest of an app: pasted into a text area or read from a file chosen in the browser
 * (never uploaded as a file: its text is what the API receives), and below it FitFlow's live analysis
 * for the scopes chosen — each operation, the fields it touches, and which are refused and why.
 * `problem`: the API's refusal when the form was sent, shown beside the field.
 */
export function ManifestField({
  id,
  value,
  onChange,
  scopes,
  problem,
}: {
  id: string;
  value: string;
  onChange(text: string): void;
  scopes: readonly AppScope[];
  problem?: string;
}) {
  const [fileProblem, setFileProblem] = useState<string>();
  const [reading, setReading] = useState(false);
  const shownProblem = fileProblem ?? problem;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    const read = await readManifestFile(file);
    setReading(false);
    // Choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (read.problem !== undefined) {
      setFileProblem(read.problem);
      return;
    }
    setFileProblem(undefined);
    onChange(read.text);
  }

  return (
    <div className="field">
      <label htmlFor={`${id}-manifest`}>Operation manifest (JSON)</label>
      <p className="hint" id={`${id}-manifest-hint`}>
        The operations your app will run, as your build writes them: Apollo’s persisted query manifest, or the <code>persisted-documents.json</code> of GraphQL
        Code Generator. Your app may run these and nothing else.
      </p>
      <textarea
        id={`${id}-manifest`}
        name="manifest"
        className="manifest-text"
        rows={10}
        spellCheck={false}
        value={value}
        onChange={(e) => {
          setFileProblem(undefined);
          onChange(e.target.value);
        }}
        aria-invalid={shownProblem ? true : undefined}
        aria-describedby={`${id}-manifest-hint${shownProblem ? ` ${id}-manifest-error` : ''}`}
        placeholder={'{"format":"apollo-persisted-query-manifest","version":1,"operations":[…]}'}
      />
      <div className="manifest-file">
        <label htmlFor={`${id}-file`}>Or read it from a file:</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
        {reading && <span role="status">Reading the file…</span>}
      </div>
      {shownProblem && (
        <p id={`${id}-manifest-error`} className="field-error">
          {shownProblem}
        </p>
      )}
      <ManifestAnalysis manifest={value} scopes={scopes} />
    </div>
  );
}

/** FitFlow's analysis of `manifest` for `scopes`, asked again when either has been still for a moment. */
function ManifestAnalysis({ manifest, scopes }: { manifest: string; scopes: readonly AppScope[] }) {
  const titleId = useId();
  const settled = useDebounced(JSON.stringify({ manifest, scopes }), ANALYSIS_DELAY_MS);
  const variables = JSON.parse(settled) as { manifest: string; scopes: AppScope[] };
  const waiting = !variables.manifest.trim() || variables.scopes.length === 0;
  const { data, previousData, loading, error } = useQuery(AppsManifestAnalysisQuery, { variables, skip: waiting, fetchPolicy: 'cache-first' });
  const analysis = (data ?? previousData)?.analyzeAppManifest;
  const stale = settled !== JSON.stringify({ manifest, scopes }) || loading;

  return (
    <section className="analysis" aria-labelledby={titleId} aria-busy={stale}>
      <h3 id={titleId}>What FitFlow finds in it</h3>
      {!manifest.trim() ? (
        <p className="muted">Paste a manifest or read it from a file: each operation and the fields it touches show here.</p>
      ) : scopes.length === 0 ? (
        <p className="muted">Choose at least one scope: the analysis says which fields each scope opens.</p>
      ) : error && !analysis ? (
        <ErrorMessage error={error} title="The manifest could not be analysed" />
      ) : !analysis ? (
        <p className="muted" role="status">
          Analysing…
        </p>
      ) : (
        <AnalysisView analysis={analysis} stale={stale} />
      )}
    </section>
  );
}

function AnalysisView({ analysis, stale }: { analysis: Analysis; stale: boolean }) {
  const operationProblems = new Set(analysis.operations.flatMap((o) => o.problems));
  const manifestProblems = analysis.problems.filter((p) => !operationProblems.has(p));
  const refused = analysis.operations.filter((o) => o.problems.length > 0).length;
  const count = analysis.operations.length;
  const summary = analysis.valid
    ? `Accepted: ${count} operation${count === 1 ? '' : 's'}, every field within the scopes chosen.`
    : count === 0
      ? 'Refused: FitFlow cannot read this manifest.'
      : `Refused: ${refused} of ${count} operation${count === 1 ? '' : 's'} would be refused. Nothing is registered until every one is accepted.`;
  return (
    <>
      <p role="status" className={analysis.valid ? 'notice success' : 'notice'}>
        {summary}
        {stale && <span className="muted"> (checking your latest changes…)</span>}
      </p>
      {manifestProblems.length > 0 && (
        <ul className="problems">
          {manifestProblems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {analysis.operations.map((o, index) => (
        <OperationAnalysis key={`${o.id}-${index}`} operation={o} />
      ))}
    </>
  );
}

function OperationAnalysis({ operation }: { operation: Analysis['operations'][number] }) {
  const ok = operation.problems.length === 0;
  const title = operation.name || 'Unnamed operation';
  return (
    <section className="analysis-operation" aria-label={`Operation ${title}`}>
      <h4>
        <span>
          {operation.type && <span className="muted">{operation.type} </span>}
          {title}
        </span>
        <span className={`badge ${ok ? 'badge-active' : 'badge-overdue'}`}>{ok ? 'Accepted' : 'Refused'}</span>
      </h4>
      {!ok && (
        <ul className="problems">
          {operation.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {operation.fields.length > 0 && <FieldsTable fields={operation.fields} caption={`Fields ${title} touches`} />}
    </section>
  );
}

/** The fields an operation selects: what opens each to an app, and whether this app's scopes do. */
export function FieldsTable({ fields, caption }: { fields: Analysis['operations'][number]['fields']; caption: string }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Opened by</th>
            <th scope="col">With these scopes</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr key={f.coordinate}>
              <th scope="row">
                <code>{f.coordinate}</code>
              </th>
              <td>{fieldNeedsInWords(f.scopes)}</td>
              <td className={f.allowed ? 'field-allowed' : 'field-refused'}>{f.allowed ? 'Allowed' : 'Refused'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
