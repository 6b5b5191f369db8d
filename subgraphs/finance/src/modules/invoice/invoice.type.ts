import {
  ConnectionType,
  DateTimeScalar,
  Decimal,
  DecimalScalar,
  LocalDateScalar,
  MoneyScalar,
  ProvinceCode,
  RequiresScopes,
  type Province,
} from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { noticeMessage, taxChargeName, type TaxNoticeCode } from '../tax/tax.engine.js';
import { NoticeCode, TaxNoticeType } from '../tax/tax.type.js';
import type { InvoiceEntity, StoredInvoiceStatus } from './invoice.entity.js';

export enum InvoiceStatus {
  DRAFT = 'draft',
  ISSUED = 'issued',
  SENT = 'sent',
  PARTIALLY_PAID = 'partially_paid',
  PAID = 'paid',
  OVERDUE = 'overdue',
  VOID = 'void',
}
registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description:
    'Where an invoice is in its life: DRAFT (editable, no number) → ISSUED (numbered, frozen) → SENT → PARTIALLY_PAID → PAID, or VOID. OVERDUE: issued, sent or partially paid, past its due date with a balance due.',
});

export enum InvoiceKind {
  STUDIO = 'studio',
  CLIENT = 'client',
}
registerEnumType(InvoiceKind, { name: 'InvoiceKind', description: 'Who an invoice bills: a studio (sessions taught there) or a client.' });

export enum InvoiceDocumentType {
  INVOICE = 'invoice',
  CREDIT_NOTE = 'credit_note',
}
registerEnumType(InvoiceDocumentType, {
  name: 'InvoiceDocumentType',
  description: 'An invoice, or a credit note: positive amounts that reduce the balance of the invoice it credits (Excise Tax Act s. 232).',
});

export enum InvoiceLanguage {
  EN = 'en',
  FR = 'fr',
}
registerEnumType(InvoiceLanguage, {
  name: 'InvoiceLanguage',
  description: 'The language of the issued document: FR for a recipient in Québec (Charter of the French Language, s. 57), else EN.',
});

/** Canadian sales taxes. */
export enum TaxKind {
  GST = 'GST',
  HST = 'HST',
  PST = 'PST',
  QST = 'QST',
  RST = 'RST',
}
registerEnumType(TaxKind, { name: 'TaxKind', description: 'Canadian sales tax: federal GST, harmonized HST, provincial PST, Quebec QST, Manitoba RST.' });

@ObjectType('TaxLine', { description: 'One sales tax charged on an invoice, at one rate (docs/tax.md).' })
@RequiresScopes('invoices:read')
export class TaxLineType {
  @Field(() => TaxKind) tax: TaxKind;
  @Field(() => String, { description: 'Who levies it: "CA" (the federal GST) or the province\'s code, e.g. "ON".' }) jurisdiction: string;
  @Field(() => String, { description: 'As the invoice prints it, e.g. "HST (Ontario) 13 %".' }) name: string;
  @Field(() => DecimalScalar, { description: 'Rate as a fraction, e.g. "0.13" for 13 %.' }) rate: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD the tax is computed on: the sum of the lines it applies to.' }) base: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD: base × rate, rounded half-up to the cent.' }) amount: Decimal;
}

/**
 * An invoice from a trainer to a studio or a client. Owned by the finance subgraph. Amounts are
 * decimal.js CAD printed by the `Money` scalar; dates are calendar days in the studio's zone (studio
 * invoices) or the trainer's home zone (client invoices) — docs/money.md.
 */
@ObjectType('Invoice', {
  description:
    "An invoice from a trainer to a studio or a client. Money is CAD with two decimals; dates are calendar days `YYYY-MM-DD` in the studio's zone (studio invoices) or the trainer's home zone (client invoices). The studio or client billed sees it once sent. See docs/money.md.",
})
@Directive('@key(fields: "id")')
@RequiresScopes('invoices:read')
export class InvoiceType {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The trainer\'s gap-free invoice number, e.g. "MC-2026-0007"; null while a draft.' })
  invoiceNumber: string | null;
  @Field(() => InvoiceKind) invoiceType: InvoiceKind;
  @Field(() => LocalDateScalar) invoiceDate: string;
  @Field(() => LocalDateScalar) dueDate: string;
  @Field(() => LocalDateScalar, { description: 'First day billed (inclusive).' }) periodStart: string;
  @Field(() => LocalDateScalar, { description: 'Last day billed (inclusive).' }) periodEnd: string;
  @Field(() => MoneyScalar, { description: 'CAD before tax: the sum of the items.' }) subtotal: Decimal;
  @Field(() => [TaxLineType], {
    description: "Sales taxes charged; empty for a small supplier (no GST number). On a draft, a preview at today's rates; frozen at issue.",
  })
  taxLines: TaxLineType[];
  @Field(() => [TaxNoticeType], { description: 'Statements the invoice prints (e.g. a small supplier charges no GST/HST).' })
  notices: TaxNoticeType[];
  @Field(() => MoneyScalar, { description: 'CAD: subtotal plus every tax line.' }) total: Decimal;
  @Field(() => InvoiceStatus, {
    description:
      "Where the invoice is in its life. OVERDUE is derived on read: issued, sent or partially paid, a balance due, and the due date before today in the invoice's zone.",
  })
  status: InvoiceStatus;
  @Field(() => InvoiceDocumentType) documentType: InvoiceDocumentType;
  @Field(() => ProvinceCode, {
    nullable: true,
    description: "Where the supply is made, whose taxes apply: the studio's province (studio invoices); set at issue.",
  })
  placeOfSupply: Province | null;
  @Field(() => InvoiceLanguage) language: InvoiceLanguage;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was issued (UTC); null while a draft.' }) issuedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the studio billed approved it (UTC).' }) approvedAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was voided (UTC).' }) voidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was voided.' }) voidReason: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC.' }) sentAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC.' }) paidAt: Date | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { description: 'ISO 4217 currency of every amount: always "CAD".' }) currency: string;
  trainerId: string;
  studioId: string | null;
  clientId: string | null;
  /** The invoice a credit note credits. */
  creditedInvoiceId: string | null;
  /** The status as stored (OVERDUE is derived from it: see the `status` field resolver). */
  storedStatus: StoredInvoiceStatus;
  /** IANA zone of the invoice's calendar days. */
  timeZone: string;

  static from(e: InvoiceEntity): InvoiceType {
    const province = (e.taxDetails.placeOfSupply ?? e.taxDetails.province) as Province;
    return Object.assign(new InvoiceType(), {
      id: e.id,
      invoiceNumber: e.invoiceNumber,
      invoiceType: e.invoiceType as InvoiceKind,
      invoiceDate: e.invoiceDate,
      dueDate: e.dueDate,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      subtotal: e.subtotal,
      taxLines: (e.taxDetails.lines ?? []).map((l) => {
        const tax = l.tax.toUpperCase() as TaxKind;
        // Invoices stored before invoicing landed carry neither: GST is federal, the others the province's, on the subtotal.
        const jurisdiction = l.jurisdiction ?? (tax === TaxKind.GST ? 'CA' : province);
        const rate = new Decimal(l.rate);
        return Object.assign(new TaxLineType(), {
          tax,
          jurisdiction,
          name: taxChargeName({ tax, jurisdiction: jurisdiction as Province | 'CA', rate }),
          rate,
          base: new Decimal(l.base ?? e.subtotal),
          amount: new Decimal(l.amount),
        });
      }),
      notices: (e.taxDetails.notices ?? []).map((code) =>
        Object.assign(new TaxNoticeType(), { code: code as NoticeCode, message: noticeMessage(code as TaxNoticeCode, province) }),
      ),
      total: e.total,
      status: e.status as InvoiceStatus,
      storedStatus: e.status,
      documentType: e.documentType as InvoiceDocumentType,
      placeOfSupply: (e.placeOfSupply as Province | null) ?? null,
      language: e.language as InvoiceLanguage,
      issuedAt: e.issuedAt,
      approvedAt: e.approvedAt,
      voidedAt: e.voidedAt,
      voidReason: e.voidReason,
      creditedInvoiceId: e.creditedInvoiceId,
      timeZone: e.timeZone,
      sentAt: e.sentAt,
      paidAt: e.paidAt,
      notes: e.notes,
      currency: 'CAD',
      trainerId: e.trainerId,
      studioId: e.studioId,
      clientId: e.clientId,
    });
  }
}

export const InvoiceConnection = ConnectionType(InvoiceType, 'Invoice', { scopes: ['invoices:read'] });
