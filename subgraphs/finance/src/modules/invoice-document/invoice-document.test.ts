import { Decimal } from '@fitflow/kit';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { lineAmount, sumMoney } from '../../money.js';
import { ConfigError, loadKeyRing } from '@fitflow/kit';
import { invoiceLinkKey, loadInvoiceDocumentConfig } from './invoice-document.config.js';
import { formatDate, formatMoney, formatRate, noticeText, taxLabel } from './invoice-document.format.js';
import { signInvoiceLink, verifyInvoiceLink } from './invoice-document.link.js';
import type { InvoiceItemEntity } from '../invoice-item/invoice-item.entity.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import { buildInvoiceDocumentModel, type DocumentLine, type DocumentTaxName, type InvoiceDocumentModel } from './invoice-document.model.js';
import { renderInvoicePdf } from './invoice-document.pdf.js';

/*
 * The invoice PDF as a recipient reads it: each document is rendered, opened with pdfjs-dist and its
 * text checked for what the Input Tax Credit Information (GST/HST) Regulations ask of it, in English
 * for an Ontario studio and in French for a Québec one. Amounts are worked out with money.ts, as the
 * invoicing code does.
 */

/** pdfjs-dist's standard font data (it warns without it; the text is the same). */
const STANDARD_FONTS = `${join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

/**
 * The text of every page of a PDF as a reader sees it, one string per page: pieces of text that touch
 * on a line are joined, pieces apart get one space, lines end with a newline; no-break spaces read as
 * spaces.
 */
async function pdfText(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl: STANDARD_FONTS }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    let text = '';
    let last: { x: number; y: number } | null = null;
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [x, y] = [item.transform[4] as number, item.transform[5] as number];
      if (last) text += Math.abs(y - last.y) > 2 ? '\n' : x - last.x > 0.5 ? ' ' : '';
      text += item.str;
      last = { x: x + item.width, y };
    }
    pages.push(text.replace(/[ \u00a0]+/g, ' '));
  }
  await document.destroy();
  return pages;
}

const textOf = async (model: InvoiceDocumentModel) => (await pdfText(await renderInvoicePdf(model))).join('\n');

const line = (serviceDate: string, description: string, attendees: number | null, quantity: string, unitPrice: string): DocumentLine => ({
  serviceDate,
  description,
  attendees,
  quantity: new Decimal(quantity),
  unitPrice: new Decimal(unitPrice),
  amount: lineAmount(new Decimal(quantity), new Decimal(unitPrice)),
});

function complete(
  base: Omit<InvoiceDocumentModel, 'subtotal' | 'taxes' | 'total' | 'amountPaid' | 'balanceDue'>,
  taxes: [DocumentTaxName, string][],
): InvoiceDocumentModel {
  const groups = base.groups.map((g) => ({ ...g, subtotal: sumMoney(g.lines.map((l) => l.amount)) }));
  const subtotal = sumMoney(groups.map((g) => g.subtotal));
  const charged = taxes.map(([tax, rate]) => {
    const r = new Decimal(rate);
    return { name: taxLabel(tax, r, base.language), tax, rate: r, base: subtotal, amount: subtotal.times(r).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) };
  });
  const total = subtotal.plus(sumMoney(charged.map((t) => t.amount)));
  return { ...base, groups, subtotal, taxes: charged, total, amountPaid: new Decimal(0), balanceDue: total };
}

/** Maya (Toronto, HST-registered) bills Harbourfront for October 2026: 3 sessions, HST 13 %. */
const ontarioInvoice = (): InvoiceDocumentModel =>
  complete(
    {
      kind: 'invoice',
      creditedInvoiceNumber: null,
      draft: false,
      language: 'en',
      number: 'MC-2026-0007',
      invoiceDate: '2026-11-01',
      dueDate: '2026-12-01',
      period: { start: '2026-10-01', end: '2026-10-31' },
      netDays: 30,
      supplier: {
        name: 'Maya Chen',
        businessName: 'Maya Chen Fitness',
        address: { line1: '120 Queens Quay W', line2: 'Suite 400', city: 'Toronto', province: 'ON', postalCode: 'M5J 2V5' },
        gstHstNumber: '123456782 RT0001',
        qstNumber: null,
        pstNumbers: {},
      },
      recipient: { name: 'Harbourfront Wellness', address: { line1: '235 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2G8' } },
      groups: [
        {
          location: null,
          lines: [
            line('2026-10-05', 'Vinyasa Flow (group)', 12, '1', '55.00'),
            line('2026-10-12', 'Vinyasa Flow (group)', 14, '1', '55.00'),
            line('2026-10-20', 'Personal training (individual)', 1, '1', '1124.56'),
          ],
          subtotal: new Decimal(0),
        },
      ],
      notices: [],
      notes: 'Thank you for a great month.',
    },
    [['HST', '0.13']],
  );

/** Julie (Montréal, GST- and QST-registered) bills a Montréal studio: printed in French, TPS 5 % and TVQ 9,975 %, subtotal 1 234,56 $. */
const quebecInvoice = (): InvoiceDocumentModel =>
  complete(
    {
      kind: 'invoice',
      creditedInvoiceNumber: null,
      draft: false,
      language: 'fr',
      number: 'JT-2026-0003',
      invoiceDate: '2026-11-01',
      dueDate: '2026-11-16',
      period: { start: '2026-10-01', end: '2026-10-31' },
      netDays: 15,
      supplier: {
        name: 'Julie Tremblay',
        businessName: null,
        address: { line1: '4500 rue Saint-Denis', city: 'Montréal', province: 'QC', postalCode: 'H2J 2L3' },
        gstHstNumber: '123456782 RT0001',
        qstNumber: '1234567890 TQ0001',
        pstNumbers: {},
      },
      recipient: { name: 'Studio Élan Plateau', address: { line1: '1200 avenue du Mont-Royal Est', city: 'Montréal', province: 'QC', postalCode: 'H2J 1Y2' } },
      groups: [
        {
          location: null,
          lines: [line('2026-10-07', 'Yoga doux (groupe)', 9, '1', '1000.00'), line('2026-10-14', 'Pilates (groupe)', 11, '1', '234.56')],
          subtotal: new Decimal(0),
        },
      ],
      notices: [],
      notes: null,
    },
    [
      ['GST', '0.05'],
      ['QST', '0.09975'],
    ],
  );

/** Many lines at two studios of a chain, billed to the headquarters at once: two groups, two or more pages. */
const consolidatedInvoice = (): InvoiceDocumentModel => {
  const base = ontarioInvoice();
  const month = (studio: string) =>
    Array.from({ length: 24 }, (_, i) => line(`2026-10-${String(i + 1).padStart(2, '0')}`, `Vinyasa Flow (group) — ${studio}`, 10 + (i % 5), '1', '55.00'));
  return complete(
    {
      ...base,
      recipient: { ...base.recipient, name: 'Harbourfront Wellness (headquarters)' },
      groups: [
        { location: 'Harbourfront', lines: month('Harbourfront'), subtotal: new Decimal(0) },
        { location: 'Midtown', lines: month('Midtown'), subtotal: new Decimal(0) },
      ],
    },
    [['HST', '0.13']],
  );
};

describe('an English invoice (Ontario studio)', () => {
  it('carries what the recipient needs to claim input tax credits: GST/HST number, date, lines, subtotal, tax per rate and total', async () => {
    const text = await textOf(ontarioInvoice());
    expect(text).toContain('INVOICE');
    expect(text).toContain('MC-2026-0007');
    expect(text).toContain('Maya Chen Fitness');
    expect(text).toContain('GST/HST registration no.: 123456782 RT0001');
    expect(text).toContain('November 1, 2026');
    expect(text).toContain('Harbourfront Wellness');
    expect(text).toContain('Net 30');
    expect(text).toMatch(/Oct 5, 2026 Vinyasa Flow \(group\) 12 1 \$55\.00 CAD \$55\.00 CAD/);
    expect(text).toMatch(/Personal training \(individual\) 1 1 \$1,124\.56 CAD \$1,124\.56 CAD/);
    expect(text).toMatch(/Subtotal \$1,234\.56 CAD/);
    expect(text).toMatch(/HST 13 % \$160\.49 CAD/);
    expect(text).toMatch(/Total \$1,395\.05 CAD/);
    expect(text).toMatch(/Balance due \$1,395\.05 CAD/);
    expect(text).not.toContain('DRAFT');
  });

  it('prints every amount with two decimals and the addresses of both parties', async () => {
    const text = await textOf(ontarioInvoice());
    const amounts = text.match(/\$[\d,]+(\.\d+)? CAD/g) ?? [];
    expect(amounts.length).toBeGreaterThan(8);
    for (const amount of amounts) expect(amount).toMatch(/\.\d{2} CAD$/);
    expect(text).toContain('120 Queens Quay W');
    expect(text).toContain('Toronto ON M5J 2V5');
    expect(text).toContain('235 Queens Quay W');
  });

  it('groups a consolidated headquarters invoice by studio, over several pages, numbered', async () => {
    const pages = await pdfText(await renderInvoicePdf(consolidatedInvoice()));
    expect(pages.length).toBeGreaterThan(1);
    const text = pages.join('\n');
    expect(text).toMatch(/Subtotal — Harbourfront \$1,320\.00 CAD/);
    expect(text).toMatch(/Subtotal — Midtown \$1,320\.00 CAD/);
    expect(text).toMatch(/HST 13 % \$343\.20 CAD/);
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('says so when a small supplier charges no GST/HST, and shows no registration number', async () => {
    const model = ontarioInvoice();
    const text = await textOf({
      ...model,
      supplier: { ...model.supplier, gstHstNumber: null },
      taxes: [],
      total: model.subtotal,
      balanceDue: model.subtotal,
      notices: [noticeText('SMALL_SUPPLIER', 'en')],
    });
    expect(text).toContain('No GST/HST charged: the supplier is a small supplier, not registered for GST/HST');
    expect(text).not.toContain('GST/HST registration no.');
    expect(text).toMatch(/Total \$1,234\.56 CAD/);
  });
});

describe('a French invoice (Québec studio)', () => {
  it('is in French: FACTURE, TPS and TVQ per rate, amounts as Québec prints them, dates written out', async () => {
    const text = await textOf(quebecInvoice());
    expect(text).toContain('FACTURE');
    expect(text).not.toContain('INVOICE');
    expect(text).toContain("N° d'inscription TPS/TVH : 123456782 RT0001");
    expect(text).toContain("N° d'inscription TVQ : 1234567890 TQ0001");
    expect(text).toContain('Facturé à'.toUpperCase());
    expect(text).toMatch(/Sous-total 1 234,56 \$/);
    expect(text).toMatch(/TPS 5 % 61,73 \$/);
    expect(text).toMatch(/TVQ 9,975 % 123,15 \$/);
    expect(text).toMatch(/Total 1 419,44 \$/);
    expect(text).toMatch(/Solde dû 1 419,44 \$/);
    expect(text).toContain('1er novembre 2026');
    expect(text).toContain('16 novembre 2026');
    expect(text).toContain('Net 15 jours');
    expect(text).toContain('7 oct. 2026 Yoga doux (groupe) 9 1 1 000,00 $ 1 000,00 $');
  });
});

describe('a draft', () => {
  it('shows DRAFT on every page, has no number, and says it is not a tax invoice', async () => {
    const pages = await pdfText(await renderInvoicePdf({ ...consolidatedInvoice(), draft: true, number: null }));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('DRAFT');
    expect(pages[0]).toContain('Draft — not a tax invoice');
    expect(pages[0]).toContain('Not yet issued');
    expect(pages.join('\n')).not.toContain('MC-2026-0007');
  });

  it('shows BROUILLON in French', async () => {
    const text = await textOf({ ...quebecInvoice(), draft: true, number: null });
    expect(text).toContain('BROUILLON');
    expect(text).toContain('Brouillon — pas une facture fiscale');
  });
});

describe('a credit note', () => {
  it('says it is a credit note and names the invoice it credits, in both languages', async () => {
    const english = await textOf({ ...ontarioInvoice(), kind: 'credit_note', number: 'MC-2026-0009', creditedInvoiceNumber: 'MC-2026-0007' });
    expect(english).toContain('CREDIT NOTE');
    expect(english).toContain('Credits invoice MC-2026-0007');
    expect(english).toMatch(/Total credited \$1,395\.05 CAD/);
    expect(english).not.toContain('Balance due');
    const french = await textOf({ ...quebecInvoice(), kind: 'credit_note', number: 'JT-2026-0004', creditedInvoiceNumber: 'JT-2026-0003' });
    expect(french).toContain('NOTE DE CRÉDIT');
    expect(french).toContain('Crédite la facture JT-2026-0003');
  });
});

describe('rendering', () => {
  it('gives the same bytes for the same document', async () => {
    const [a, b] = await Promise.all([renderInvoicePdf(ontarioInvoice()), renderInvoicePdf(ontarioInvoice())]);
    expect(a.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
  });
});

describe('formats', () => {
  it('writes money from decimals with two decimals always, never through a number', () => {
    expect(formatMoney(new Decimal('1234.5'), 'en')).toBe('$1,234.50 CAD');
    expect(formatMoney(new Decimal('1234567.89'), 'en')).toBe('$1,234,567.89 CAD');
    expect(formatMoney(new Decimal('0'), 'en')).toBe('$0.00 CAD');
    expect(formatMoney(new Decimal('-12'), 'en')).toBe('-$12.00 CAD');
    expect(formatMoney(new Decimal('1234.56'), 'fr')).toBe('1\u00a0234,56\u00a0$');
    expect(formatMoney(new Decimal('999.99'), 'fr')).toBe('999,99\u00a0$');
    // 0.1 + 0.2 as decimals is exactly 0.30; as floats it would not be.
    expect(formatMoney(new Decimal('0.1').plus('0.2'), 'en')).toBe('$0.30 CAD');
    expect(() => formatMoney(new Decimal('10.005'), 'en')).toThrow(/two decimals/);
    expect(() => formatMoney(12.5 as unknown as Decimal, 'en')).toThrow(/never a number/);
  });

  it('writes rates, tax names and dates in each language', () => {
    expect(formatRate(new Decimal('0.09975'), 'fr')).toBe('9,975\u00a0%');
    expect(formatRate(new Decimal('0.13000'), 'en')).toBe('13 %');
    expect(taxLabel('HST', new Decimal('0.15'), 'fr')).toBe('TVH 15\u00a0%');
    expect(taxLabel('RST', new Decimal('0.07'), 'en')).toBe('RST 7 %');
    expect(formatDate('2026-11-01', 'fr')).toBe('1er novembre 2026');
    expect(formatDate('2026-02-28', 'fr')).toBe('28 février 2026');
    expect(formatDate('2026-11-01', 'en')).toBe('November 1, 2026');
    expect(() => formatDate('2026-13-01', 'en')).toThrow(/YYYY-MM-DD/);
  });

  it('writes every notice of the tax engine in both languages, naming the province’s own tax', () => {
    expect(noticeText('QST_NOT_REGISTERED', 'fr')).toBe("Aucune TVQ facturée\u00a0: le fournisseur n'est pas inscrit au fichier de la TVQ.");
    expect(noticeText('PST_NOT_REGISTERED', 'en', 'MB')).toBe('No RST charged: the supplier is not registered for Manitoba RST.');
    expect(noticeText('PST_NOT_REGISTERED', 'en', 'BC')).toBe('No PST charged: the supplier is not registered for British Columbia PST.');
    expect(noticeText('SMALL_SUPPLIER', 'fr')).toMatch(/^Aucune TPS\/TVH ni TVQ facturée/);
    expect(noticeText('SOMETHING_NEW', 'en')).toBe('SOMETHING_NEW');
  });
});

describe('the one mapping from finance rows to a document', () => {
  const HQ = '11111111-1111-4111-8111-111111111111';
  const MIDTOWN = '22222222-2222-4222-8222-222222222222';
  const invoice = (values: Partial<InvoiceEntity> = {}): InvoiceEntity =>
    ({
      id: '33333333-3333-4333-8333-333333333333',
      invoiceNumber: 'MC-2026-0007',
      documentType: 'invoice',
      creditedInvoiceId: null,
      placeOfSupply: 'ON',
      timeZone: 'America/Toronto',
      language: 'en',
      supplier: { name: 'Maya Chen', businessName: 'Maya Chen Fitness', gstHstNumber: '123456782 RT0001' },
      recipient: { name: 'Harbourfront Wellness', address: { line1: '235 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2G8' } },
      trainerId: '44444444-4444-4444-8444-444444444444',
      studioId: HQ,
      clientId: null,
      invoiceType: 'studio',
      invoiceDate: '2026-11-01',
      dueDate: '2026-12-01',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      subtotal: new Decimal('165.00'),
      taxDetails: { province: 'ON', lines: [{ tax: 'HST', jurisdiction: 'ON', rate: '0.13', base: '165.00', amount: '21.45' }], notices: [] },
      total: new Decimal('186.45'),
      status: 'issued',
      notes: null,
      ...values,
    }) as InvoiceEntity;
  const item = (position: number, locationStudioId: string | null, description = 'Vinyasa Flow (group)'): InvoiceItemEntity =>
    ({
      position,
      description,
      quantity: new Decimal(1),
      unitPrice: new Decimal('55.00'),
      amount: new Decimal('55.00'),
      serviceDate: `2026-10-0${position + 1}`,
      attendees: 10 + position,
      locationStudioId,
    }) as InvoiceItemEntity;
  const names = new Map([
    [HQ, 'Harbourfront'],
    [MIDTOWN, 'Midtown'],
  ]);

  it('prints the snapshot taken at issue, lines in position order in one group when all took place at the studio billed', () => {
    const model = buildInvoiceDocumentModel({ invoice: invoice(), items: [item(1, HQ), item(0, HQ)], studioNames: names, creditedInvoiceNumber: null });
    expect(model).toMatchObject({ kind: 'invoice', draft: false, language: 'en', number: 'MC-2026-0007', netDays: 30, creditedInvoiceNumber: null });
    expect(model.supplier).toMatchObject({ name: 'Maya Chen', businessName: 'Maya Chen Fitness', gstHstNumber: '123456782 RT0001', address: null });
    expect(model.recipient.address).toMatchObject({ city: 'Toronto', postalCode: 'M5J 2G8' });
    expect(model.groups).toHaveLength(1);
    expect(model.groups[0].location).toBeNull();
    expect(model.groups[0].lines.map((l) => l.serviceDate)).toEqual(['2026-10-01', '2026-10-02']);
    expect(model.taxes).toEqual([{ name: 'HST 13 %', tax: 'HST', rate: new Decimal('0.13'), base: new Decimal('165.00'), amount: new Decimal('21.45') }]);
    expect(model.balanceDue.toFixed(2)).toBe('186.45');
    expect(model.amountPaid.toFixed(2)).toBe('0.00');
  });

  it('groups a headquarters invoice by the studio each session took place at, with each group’s subtotal', () => {
    const model = buildInvoiceDocumentModel({
      invoice: invoice(),
      items: [item(0, MIDTOWN), item(1, HQ), item(2, MIDTOWN)],
      studioNames: names,
      creditedInvoiceNumber: null,
    });
    expect(model.groups.map((g) => [g.location, g.lines.length, g.subtotal.toFixed(2)])).toEqual([
      ['Midtown', 2, '110.00'],
      ['Harbourfront', 1, '55.00'],
    ]);
  });

  it('prints a draft with the parties the directories give today, in French for a recipient in Québec', () => {
    const model = buildInvoiceDocumentModel({
      invoice: invoice({ status: 'draft', invoiceNumber: null, supplier: null, recipient: null, language: 'en', placeOfSupply: null }),
      items: [item(0, HQ)],
      studioNames: names,
      creditedInvoiceNumber: null,
      currentParties: {
        supplier: { name: 'Julie Tremblay', qstNumber: '1234567890 TQ0001', pstNumbers: {} },
        recipient: { name: 'Studio Élan', address: { line1: '1200 av. du Mont-Royal E', city: 'Montréal', province: 'QC', postalCode: 'H2J 1Y2' } },
      },
    });
    expect(model).toMatchObject({ draft: true, number: null, language: 'fr' });
    expect(model.supplier).toMatchObject({ name: 'Julie Tremblay', qstNumber: '1234567890 TQ0001', gstHstNumber: null });
    expect(model.taxes[0].name).toBe('TVH 13\u00a0%');
  });

  it('names the invoice a credit note credits, and a PST number of the place of supply', () => {
    const model = buildInvoiceDocumentModel({
      invoice: invoice({
        documentType: 'credit_note',
        creditedInvoiceId: '55555555-5555-4555-8555-555555555555',
        placeOfSupply: 'BC',
        supplier: { name: 'Maya Chen', gstHstNumber: '123456782 RT0001', pstNumber: 'PST-1234-5678' },
      }),
      items: [item(0, HQ)],
      studioNames: names,
      creditedInvoiceNumber: 'MC-2026-0005',
    });
    expect(model).toMatchObject({ kind: 'credit_note', creditedInvoiceNumber: 'MC-2026-0005' });
    expect(model.supplier.pstNumbers).toEqual({ BC: 'PST-1234-5678' });
  });
});

describe('download links', () => {
  const ring = loadKeyRing({ MASTER_KEYS: JSON.stringify({ k1: Buffer.alloc(32, 1).toString('base64') }), ACTIVE_MASTER_KEY_ID: 'k1' });
  const claims = { invoiceId: '33333333-3333-4333-8333-333333333333', userId: '44444444-4444-4444-8444-444444444444' };

  it('require INVOICE_LINK_KEY in production, refuse a short one, and otherwise derive a key from the master key', () => {
    expect(() => loadInvoiceDocumentConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadInvoiceDocumentConfig({ NODE_ENV: 'production' })).toThrow(/INVOICE_LINK_KEY: is required in production/);
    expect(() => loadInvoiceDocumentConfig({ INVOICE_LINK_KEY: Buffer.alloc(16, 1).toString('base64') })).toThrow(/at least 32 random bytes/);
    const given = Buffer.alloc(32, 9).toString('base64');
    expect(Buffer.from(invoiceLinkKey(loadInvoiceDocumentConfig({ NODE_ENV: 'production', INVOICE_LINK_KEY: given }), ring)).toString('base64')).toBe(given);
    const derived = invoiceLinkKey(loadInvoiceDocumentConfig({}), ring);
    expect(derived).toHaveLength(32);
    expect(Buffer.from(derived).equals(Buffer.alloc(32, 1))).toBe(false);
    expect(Buffer.from(invoiceLinkKey({}, ring)).equals(Buffer.from(derived))).toBe(true);
    expect(loadInvoiceDocumentConfig({ PUBLIC_URL: 'https://api.fitflow.app/' }).PUBLIC_URL).toBe('https://api.fitflow.app');
  });

  it('are valid five minutes for the invoice and person they name, and for nothing else', async () => {
    const key = invoiceLinkKey({}, ring);
    const issued = new Date('2026-11-01T12:00:00Z');
    const token = await signInvoiceLink(claims, key, issued);
    expect(await verifyInvoiceLink(token, key, new Date('2026-11-01T12:04:59Z'))).toEqual(claims);
    expect(await verifyInvoiceLink(token, key, new Date('2026-11-01T12:05:01Z'))).toBeNull();
    expect(await verifyInvoiceLink(token, new Uint8Array(32), issued)).toBeNull();
    const [header, , signature] = token.split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ inv: claims.invoiceId, sub: '55555555-5555-4555-8555-555555555555' })).toString('base64url');
    expect(await verifyInvoiceLink(`${header}.${forgedPayload}.${signature}`, key, issued)).toBeNull();
    expect(await verifyInvoiceLink('garbage', key, issued)).toBeNull();
  });
});
