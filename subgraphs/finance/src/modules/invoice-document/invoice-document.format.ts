import { Decimal } from '@fitflow/kit';
import type { DocumentAddress, DocumentLanguage, DocumentTaxName } from './invoice-document.model.js';

/*
 * How an invoice PDF writes amounts, rates, dates and its fixed words, in English and in French
 * (docs/invoice-pdf.md). Money is formatted from its decimal.js value, digit by digit — never through
 * a JavaScript number — and always with two decimals. Dates use month names written here rather than
 * the runtime's Intl data, so a document reads the same whichever ICU data Node was built with.
 */

/** No-break space: between groups of digits and before "$" in French, so an amount never breaks across lines. */
const NBSP = '\u00a0';

/**
 * An amount of CAD as the document's language writes it, always with two decimals:
 * English `$1,234.56 CAD` (the currency named, as the invoice may reach someone outside Canada);
 * French as Québec prints it, `1 234,56 $` (no-break spaces between thousands and before the sign;
 * Office québécois de la langue française, Banque de dépannage linguistique, "Symbole du dollar").
 * Negative amounts carry a leading minus: `-$12.00 CAD`, `-12,00 $`.
 * @throws Error when `amount` is not a Decimal (money never passes through a float) or has more than
 *   two decimals (a stored amount never does; rounding here would hide a bug).
 */
export function formatMoney(amount: Decimal, language: DocumentLanguage): string {
  if (!(amount instanceof Decimal)) throw new Error('money must be a Decimal, never a number');
  if (amount.decimalPlaces() > 2) throw new Error('an amount of money has at most two decimals');
  const [whole, cents] = amount.abs().toFixed(2).split('.');
  const sign = amount.isNegative() && !amount.isZero() ? '-' : '';
  if (language === 'fr') return `${sign}${group(whole, NBSP)},${cents}${NBSP}$`;
  return `${sign}$${group(whole, ',')}.${cents} CAD`;
}

/** `1234567` → `1,234,567` with `separator` between groups of three digits. */
function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A tax rate (a fraction) as a percentage with as many decimals as it has: 0.13 → `13 %`,
 * 0.09975 → `9.975 %` (`9,975 %` in French, where a no-break space precedes `%`).
 */
export function formatRate(rate: Decimal, language: DocumentLanguage): string {
  const percent = rate.times(100).toFixed();
  return language === 'fr' ? `${percent.replace('.', ',')}${NBSP}%` : `${percent} %`;
}

/** What each tax is called on an invoice: English and French (Revenu Québec: TPS, TVH, TVQ; Manitoba: RST, TVD). */
const TAX_NAMES: Record<DocumentTaxName, Record<DocumentLanguage, string>> = {
  GST: { en: 'GST', fr: 'TPS' },
  HST: { en: 'HST', fr: 'TVH' },
  QST: { en: 'QST', fr: 'TVQ' },
  PST: { en: 'PST', fr: 'TVP' },
  RST: { en: 'RST', fr: 'TVD' },
};

/** A tax's name and rate as printed in the totals: `HST 13 %`, `TVQ 9,975 %`. */
export const taxLabel = (tax: DocumentTaxName, rate: Decimal, language: DocumentLanguage) => `${TAX_NAMES[tax][language]} ${formatRate(rate, language)}`;

/** The short name of a tax alone: `GST/HST` registration labels use it. */
export const taxName = (tax: DocumentTaxName, language: DocumentLanguage) => TAX_NAMES[tax][language];

const MONTHS: Record<DocumentLanguage, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day `YYYY-MM-DD` written out: English `November 1, 2026`; French `1er novembre 2026`
 * (the first of a month is "1er", every other day a plain number, month names in lower case: OQLF,
 * Banque de dépannage linguistique, "Date").
 * @throws Error when `day` is not `YYYY-MM-DD`.
 */
export function formatDate(day: string, language: DocumentLanguage): string {
  const match = LOCAL_DATE.exec(day);
  if (!match) throw new Error('a document date must be a calendar day YYYY-MM-DD');
  const [, year, month, date] = match;
  const d = Number(date);
  const name = MONTHS[language][Number(month) - 1];
  if (name === undefined || d < 1 || d > 31) throw new Error('a document date must be a calendar day YYYY-MM-DD');
  return language === 'fr' ? `${d === 1 ? '1er' : d} ${name} ${year}` : `${name} ${d}, ${year}`;
}

/** A short date for the line table: `Oct 3, 2026`, `3 oct. 2026`. */
export function formatShortDate(day: string, language: DocumentLanguage): string {
  const match = LOCAL_DATE.exec(day);
  if (!match) throw new Error('a document date must be a calendar day YYYY-MM-DD');
  const [, year, month, date] = match;
  const d = Number(date);
  const short: Record<DocumentLanguage, readonly string[]> = {
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  };
  return language === 'fr' ? `${d === 1 ? '1er' : d} ${short.fr[Number(month) - 1]} ${year}` : `${short.en[Number(month) - 1]} ${d}, ${year}`;
}

/** An address as lines: street, second line, `City PROVINCE  POSTAL` (Canada Post's addressing guidelines: two spaces before the postal code). */
export function addressLines(address: DocumentAddress | null): string[] {
  if (!address) return [];
  return [address.line1, address.line2 ?? '', `${address.city} ${address.province}  ${address.postalCode}`].filter((line) => line.trim() !== '');
}

/** Names of the provinces whose sales tax an invoice may mention, in each language. */
const PST_PROVINCES: Record<string, Record<DocumentLanguage, { tax: string; province: string }>> = {
  BC: { en: { tax: 'PST', province: 'British Columbia' }, fr: { tax: 'TVP', province: 'de la Colombie-Britannique' } },
  SK: { en: { tax: 'PST', province: 'Saskatchewan' }, fr: { tax: 'TVP', province: 'de la Saskatchewan' } },
  MB: { en: { tax: 'RST', province: 'Manitoba' }, fr: { tax: 'TVD', province: 'du Manitoba' } },
};

/**
 * The sentence a document prints for each notice code of the tax engine
 * (modules/tax/tax.engine.ts `TaxNoticeCode`), in each language; `placeOfSupply` names the
 * provincial tax of `PST_NOT_REGISTERED`. A code without a text prints as the code itself: never
 * silently dropped.
 */
export function noticeText(code: string, language: DocumentLanguage, placeOfSupply?: string | null): string {
  const fr = language === 'fr';
  switch (code) {
    case 'SMALL_SUPPLIER':
      return fr
        ? `Aucune TPS/TVH ni TVQ facturée${NBSP}: le fournisseur est un petit fournisseur non inscrit (Loi sur la taxe d'accise, art. 148).`
        : 'No GST/HST charged: the supplier is a small supplier, not registered for GST/HST (Excise Tax Act, s. 148).';
    case 'QST_NOT_REGISTERED':
      return fr
        ? `Aucune TVQ facturée${NBSP}: le fournisseur n'est pas inscrit au fichier de la TVQ.`
        : 'No QST charged: the supplier is not registered for the Québec sales tax.';
    case 'PST_NOT_REGISTERED': {
      const pst = PST_PROVINCES[placeOfSupply ?? '']?.[language] ?? (fr ? { tax: 'TVP', province: '' } : { tax: 'PST', province: '' });
      return fr
        ? `Aucune ${pst.tax} facturée${NBSP}: le fournisseur n'est pas inscrit à la ${pst.tax}${pst.province ? ` ${pst.province}` : ''}.`
        : `No ${pst.tax} charged: the supplier is not registered for${pst.province ? ` ${pst.province}` : ''} ${pst.tax}.`;
    }
    default:
      return code;
  }
}

/** Every fixed word of the document, in both languages (Charter of the French Language, s. 57: a Québec invoice is in French). */
export const LABELS = {
  en: {
    /** Between a label and its value. */
    colon: ': ',
    invoice: 'INVOICE',
    creditNote: 'CREDIT NOTE',
    draft: 'DRAFT',
    draftNotice: 'Draft — not a tax invoice. It has no number yet and cannot be used to claim input tax credits.',
    number: 'Number',
    draftNumber: 'Not yet issued',
    invoiceDate: 'Invoice date',
    creditNoteDate: 'Date',
    dueDate: 'Due date',
    period: 'Period',
    terms: 'Terms',
    netTerms: (days: number) => (days === 0 ? 'Due on receipt' : `Net ${days}`),
    credits: (number: string) => `Credits invoice ${number}`,
    billTo: 'Bill to',
    from: 'From',
    gstHst: 'GST/HST registration no.',
    qst: 'QST registration no.',
    pst: (province: string) => `${province} PST registration no.`,
    rst: 'MB RST registration no.',
    date: 'Date',
    description: 'Description',
    attendees: 'Attendees',
    quantity: 'Qty',
    rate: 'Rate',
    amount: 'Amount',
    locationSubtotal: 'Subtotal',
    subtotal: 'Subtotal',
    total: 'Total',
    amountPaid: 'Amount paid',
    balanceDue: 'Balance due',
    creditTotal: 'Total credited',
    noTax: 'No sales tax charged',
    notes: 'Notes',
    payment: (supplier: string, number: string | null, days: number) =>
      `Please pay ${supplier} by e-transfer or cheque${days > 0 ? ` within ${days} days of the invoice date` : ' on receipt'}` +
      `${number ? `, quoting invoice ${number}` : ''}. All amounts are in Canadian dollars.`,
    creditPayment: 'This credit note reduces the balance of the invoice it credits. All amounts are in Canadian dollars.',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    periodRange: (start: string, end: string) => `${formatDate(start, 'en')} – ${formatDate(end, 'en')}`,
  },
  fr: {
    /** French typography: a no-break space before the colon. */
    colon: `${NBSP}: `,
    invoice: 'FACTURE',
    creditNote: 'NOTE DE CRÉDIT',
    draft: 'BROUILLON',
    draftNotice: 'Brouillon — pas une facture fiscale. Sans numéro, il ne permet pas de demander de crédit ou de remboursement de taxe sur les intrants.',
    number: 'Numéro',
    draftNumber: 'Pas encore émise',
    invoiceDate: 'Date de la facture',
    creditNoteDate: 'Date',
    dueDate: "Date d'échéance",
    period: 'Période',
    terms: 'Conditions',
    netTerms: (days: number) => (days === 0 ? 'Payable sur réception' : `Net ${days} jours`),
    credits: (number: string) => `Crédite la facture ${number}`,
    billTo: 'Facturé à',
    from: 'De',
    gstHst: "N° d'inscription TPS/TVH",
    qst: "N° d'inscription TVQ",
    pst: (province: string) => `N° d'inscription TVP (${province})`,
    rst: "N° d'inscription TVD (MB)",
    date: 'Date',
    description: 'Description',
    attendees: 'Participants',
    quantity: 'Qté',
    rate: 'Tarif',
    amount: 'Montant',
    locationSubtotal: 'Sous-total',
    subtotal: 'Sous-total',
    total: 'Total',
    amountPaid: 'Montant payé',
    balanceDue: 'Solde dû',
    creditTotal: 'Total crédité',
    noTax: 'Aucune taxe de vente facturée',
    notes: 'Remarques',
    payment: (supplier: string, number: string | null, days: number) =>
      `Veuillez payer ${supplier} par virement Interac ou par chèque${days > 0 ? ` dans les ${days} jours suivant la date de la facture` : ' sur réception'}` +
      `${number ? `, en indiquant la facture ${number}` : ''}. Tous les montants sont en dollars canadiens.`,
    creditPayment: 'Cette note de crédit réduit le solde de la facture qu’elle crédite. Tous les montants sont en dollars canadiens.',
    page: (page: number, pages: number) => `Page ${page} de ${pages}`,
    periodRange: (start: string, end: string) => `du ${formatDate(start, 'fr')} au ${formatDate(end, 'fr')}`,
  },
} satisfies Record<DocumentLanguage, unknown>;

export type DocumentLabels = (typeof LABELS)['en'];
