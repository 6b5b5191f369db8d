import { badUserInput, conflict, Decimal, notFound, parseId, type Province } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import { QueryFailedError } from 'typeorm';
import type { FinanceContext } from '../../context.js';
import { sumMoney } from '../../money.js';
import { invoiceDocumentModelOf, storeIssuedDocument } from '../invoice-document/invoice-document.service.js';
import { quoteTaxes } from '../tax/tax.engine.js';
import { taxRateTable } from '../tax/tax.service.js';
import { refreshDraft, type FinanceUnit } from './invoice.drafts.js';
import type { InvoiceEntity } from './invoice.entity.js';
import type { DraftValues } from './invoice.repository.js';
import {
  clientSnapshot,
  invoiceNumber,
  languageFor,
  openClientParty,
  placeOfSupplyOf,
  redated,
  studioSnapshot,
  supplierOf,
  supplierOfSnapshot,
  supplierSnapshot,
  taxableLines,
  taxDetailsOf,
  todayIn,
} from './invoice.taxes.js';
import { InvoiceType } from './invoice.type.js';

/**
 * The life of an invoice after generation (docs/invoices.md): editing a draft, issuing it (number,
 * taxes, snapshots, frozen), voiding it, deleting a draft, crediting an issued invoice. Each is one
 * unit of work, audited; bad input is refused before any SQL, and nothing is written on a failure.
 * Who may: whoever keeps the trainer's books (the trainer, their Trainer Admin, a super admin) — the
 * shield rule `keepsBooksOfInvoice` answers NOT_FOUND for an invoice out of scope and FORBIDDEN to its
 * studio or client.
 */

/** Longest notes, void reason and credit note reason (characters). */
const TEXT_MAX = 2000;
/** Most lines one credit note may have. */
const CREDIT_LINES_MAX = 100;
/** Longest line description (characters). */
export const DESCRIPTION_MAX = 500;
/** Longest line category (characters). */
export const CATEGORY_MAX = 50;

/** BAD_USER_INPUT naming `invoiceId`: the invoice is not (or no longer) a draft, so `what` cannot change. */
export function notADraft(invoice: InvoiceEntity, what: string): Error {
  const state = invoice.status === 'void' ? 'void' : `issued${invoice.invoiceNumber ? ` as ${invoice.invoiceNumber}` : ''}`;
  return badUserInput(`invoiceId: this invoice is ${state}, so ${what} cannot change: void it or issue a credit note instead.`, 'invoiceId');
}

/** The draft `invoiceId` of books the caller keeps, locked. @throws NOT_FOUND; BAD_USER_INPUT when it is not a draft. */
export async function draftForEditing(tx: FinanceUnit, invoiceId: string, what: string): Promise<InvoiceEntity> {
  const invoice = await tx.invoices.findForBookkeeping(invoiceId);
  if (!invoice) throw notFound('Invoice');
  if (invoice.status !== 'draft') throw notADraft(invoice, what);
  return invoice;
}

export interface UpdateInvoiceDraftInput {
  /** New notes; null or "" clears them; absent leaves them. */
  notes?: string | null;
  /** New due date `YYYY-MM-DD`: on or after today in the invoice's zone; absent keeps the term. */
  dueDate?: string | null;
}

/**
 * Changes a draft's notes or due date (and re-quotes it at today's rates, dated today). Audited.
 * @throws BAD_USER_INPUT for notes over 2000 characters, a due date before today in the invoice's zone,
 *   or an invoice that is not a draft (naming `invoiceId`); NOT_FOUND.
 */
export async function updateInvoiceDraft(ctx: FinanceContext, id: string, input: UpdateInvoiceDraftInput): Promise<InvoiceType> {
  const invoiceId = parseId(id, 'invoiceId');
  const notes = input.notes === undefined ? undefined : input.notes?.trim() || null;
  if (notes && notes.length > TEXT_MAX) throw badUserInput(`notes must be at most ${TEXT_MAX} characters (${notes.length} given).`, 'notes');
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const invoice = await ctx.data.run(async (tx) => {
    const draft = await draftForEditing(tx, invoiceId, 'its notes and due date');
    const today = todayIn(draft.timeZone, now);
    if (input.dueDate && input.dueDate < today) throw badUserInput(`dueDate (${input.dueDate}) is before today (${today}) in the invoice's zone.`, 'dueDate');
    const before = { notes: draft.notes, invoiceDate: draft.invoiceDate, dueDate: draft.dueDate };
    const updated = await refreshDraft(tx, draft, now, table, { dueDate: input.dueDate ?? undefined, notes });
    await tx.audit.record({
      action: 'update',
      table: 'invoices',
      recordId: updated.id,
      oldValues: { ...before, notes: before.notes === null ? null : '[notes]' },
      newValues: { notes: updated.notes === null ? null : '[notes]', invoiceDate: updated.invoiceDate, dueDate: updated.dueDate },
    });
    return updated;
  });
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}

/**
 * Issues a draft (docs/invoices.md, "Issuing"): in one unit of work it takes the next number of the
 * trainer's gap-free yearly sequence (`<prefix>-<year>-<0007>`, the year of the invoice date), dates it
 * today in its zone (the tax point) keeping its payment term, quotes its taxes with the tax engine
 * (place of supply: the draft's own, else the studio's province; the trainer's registrations; each
 * line's kind and category), snapshots the supplier and the recipient, and sets its language (French
 * for a Québec recipient). From then on the database refuses any change to its amounts, number,
 * dates, parties, taxes and lines (migration 1733700000000). Its PDF is rendered and stored in the same
 * unit of work (modules/invoice-document `storeIssuedDocument`). A rolled-back issue gives its number back.
 * @throws BAD_USER_INPUT for a malformed id (or, from the tax engine, malformed stored registrations);
 *   NOT_FOUND; CONFLICT when the invoice is already issued (or void), has no lines, or its number is
 *   already used by an invoice of the trainer's.
 */
export async function issueInvoice(ctx: FinanceContext, id: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const invoice = await numbered(() =>
    ctx.data.run(async (tx) => {
      const draft = await tx.invoices.findForBookkeeping(invoiceId);
      if (!draft) throw notFound('Invoice');
      if (draft.status !== 'draft') {
        throw conflict(`This invoice is already ${draft.status === 'void' ? 'void' : `issued as ${draft.invoiceNumber}`}: void it or credit it instead.`);
      }
      const items = await tx.invoiceItems.itemsOf([draft.id]);
      if (!items.length) throw conflict('This draft has no lines: add a line before issuing it, or delete the draft.');
      const trainer = (await tx.invoiceParties.trainers([draft.trainerId])).get(draft.trainerId);
      const { studio, recipient } = await recipientToday(ctx, tx, draft);
      const placeOfSupply = placeOfSupplyOf(draft, studio);
      if (!trainer) throw conflict("This invoice's trainer is not in the trainer directory: it cannot be issued.");
      if (!placeOfSupply) throw conflict('The place of supply of this invoice is unknown: it cannot be issued.');
      if (!recipient) throw conflict('The recipient of this invoice is not in the directories: it cannot be issued.');
      const today = todayIn(draft.timeZone, now);
      const quote = quoteTaxes({ supplier: supplierOf(trainer), placeOfSupply, taxPoint: today, lines: taxableLines(items) }, table);
      const year = Number(today.slice(0, 4));
      const number = invoiceNumber(trainer.invoicePrefix, year, await tx.invoiceSequences.next(draft.trainerId, year));
      const values: DraftValues = {
        status: 'issued',
        invoiceNumber: number,
        issuedAt: now,
        ...redated(draft, today),
        subtotal: quote.subtotal,
        total: quote.total,
        taxDetails: taxDetailsOf(quote, placeOfSupply, today),
        placeOfSupply,
        language: languageFor(studio, placeOfSupply),
        supplier: supplierSnapshot(trainer, placeOfSupply),
        recipient,
      };
      await tx.invoices.updateDraft(draft.id, values);
      // The PDF, rendered from the row just issued and stored byte for byte, in this unit of work.
      await storeIssuedDocument(tx, draft.id, await invoiceDocumentModelOf(tx, draft.id));
      await tx.audit.record({
        action: 'update',
        table: 'invoices',
        recordId: draft.id,
        oldValues: { status: 'draft', invoiceNumber: null },
        newValues: {
          status: 'issued',
          invoiceNumber: number,
          invoiceDate: values.invoiceDate,
          dueDate: values.dueDate,
          placeOfSupply,
          subtotal: quote.subtotal.toFixed(2),
          total: quote.total.toFixed(2),
        },
      });
      return Object.assign(draft, values);
    }),
  );
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}

/**
 * Voids an issued invoice (docs/invoices.md, "Void or credit"): its status becomes `void` with when and
 * why, and its lines stop being live, so its sessions may be billed again. The document keeps its
 * number (a void invoice is kept, never deleted). Audited.
 * @throws BAD_USER_INPUT for a blank or over-long reason (naming `reason`); NOT_FOUND; CONFLICT for a
 *   draft (delete it instead), an invoice already void, paid, with payments recorded, or with credit
 *   notes that are not void.
 */
export async function voidInvoice(ctx: FinanceContext, id: string, reason: string): Promise<InvoiceType> {
  const invoiceId = parseId(id);
  const why = reason?.trim() ?? '';
  if (!why) throw badUserInput('reason must say why the invoice is void, e.g. "Billed to the wrong studio".', 'reason');
  if (why.length > TEXT_MAX) throw badUserInput(`reason must be at most ${TEXT_MAX} characters (${why.length} given).`, 'reason');
  const now = ctx.deps.now();
  const invoice = await ctx.data.run(async (tx) => {
    const invoice = await tx.invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.status === 'draft') throw conflict('A draft is not voided: delete it (deleteDraftInvoice) or issue it.');
    if (invoice.status === 'void') throw conflict('This invoice is already void.');
    if (invoice.status === 'paid') throw conflict('This invoice is paid: issue a credit note instead of voiding it.');
    const payments = await tx.payments.paymentsOf([invoice.id]);
    if (payments.some((p) => p.status !== 'failed')) {
      throw conflict('Payments are recorded on this invoice: issue a credit note instead of voiding it.');
    }
    const credits = (await tx.invoices.creditNotesOf([invoice.id])).filter((c) => c.status !== 'void');
    if (credits.length) throw conflict('This invoice has credit notes: credit the rest of it instead of voiding it.');
    await tx.invoices.markVoid(invoice.id, now, why);
    await tx.invoiceItems.release(invoice.id);
    await tx.audit.record({
      action: 'update',
      table: 'invoices',
      recordId: invoice.id,
      oldValues: { status: invoice.status },
      newValues: { status: 'void', voidedAt: now, voidReason: why },
      reason: why,
    });
    return Object.assign(invoice, { status: 'void' as const, voidedAt: now, voidReason: why });
  });
  ctx.loaders.invoiceById.clear(invoiceId).prime(invoiceId, invoice);
  return InvoiceType.from(invoice);
}

/**
 * Deletes a draft and its lines (a draft is work in progress, not yet a financial record: it has no
 * number). Its sessions may be generated again. Audited.
 * @returns the id of the deleted draft.
 * @throws BAD_USER_INPUT for a malformed id; NOT_FOUND; CONFLICT when the invoice is issued (void or
 *   credit it instead).
 */
export async function deleteDraftInvoice(ctx: FinanceContext, id: string): Promise<string> {
  const invoiceId = parseId(id);
  await ctx.data.run(async (tx) => {
    const invoice = await tx.invoices.findForBookkeeping(invoiceId);
    if (!invoice) throw notFound('Invoice');
    if (invoice.status !== 'draft') throw conflict('Only a draft is deleted: an issued invoice is kept; void it or credit it instead.');
    const items = await tx.invoiceItems.itemsOf([invoice.id]);
    await tx.invoiceItems.removeAll(invoice.id);
    await tx.invoices.deleteDraft(invoice.id);
    await tx.audit.record({
      action: 'delete',
      table: 'invoices',
      recordId: invoice.id,
      oldValues: {
        status: 'draft',
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        total: invoice.total.toFixed(2),
        lines: items.length,
        appointmentIds: items.flatMap((i) => (i.appointmentId ? [i.appointmentId] : [])),
      },
    });
  });
  ctx.loaders.invoiceById.clear(invoiceId);
  return invoiceId;
}

export interface CreditNoteLineInput {
  description: string;
  /** CAD before tax, more than zero, whole cents. */
  amount: Decimal;
  kind: 'SERVICE' | 'GOODS';
  category?: string | null;
}

export interface CreateCreditNoteInput {
  lines: CreditNoteLineInput[];
  reason: string;
}

/**
 * Credits an issued invoice (docs/invoices.md, "Void or credit"): an issued credit note — its own
 * number from the trainer's sequence, dated today in the invoice's zone, `document_type`
 * `credit_note` naming the invoice — whose lines carry the taxes the invoice's supply bore: the same
 * place of supply, the supplier's registrations as issued, the rates of the invoice's tax point (a
 * credit note adjusts the tax charged on the original supply: Excise Tax Act s. 232(3)). Its amounts
 * are positive and reduce the invoice's balance. Its total (with tax) is at most what is left
 * un-credited on the invoice. Audited.
 * @throws BAD_USER_INPUT (before SQL) for no lines, more than 100, a blank or over-long description,
 *   an amount not above zero, a category over 50 characters, a blank reason — each naming the field —
 *   and (after reading the invoice) a total above what is left to credit, naming `lines`; NOT_FOUND;
 *   CONFLICT for a draft, a void invoice, or a credit note.
 */
export async function createCreditNote(ctx: FinanceContext, id: string, input: CreateCreditNoteInput): Promise<InvoiceType> {
  const invoiceId = parseId(id, 'invoiceId');
  const reason = input.reason?.trim() ?? '';
  if (!reason) throw badUserInput('reason must say why the invoice is credited, e.g. "Session of 3 Nov billed twice".', 'reason');
  if (reason.length > TEXT_MAX) throw badUserInput(`reason must be at most ${TEXT_MAX} characters (${reason.length} given).`, 'reason');
  if (!input.lines?.length) throw badUserInput('lines must hold at least one line to credit.', 'lines');
  if (input.lines.length > CREDIT_LINES_MAX) throw badUserInput(`lines must hold at most ${CREDIT_LINES_MAX} lines.`, 'lines');
  const lines = input.lines.map((line, i) => checkedCreditLine(line, i));
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const creditNote = await numbered(() =>
    ctx.data.run(async (tx) => {
      const invoice = await tx.invoices.findForBookkeeping(invoiceId);
      if (!invoice) throw notFound('Invoice');
      if (invoice.documentType === 'credit_note') throw conflict('A credit note is not credited: void it instead.');
      if (invoice.status === 'draft') throw conflict('This invoice is a draft: edit or delete it instead of crediting it.');
      if (invoice.status === 'void') throw conflict('This invoice is void: there is nothing left to credit.');
      const credited = sumMoney((await tx.invoices.creditNotesOf([invoice.id])).filter((c) => c.status !== 'void').map((c) => c.total));
      const placeOfSupply = (invoice.placeOfSupply ?? invoice.taxDetails.placeOfSupply ?? invoice.taxDetails.province) as Province;
      const taxPoint = invoice.taxDetails.taxPoint ?? invoice.invoiceDate;
      const trainer = (await tx.invoiceParties.trainers([invoice.trainerId])).get(invoice.trainerId);
      if (!trainer) throw conflict("This invoice's trainer is not in the trainer directory: it cannot be credited.");
      // The registrations the invoice was issued under (invoices issued before snapshots existed: today's).
      const supplier = invoice.supplier ? supplierOfSnapshot(invoice.supplier) : supplierOf(trainer);
      const quote = quoteTaxes(
        { supplier, placeOfSupply, taxPoint, lines: lines.map((l) => ({ amount: l.amount, kind: l.kind, category: l.category })) },
        table,
        { field: (path) => path },
      );
      const left = invoice.total.minus(credited);
      if (quote.total.gt(left)) {
        throw badUserInput(
          `lines: this credit note comes to ${quote.total.toFixed(2)} CAD with tax, but only ${left.toFixed(2)} CAD of invoice ${invoice.invoiceNumber} is left to credit.`,
          'lines',
        );
      }
      const today = todayIn(invoice.timeZone, now);
      const year = Number(today.slice(0, 4));
      const creditNoteId = randomUUID();
      const row: Partial<InvoiceEntity> & Pick<InvoiceEntity, 'id'> = {
        id: creditNoteId,
        trainerId: invoice.trainerId,
        studioId: invoice.studioId,
        clientId: invoice.clientId,
        invoiceType: invoice.invoiceType,
        documentType: 'credit_note',
        creditedInvoiceId: invoice.id,
        invoiceNumber: null,
        status: 'draft',
        invoiceDate: today,
        dueDate: today,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        subtotal: quote.subtotal,
        total: quote.total,
        taxDetails: taxDetailsOf(quote, placeOfSupply, taxPoint),
        placeOfSupply,
        timeZone: invoice.timeZone,
        language: invoice.language,
        notes: reason,
      };
      // Written as a draft first: the database admits lines only on a draft; issued below, in this unit of work.
      await tx.invoices.insert(row);
      await tx.invoiceItems.append(
        creditNoteId,
        lines.map((l) => ({
          id: randomUUID(),
          invoiceId: creditNoteId,
          appointmentId: null,
          description: l.description,
          quantity: new Decimal(1),
          unitPrice: l.amount,
          amount: l.amount,
          kind: l.kind === 'GOODS' ? ('goods' as const) : ('service' as const),
          category: l.category,
          serviceDate: null,
          locationStudioId: null,
          attendees: null,
          billingBasis: null,
        })),
      );
      const number = invoiceNumber(trainer.invoicePrefix, year, await tx.invoiceSequences.next(invoice.trainerId, year));
      const issued: DraftValues = {
        status: 'issued',
        invoiceNumber: number,
        issuedAt: now,
        supplier: invoice.supplier ?? supplierSnapshot(trainer, placeOfSupply),
        // An invoice issued before snapshots existed names its recipient as the directories do today.
        recipient: invoice.recipient ?? (await recipientToday(ctx, tx, invoice)).recipient,
      };
      await tx.invoices.updateDraft(creditNoteId, issued);
      await storeIssuedDocument(tx, creditNoteId, await invoiceDocumentModelOf(tx, creditNoteId));
      await tx.audit.record({
        action: 'create',
        table: 'invoices',
        recordId: creditNoteId,
        newValues: {
          documentType: 'credit_note',
          creditedInvoiceId: invoice.id,
          invoiceNumber: number,
          invoiceDate: today,
          subtotal: quote.subtotal.toFixed(2),
          total: quote.total.toFixed(2),
        },
        reason,
      });
      return (await tx.invoices.findForBookkeeping(creditNoteId))!;
    }),
  );
  ctx.loaders.invoiceById.prime(creditNote.id, creditNote);
  ctx.loaders.creditNotesOfInvoice.clear(invoiceId);
  return InvoiceType.from(creditNote);
}

function checkedCreditLine(line: CreditNoteLineInput, i: number): Required<CreditNoteLineInput> {
  const field = (name: string) => `lines[${i}].${name}`;
  const description = line.description?.trim() ?? '';
  if (!description) throw badUserInput(`${field('description')} must say what is credited.`, field('description'));
  if (description.length > DESCRIPTION_MAX) throw badUserInput(`${field('description')} must be at most ${DESCRIPTION_MAX} characters.`, field('description'));
  if (!line.amount.gt(0)) throw badUserInput(`${field('amount')} must be more than zero: a credit note's amounts are positive.`, field('amount'));
  const category = line.category?.trim().toLowerCase() || null;
  if (category && category.length > CATEGORY_MAX) throw badUserInput(`${field('category')} must be at most ${CATEGORY_MAX} characters.`, field('category'));
  return { description, amount: line.amount, kind: line.kind, category };
}

/**
 * Runs an issuing unit of work, turning a clash on the trainer's invoice numbers (an invoice already
 * holds the next number, e.g. one imported by hand) into CONFLICT. The transaction rolled back, so the
 * sequence did not move.
 */
async function numbered<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryFailedError && (error.driverError as { constraint?: string })?.constraint === 'invoices_number_per_trainer') {
      throw conflict("The next invoice number is already used by another of this trainer's invoices: ask support to align the numbering.");
    }
    throw error;
  }
}

/**
 * The recipient of `invoice` as the directories describe it today: its studio (with the studio row, for
 * the place of supply and language) or its client, whose sealed name is opened with the process's key ring.
 * `recipient` is null when neither is in the directories any more.
 */
async function recipientToday(ctx: FinanceContext, tx: FinanceUnit, invoice: Pick<InvoiceEntity, 'studioId' | 'clientId'>) {
  const studio = invoice.studioId ? ((await tx.invoiceParties.studiosWithChains([invoice.studioId])).get(invoice.studioId) ?? null) : null;
  const sealedClient = invoice.clientId ? await tx.invoiceParties.client(invoice.clientId) : null;
  const client = sealedClient && openClientParty(sealedClient, ctx.deps.keyRing);
  return { studio, recipient: studio ? studioSnapshot(studio) : client ? clientSnapshot(client) : null };
}
