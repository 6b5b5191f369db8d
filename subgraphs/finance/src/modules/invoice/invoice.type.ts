import { ConnectionType, DateTimeScalar, Decimal, DecimalScalar, LocalDateScalar, MoneyScalar } from '@fitflow/kit';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { InvoiceEntity } from './invoice.entity.js';

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

/** Canadian sales taxes. */
export enum TaxKind {
  GST = 'GST',
  HST = 'HST',
  PST = 'PST',
  QST = 'QST',
  RST = 'RST',
}
registerEnumType(TaxKind, { name: 'TaxKind', description: 'Canadian sales tax: federal GST, harmonized HST, provincial PST, Quebec QST, Manitoba RST.' });

@ObjectType('TaxLine', { description: 'One sales tax charged on an invoice.' })
export class TaxLineType {
  @Field(() => TaxKind) tax: TaxKind;
  @Field(() => DecimalScalar, { description: 'Rate as a fraction, e.g. "0.13" for 13 %.' }) rate: Decimal;
  @Field(() => MoneyScalar, { description: 'CAD, rounded half-up to the cent.' }) amount: Decimal;
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
  @Field(() => [TaxLineType], { description: 'Sales taxes charged; empty for a small supplier (no GST number).' }) taxLines: TaxLineType[];
  @Field(() => MoneyScalar, { description: 'CAD: subtotal plus every tax line.' }) total: Decimal;
  @Field(() => InvoiceStatus) status: InvoiceStatus;
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC.' }) sentAt: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'UTC.' }) paidAt: Date | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { description: 'ISO 4217 currency of every amount: always "CAD".' }) currency: string;
  trainerId: string;
  studioId: string | null;
  clientId: string | null;

  static from(e: InvoiceEntity): InvoiceType {
    return Object.assign(new InvoiceType(), {
      id: e.id,
      invoiceNumber: e.invoiceNumber,
      invoiceType: e.invoiceType as InvoiceKind,
      invoiceDate: e.invoiceDate,
      dueDate: e.dueDate,
      periodStart: e.periodStart,
      periodEnd: e.periodEnd,
      subtotal: e.subtotal,
      taxLines: (e.taxDetails.lines ?? []).map((l) =>
        Object.assign(new TaxLineType(), { tax: l.tax.toUpperCase() as TaxKind, rate: new Decimal(l.rate), amount: new Decimal(l.amount) }),
      ),
      total: e.total,
      status: e.status as InvoiceStatus,
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

export const InvoiceConnection = ConnectionType(InvoiceType, 'Invoice');
