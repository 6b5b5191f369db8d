import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../__generated__';
import '../books.css';
import { describeError } from '../lib/errors';

const InvoicePdfLinkQuery = graphql(`
  query InvoicePdfLinkQuery($id: ID!) {
    invoice(id: $id) {
      id
      pdfUrl
    }
  }
`);

/**
 * "Download PDF" of an invoice. `Invoice.pdfUrl` is a link valid five minutes (docs/invoice-pdf.md), so
 * it is asked for at the click — never read from a list loaded earlier, whose links may have expired —
 * and followed at once: the gateway answers with the file as an attachment, the page stays. A failure
 * is said beside the button.
 */
export function InvoicePdfButton({ invoiceId, name }: { invoiceId: string; name: string }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function download() {
    setBusy(true);
    setProblem('');
    try {
      const { data } = await client.query({ query: InvoicePdfLinkQuery, variables: { id: invoiceId }, fetchPolicy: 'network-only' });
      if (data) window.location.assign(data.invoice.pdfUrl);
    } catch (error) {
      setProblem(describeError(error)[0]?.message ?? 'The PDF could not be downloaded.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="link-button" aria-label={`Download PDF of ${name}`} disabled={busy} onClick={() => void download()}>
        Download PDF
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
