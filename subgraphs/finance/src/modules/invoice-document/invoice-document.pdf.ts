import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import { createElement as h, type ReactElement, type ReactNode } from 'react';
import { addressLines, formatDate, formatMoney, formatShortDate, LABELS, type DocumentLabels } from './invoice-document.format.js';
import type { DocumentLine, DocumentLineGroup, DocumentSupplier, InvoiceDocumentModel } from './invoice-document.model.js';

/*
 * The invoice PDF (docs/invoice-pdf.md): one model (invoice-document.model.ts) laid out on US Letter
 * pages — the paper size Canadian offices print on — with @react-pdf/renderer. Elements are built
 * with React.createElement: the repository compiles `.ts` only.
 *
 * What the page carries, and why:
 *
 * - **Input tax credits.** A recipient may claim the GST/HST it pays only with the "prescribed
 *   information" of the Input Tax Credit Information (GST/HST) Regulations (SOR/91-45, s. 3; Excise
 *   Tax Act s. 169(4)(a); CRA GST/HST Memorandum 8.4, "Documentary requirements for claiming input
 *   tax credits"). Its tiers, by the total of the document: under $100 — the supplier's (or trading)
 *   name, the invoice date, the total; $100 to $499.99 — also the supplier's GST/HST registration
 *   number and the tax charged (per rate, or a statement that the price includes it); $500 and more —
 *   also the recipient's (or trading) name, the terms of payment and a description sufficient to
 *   identify each supply. (The tiers were $30 and $150 before 2021.) Every FitFlow invoice prints the
 *   $500 tier whatever its total: supplier name and business name, GST/HST number, date, recipient
 *   name, terms, one described line per session, and each tax with its rate and amount. The QST
 *   equivalent, for input tax refunds, is the Regulation respecting the Québec sales tax
 *   (chapter T-0.1, r. 2), ss. 201R3 to 201R5, which adds the supplier's QST registration number:
 *   printed when the trainer has one.
 * - **Credit notes** carry what the Credit Note Information (GST/HST) Regulations (SOR/91-44) and the
 *   QST Regulation s. 449R1 prescribe: a statement that the document is a credit note, the supplier's
 *   name and registration numbers, the recipient's name, the date, and the tax credited (per rate);
 *   FitFlow also names the invoice it credits.
 * - **A small supplier** (no GST/HST registration) charges none and says so (the tax engine's
 *   SMALL_SUPPLIER notice).
 * - **Language.** A recipient in Québec gets the document in French: invoices and receipts are drawn
 *   up in French (Charter of the French Language, CQLR c. C-11, s. 57; s. 89 would allow another
 *   language beside it, FitFlow prints French only). Everyone else gets it in English.
 * - **Drafts** print "DRAFT" / "BROUILLON" across every page and "not a tax invoice": without a
 *   number, a draft must not be mistaken for a document supporting an input tax credit.
 *
 * Fonts: the PDF standard Helvetica (WinAnsi encoding holds every French letter), so nothing is
 * downloaded or read from outside node_modules.
 */

/** One style of @react-pdf/renderer's style sheets. */
type Style = Parameters<typeof StyleSheet.create>[0][string];

// French words must not be cut with English hyphenation rules; whole words wrap instead.
Font.registerHyphenationCallback((word) => [word]);

const INK = '#1f2933';
const MUTED = '#616e7c';
const RULE = '#cbd2d9';
const ACCENT = '#124e78';

const styles = StyleSheet.create({
  page: { paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, fontFamily: 'Helvetica', fontSize: 9, color: INK },
  watermark: {
    position: 'absolute',
    top: 330,
    left: 0,
    right: 0,
    textAlign: 'center',
    fontSize: 96,
    fontFamily: 'Helvetica-Bold',
    color: '#e4e7eb',
    transform: 'rotate(-30deg)',
  },
  header: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 },
  supplier: { width: '55%' },
  supplierName: { fontSize: 15, fontFamily: 'Helvetica-Bold', color: ACCENT, marginBottom: 4 },
  line: { marginBottom: 1.5 },
  title: { fontSize: 20, fontFamily: 'Helvetica-Bold', color: ACCENT, textAlign: 'right', marginBottom: 8 },
  draftTag: { fontSize: 11, fontFamily: 'Helvetica-Bold', color: '#a61b1b', textAlign: 'right', marginTop: -4, marginBottom: 6 },
  meta: { width: '42%' },
  metaRow: { flexDirection: 'row', justifyContent: 'flex-end', marginBottom: 2 },
  metaLabel: { color: MUTED, width: 100, textAlign: 'right', marginRight: 8 },
  metaValue: { width: 110, textAlign: 'right', fontFamily: 'Helvetica-Bold' },
  muted: { color: MUTED },
  banner: { borderWidth: 1, borderColor: '#d64545', color: '#a61b1b', padding: 6, marginBottom: 12, fontFamily: 'Helvetica-Bold' },
  parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 16 },
  party: { width: '48%' },
  sectionLabel: { fontSize: 8, color: MUTED, textTransform: 'uppercase', marginBottom: 3, fontFamily: 'Helvetica-Bold' },
  partyName: { fontFamily: 'Helvetica-Bold', fontSize: 10, marginBottom: 2 },
  tableHead: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: INK, paddingBottom: 3, fontFamily: 'Helvetica-Bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
  groupTitle: { fontFamily: 'Helvetica-Bold', color: ACCENT, marginTop: 8, paddingBottom: 3 },
  groupTotal: { flexDirection: 'row', paddingVertical: 3, fontFamily: 'Helvetica-Bold' },
  colDate: { width: 70 },
  colDescription: { flexGrow: 1, flexBasis: 0, paddingRight: 6 },
  colAttendees: { width: 56, textAlign: 'right' },
  colQuantity: { width: 34, textAlign: 'right' },
  colRate: { width: 78, textAlign: 'right' },
  colAmount: { width: 86, textAlign: 'right' },
  totals: { marginTop: 12, marginLeft: 'auto', width: 260 },
  totalRow: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 2 },
  grandTotal: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    borderTopWidth: 1,
    borderTopColor: INK,
    marginTop: 3,
    paddingTop: 4,
    fontFamily: 'Helvetica-Bold',
    fontSize: 10,
  },
  balance: {
    flexDirection: 'row',
    justifyContent: 'space-between',
    backgroundColor: '#f0f4f8',
    marginTop: 4,
    padding: 5,
    fontFamily: 'Helvetica-Bold',
    fontSize: 11,
    color: ACCENT,
  },
  block: { marginTop: 14 },
  footer: { position: 'absolute', bottom: 24, left: 44, right: 44, fontSize: 7.5, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
  pageNumber: { position: 'absolute', bottom: 24, right: 44, paddingTop: 4.5, fontSize: 7.5, color: MUTED },
});

const text = (content: ReactNode, style?: Style) => h(Text, style ? { style } : null, content);

/** The supplier's registration numbers, each on its own line with its label. */
function registrations(supplier: DocumentSupplier, l: DocumentLabels): ReactElement[] {
  const lines: ReactElement[] = [];
  if (supplier.gstHstNumber) lines.push(text(`${l.gstHst}${l.colon}${supplier.gstHstNumber}`, styles.line));
  if (supplier.qstNumber) lines.push(text(`${l.qst}${l.colon}${supplier.qstNumber}`, styles.line));
  for (const [province, number] of Object.entries(supplier.pstNumbers)) {
    if (number) lines.push(text(`${province === 'MB' ? l.rst : l.pst(province)}${l.colon}${number}`, styles.line));
  }
  return lines;
}

function metaRow(label: string, value: string) {
  return h(View, { style: styles.metaRow }, text(label, styles.metaLabel), text(value, styles.metaValue));
}

function header(m: InvoiceDocumentModel, l: DocumentLabels) {
  const s = m.supplier;
  const title = m.kind === 'credit_note' ? l.creditNote : l.invoice;
  const lang = m.language;
  return h(
    View,
    { style: styles.header },
    h(
      View,
      { style: styles.supplier },
      text(s.businessName ?? s.name, styles.supplierName),
      s.businessName && s.businessName !== s.name ? text(s.name) : null,
      ...addressLines(s.address).map((line) => text(line, styles.line)),
      h(View, { style: { marginTop: 4 } }, ...registrations(s, l)),
    ),
    h(
      View,
      { style: styles.meta },
      text(title, styles.title),
      m.draft ? text(l.draft, styles.draftTag) : null,
      metaRow(l.number, m.number ?? l.draftNumber),
      metaRow(m.kind === 'credit_note' ? l.creditNoteDate : l.invoiceDate, formatDate(m.invoiceDate, lang)),
      m.kind === 'invoice' ? metaRow(l.dueDate, formatDate(m.dueDate, lang)) : null,
      m.kind === 'invoice' ? metaRow(l.terms, l.netTerms(m.netDays)) : null,
    ),
  );
}

function parties(m: InvoiceDocumentModel, l: DocumentLabels) {
  return h(
    View,
    { style: styles.parties },
    h(
      View,
      { style: styles.party },
      text(l.billTo, styles.sectionLabel),
      text(m.recipient.name, styles.partyName),
      ...addressLines(m.recipient.address).map((line) => text(line, styles.line)),
    ),
    h(
      View,
      { style: styles.party },
      text(l.period, styles.sectionLabel),
      text(l.periodRange(m.period.start, m.period.end)),
      m.creditedInvoiceNumber ? text(l.credits(m.creditedInvoiceNumber), { marginTop: 6, fontFamily: 'Helvetica-Bold' }) : null,
    ),
  );
}

function lineRow(line: DocumentLine, m: InvoiceDocumentModel, key: string) {
  const lang = m.language;
  return h(
    View,
    { style: styles.row, wrap: false, key },
    text(line.serviceDate ? formatShortDate(line.serviceDate, lang) : '', styles.colDate),
    text(line.description, styles.colDescription),
    text(line.attendees === null ? '' : String(line.attendees), styles.colAttendees),
    text(line.quantity.toFixed(), styles.colQuantity),
    text(formatMoney(line.unitPrice, lang), styles.colRate),
    text(formatMoney(line.amount, lang), styles.colAmount),
  );
}

function group(g: DocumentLineGroup, index: number, m: InvoiceDocumentModel, l: DocumentLabels) {
  const several = m.groups.length > 1;
  return h(
    View,
    { key: `group-${index}` },
    // A location's title never ends a page: at least two lines follow it there.
    g.location ? h(Text, { style: styles.groupTitle, minPresenceAhead: 40 }, g.location) : null,
    ...g.lines.map((line, i) => lineRow(line, m, `line-${index}-${i}`)),
    several
      ? h(
          View,
          { style: styles.groupTotal, wrap: false },
          text(`${l.locationSubtotal}${g.location ? ` — ${g.location}` : ''}`, { flexGrow: 1, textAlign: 'right', paddingRight: 6 }),
          text(formatMoney(g.subtotal, m.language), styles.colAmount),
        )
      : null,
  );
}

function lines(m: InvoiceDocumentModel, l: DocumentLabels) {
  return h(
    View,
    null,
    // The column heads repeat at the top of every page the table runs onto.
    h(
      View,
      { style: styles.tableHead, fixed: true },
      text(l.date, styles.colDate),
      text(l.description, styles.colDescription),
      text(l.attendees, styles.colAttendees),
      text(l.quantity, styles.colQuantity),
      text(l.rate, styles.colRate),
      text(l.amount, styles.colAmount),
    ),
    ...m.groups.map((g, i) => group(g, i, m, l)),
  );
}

function totalRow(label: string, value: string, style: Style = styles.totalRow) {
  return h(View, { style, wrap: false }, text(label), text(value));
}

function totals(m: InvoiceDocumentModel, l: DocumentLabels) {
  const lang = m.language;
  const money = (amount: InvoiceDocumentModel['total']) => formatMoney(amount, lang);
  const rows: ReactElement[] = [totalRow(l.subtotal, money(m.subtotal))];
  for (const tax of m.taxes) {
    const onBase = tax.base.equals(m.subtotal) ? '' : lang === 'fr' ? ` sur ${money(tax.base)}` : ` on ${money(tax.base)}`;
    rows.push(totalRow(`${tax.name}${onBase}`, money(tax.amount)));
  }
  if (!m.taxes.length) rows.push(totalRow(l.noTax, money(m.total.minus(m.subtotal))));
  if (m.kind === 'credit_note') {
    rows.push(totalRow(l.creditTotal, money(m.total), styles.grandTotal));
  } else {
    rows.push(totalRow(l.total, money(m.total), styles.grandTotal));
    rows.push(totalRow(l.amountPaid, money(m.amountPaid)));
    rows.push(totalRow(l.balanceDue, money(m.balanceDue), styles.balance));
  }
  return h(View, { style: styles.totals, wrap: false }, ...rows);
}

function closing(m: InvoiceDocumentModel, l: DocumentLabels) {
  const supplierName = m.supplier.businessName ?? m.supplier.name;
  return h(
    View,
    null,
    m.notices.length ? h(View, { style: styles.block, wrap: false }, ...m.notices.map((notice) => text(notice, { fontFamily: 'Helvetica-Bold' }))) : null,
    m.notes ? h(View, { style: styles.block }, text(l.notes, styles.sectionLabel), text(m.notes)) : null,
    h(
      View,
      { style: styles.block, wrap: false },
      text(m.kind === 'credit_note' ? l.creditPayment : l.payment(supplierName, m.number, m.netDays), styles.muted),
    ),
  );
}

/** The document's React element tree (exported for {@link renderInvoicePdf} only). */
function invoiceDocument(m: InvoiceDocumentModel): ReactElement {
  const l = LABELS[m.language];
  const title = `${m.kind === 'credit_note' ? l.creditNote : l.invoice} ${m.number ?? l.draft}`;
  const supplierName = m.supplier.businessName ?? m.supplier.name;
  return h(
    Document,
    {
      title,
      author: supplierName,
      subject: m.recipient.name,
      creator: 'FitFlow',
      producer: 'FitFlow',
      language: m.language === 'fr' ? 'fr-CA' : 'en-CA',
      // The invoice date, not the clock: rendering one model twice gives the same bytes.
      creationDate: new Date(`${m.invoiceDate}T12:00:00Z`),
      modificationDate: new Date(`${m.invoiceDate}T12:00:00Z`),
    },
    h(
      Page,
      { size: 'LETTER', style: styles.page, wrap: true },
      m.draft ? h(Text, { style: styles.watermark, fixed: true }, l.draft) : null,
      header(m, l),
      m.draft ? text(l.draftNotice, styles.banner) : null,
      parties(m, l),
      lines(m, l),
      totals(m, l),
      closing(m, l),
      // Two fixed texts, not a row: react-pdf drops a `render` text nested in a fixed row.
      h(Text, { style: styles.footer, fixed: true }, `${supplierName} · ${title}`),
      h(Text, {
        style: styles.pageNumber,
        fixed: true,
        render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) => l.page(pageNumber, totalPages),
      }),
    ),
  );
}

/**
 * Renders `model` to a PDF (US Letter, one page or more), in the model's language.
 * Deterministic: the same model gives the same bytes (the PDF's dates are the invoice date). An issued
 * invoice is nevertheless rendered once, at issue, and its bytes stored (invoice-document.service.ts):
 * what a recipient downloads never depends on this code staying the same.
 * @returns the PDF file's bytes.
 */
export function renderInvoicePdf(model: InvoiceDocumentModel): Promise<Buffer> {
  return renderToBuffer(invoiceDocument(model) as Parameters<typeof renderToBuffer>[0]);
}
