import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../__generated__';
import { ErrorMessage } from '../../components/StateViews';

const InvoicePdfUrlQuery = graphql(`
  query InvoicePdfUrlQuery($id: ID!) {
    invoice(id: $id) {
      id
      pdfUrl
    }
  }
`);

/**
 * "Download PDF" (or "Preview PDF" for a draft): asks for a fresh link when clicked — links are valid
 * five minutes and made for the person who asks (docs/invoice-pdf.md) — and starts the download; the
 * link stays on screen as a fallback while it is valid.
 */
export function InvoicePdfButton({ invoiceId, draft, fileName }: { invoiceId: string; draft: boolean; fileName: string }) {
  const client = useApolloClient();
  const [state, setState] = useState<{ loading: boolean; error: unknown; url: string | null }>({ loading: false, error: null, url: null });

  async function download() {
    setState({ loading: true, error: null, url: null });
    try {
      const { data } = await client.query({ query: InvoicePdfUrlQuery, variables: { id: invoiceId }, fetchPolicy: 'network-only' });
      const url = data?.invoice.pdfUrl;
      if (!url) throw new Error('no link');
      setState({ loading: false, error: null, url });
      // The document is served as an attachment: following the link downloads it and the page stays.
      const link = document.createElement('a');
      link.href = url;
      link.rel = 'noopener';
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
    } catch (error) {
      setState({ loading: false, error, url: null });
    }
  }

  const label = draft ? 'Preview PDF' : 'Download PDF';
  return (
    <div className="pdf-download">
      <div className="actions">
        <button type="button" className={draft ? undefined : 'primary'} onClick={() => void download()} disabled={state.loading}>
          {state.loading ? 'Preparing the PDF…' : label}
        </button>
        {draft && <span className="hint">The preview is marked DRAFT: it is not a tax invoice.</span>}
      </div>
      {state.error !== null && <ErrorMessage error={state.error} title="The PDF could not be downloaded" />}
      <p role="status" className="muted">
        {state.url && (
          <>
            Downloading {fileName}. If it did not start,{' '}
            <a href={state.url} className="pdf-link" rel="noopener">
              download it here
            </a>{' '}
            (the link works for 5 minutes).
          </>
        )}
      </p>
    </div>
  );
}
