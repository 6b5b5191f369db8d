import { badUserInput, conflict, Decimal, notFound, pageRequest, parseId, type Connection } from '@fitflow/kit';
import { randomUUID } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import { lineAmount, sumMoney } from '../../money.js';
import type { InvoiceLineInput } from '../invoice-item/invoice-item.inputs.js';
import type { InvoicesArgs } from '../invoice/invoice.args.js';
import { refreshDraft } from '../invoice/invoice.drafts.js';
import { CATEGORY_MAX, DESCRIPTION_MAX } from '../invoice/invoice.lifecycle.js';
import { todayIn } from '../invoice/invoice.taxes.js';
import { InvoiceType } from '../invoice/invoice.type.js';
import { QUOTE_LINES_MAX } from '../tax/tax.engine.js';
import { taxRateTable } from '../tax/tax.service.js';
import { SupplyKindCode } from '../tax/tax.type.js';
import type { CreateClientInvoiceInput } from './client-invoice.inputs.js';
import { placeOfSupplyOf } from './client-invoice.place.js';
import type { ClientSession } from './client-invoice.repository.js';

/** Largest amount a line, or the subtotal, may reach: what `numeric(10, 2)` holds. */
const AMOUNT_MAX = new Decimal('99999999.99');
/** Longest notes printed on an invoice. */
const NOTES_MAX = 2000;

/** A hand-written line, checked and rounded (`lines[i]`). */
interface CheckedLine {
  description: string;
  quantity: Decimal;
  unitPrice: Decimal;
  amount: Decimal;
  kind: 'service' | 'goods';
  category: string | null;
}

/**
 * Checks the input of {@link createClientInvoice} before any SQL, naming the field at fault.
 * @throws BAD_USER_INPUT for a malformed client id or session id (`sessions[i]`), a session given twice,
 *   no session and no line, more than 500 in all, a line's blank or over-long description, quantity
 *   not above zero or with more than two decimals, negative unit price, amount or subtotal over
 *   99,999,999.99, category over 50 characters (`lines[i].…`), or notes over 2000 characters.
 */
function checkInput(input: CreateClientInvoiceInput): { clientId: string; sessionIds: string[]; lines: CheckedLine[]; notes: string | null } {
  const clientId = parseId(input.clientId, 'clientId');
  const sessionIds = input.sessions.map((id, i) => parseId(id, `sessions[${i}]`));
  const first = new Map<string, number>();
  for (const [i, id] of sessionIds.entries()) {
    if (first.has(id)) throw badUserInput(`sessions[${i}] is sessions[${first.get(id)}] again: a session is billed once.`, `sessions[${i}]`);
    first.set(id, i);
  }
  if (!sessionIds.length && !input.lines.length) throw badUserInput('sessions or lines must name at least one thing to bill.', 'sessions');
  if (sessionIds.length + input.lines.length > QUOTE_LINES_MAX) {
    throw badUserInput(`An invoice has at most ${QUOTE_LINES_MAX} lines (${sessionIds.length + input.lines.length} given): split it.`, 'lines');
  }
  const lines = input.lines.map((line, i) => checkLine(line, `lines[${i}]`));
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > NOTES_MAX) throw badUserInput(`notes must be at most ${NOTES_MAX} characters (${notes.length} given).`, 'notes');
  return { clientId, sessionIds, lines, notes };
}

function checkLine(line: InvoiceLineInput, at: string): CheckedLine {
  const description = line.description?.trim() ?? '';
  if (!description) throw badUserInput(`${at}.description must say what is billed, e.g. "10-session pack".`, `${at}.description`);
  if (description.length > DESCRIPTION_MAX) {
    throw badUserInput(`${at}.description must be at most ${DESCRIPTION_MAX} characters (${description.length} given).`, `${at}.description`);
  }
  if (!line.quantity.gt(0)) throw badUserInput(`${at}.quantity must be more than zero, e.g. "1".`, `${at}.quantity`);
  if (line.quantity.decimalPlaces() > 2) throw badUserInput(`${at}.quantity must have at most two decimals, e.g. "1.5".`, `${at}.quantity`);
  if (line.unitPrice.isNegative())
    throw badUserInput(`${at}.unitPrice must not be negative: credit an issued invoice with a credit note instead.`, `${at}.unitPrice`);
  const amount = lineAmount(line.quantity, line.unitPrice);
  if (amount.gt(AMOUNT_MAX)) throw badUserInput(`${at}: quantity × unitPrice must be at most ${AMOUNT_MAX.toFixed(2)} CAD.`, `${at}.unitPrice`);
  const category = line.category?.trim().toLowerCase() || null;
  if (category && category.length > CATEGORY_MAX) throw badUserInput(`${at}.category must be at most ${CATEGORY_MAX} characters.`, `${at}.category`);
  return { description, quantity: line.quantity, unitPrice: line.unitPrice, amount, kind: line.kind === SupplyKindCode.GOODS ? 'goods' : 'service', category };
}

/**
 * Why session `session` (`sessions[i]`) cannot be billed to the client, or null when it can: it took
 * place (status `completed`), the client's booking was confirmed and they were not marked absent, and
 * it has a rate.
 */
function unbillable(session: ClientSession, at: string): string | null {
  if (session.status !== 'completed')
    return `${at} is ${session.status === 'no-show' ? 'a no-show' : session.status}, not completed: only a session that took place is billed.`;
  if (session.bookingStatus !== 'confirmed') return `${at}: the client's booking was ${session.bookingStatus}, so they did not attend it.`;
  if (session.attended === false) return `${at}: the client was marked absent; bill a no-show fee on a line of its own if your terms allow it.`;
  if (session.rate === null) return `${at} has no rate: bill it on a line of its own with its price.`;
  return null;
}

/** The words of a session line: class, day and where, e.g. "Personal training — 2026-11-03, Harbourfront Movement". */
function sessionDescription(session: ClientSession): string {
  const where =
    session.locationType === 'online' ? 'online' : session.locationType === 'client-location' ? 'at your location' : (session.studioName ?? 'at the studio');
  return `${session.classTypeName} — ${session.serviceDate}, ${where}`;
}

/**
 * Creates a client invoice, as a **draft** (docs/receivables.md, Client invoices), for one of the
 * caller's clients — the trainer's own, or (Trainer Admin) one of their team's; the invoice is the
 * client's trainer's. Lines: each session named (a completed session the client attended with their
 * trainer, billed at its appointment rate, dated on its local day in the trainer's home zone), then
 * the other lines as given (packages of sessions, goods). The place of supply follows
 * {@link placeOfSupplyOf}: one province per invoice. The draft stores its place of supply and zone
 * (`studios.trainer_billing_directory.time_zone`), bills no studio (`studio_id` null: where a session
 * took place is on its line), is dated today in that zone, due on receipt, and is quoted by the tax
 * engine at today's rates (`refreshDraft`, as any draft); `issueInvoice` then numbers, taxes,
 * snapshots and freezes it as it does a studio invoice. A session already on a live invoice cannot be
 * billed again (the unique index `invoice_items_one_live_invoice` decides). Audited; nothing is
 * written on a refusal.
 * @returns the draft.
 * @throws BAD_USER_INPUT before any SQL (see {@link checkInput}); naming `sessions[i]` for a session
 *   that is not this client's with their trainer, not completed, not attended, without a rate, or
 *   supplied in another province than the others; NOT_FOUND when the client is unknown or not the
 *   caller's; CONFLICT when a session is already billed on a live invoice, or the trainer is missing
 *   from the trainer directory.
 */
export async function createClientInvoice(ctx: FinanceContext, input: CreateClientInvoiceInput): Promise<InvoiceType> {
  const { clientId, sessionIds, lines, notes } = checkInput(input);
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  const invoice = await ctx.data.run(async (tx) => {
    const client = await tx.clientInvoices.clientOf(clientId);
    if (!client) throw notFound('Client');
    const trainer = (await tx.invoiceParties.trainers([client.trainerId])).get(client.trainerId);
    if (!trainer) throw conflict("This client's trainer is not in the trainer directory: the invoice cannot be dated or taxed.");
    const zone = trainer.timeZone;

    const found = new Map((await tx.clientInvoices.sessionsOf(clientId, client.trainerId, sessionIds, zone)).map((s) => [s.id, s]));
    const sessions = sessionIds.map((id, i) => {
      const session = found.get(id);
      if (!session) throw badUserInput(`sessions[${i}] is not a session of this client's with their trainer.`, `sessions[${i}]`);
      const why = unbillable(session, `sessions[${i}]`);
      if (why) throw badUserInput(why, `sessions[${i}]`);
      return session;
    });
    const placeOfSupply = placeOfSupplyOf(sessions, input.clientProvince);
    const subtotal = sumMoney([...sessions.map((s) => new Decimal(s.rate!)), ...lines.map((l) => l.amount)]);
    if (subtotal.gt(AMOUNT_MAX)) throw badUserInput(`The invoice's subtotal must be at most ${AMOUNT_MAX.toFixed(2)} CAD: split it.`, 'lines');

    const billed = new Map((await tx.clientInvoices.billedSessions(sessionIds)).map((b) => [b.appointmentId, b]));
    for (const [i, id] of sessionIds.entries()) {
      const on = billed.get(id);
      if (on)
        throw conflict(
          `sessions[${i}] is already billed on ${on.invoiceNumber ? `invoice ${on.invoiceNumber}` : 'a draft'}: a session is on one live invoice.`,
        );
    }

    const today = todayIn(zone, now);
    const days = sessions.map((s) => s.serviceDate).sort();
    const id = randomUUID();
    await tx.invoices.insert({
      id,
      trainerId: client.trainerId,
      clientId,
      studioId: null,
      invoiceType: 'client',
      documentType: 'invoice',
      status: 'draft',
      invoiceDate: today,
      dueDate: today,
      periodStart: days[0] ?? today,
      periodEnd: days.at(-1) ?? today,
      subtotal: new Decimal(0),
      total: new Decimal(0),
      taxDetails: { province: placeOfSupply, placeOfSupply, taxPoint: today, lines: [], notices: [] },
      placeOfSupply,
      timeZone: zone,
      language: placeOfSupply === 'QC' ? 'fr' : 'en',
      notes,
    });
    const rows = [
      ...sessions.map((s) => ({
        id: randomUUID(),
        invoiceId: id,
        appointmentId: s.id,
        description: sessionDescription(s),
        quantity: new Decimal(1),
        unitPrice: new Decimal(s.rate!),
        amount: new Decimal(s.rate!),
        kind: 'service' as const,
        category: s.category,
        serviceDate: s.serviceDate,
        locationStudioId: s.locationType === 'studio' ? s.studioId : null,
        attendees: null,
        billingBasis: 'completed' as const,
      })),
      ...lines.map((l) => ({
        id: randomUUID(),
        invoiceId: id,
        appointmentId: null,
        ...l,
        serviceDate: null,
        locationStudioId: null,
        attendees: null,
        billingBasis: null,
      })),
    ];
    const written = await tx.invoiceItems.append(id, rows);
    if (written.length < rows.length) throw conflict('A session was billed on another invoice meanwhile: a session is on one live invoice. Try again.');
    const draft = await refreshDraft(tx, (await tx.invoices.findByIds([id]))[0], now, table);
    await tx.audit.record({
      action: 'create',
      table: 'invoices',
      recordId: id,
      newValues: {
        invoiceType: 'client',
        trainerId: client.trainerId,
        clientId,
        placeOfSupply,
        sessions: sessionIds,
        lines: rows.length,
        subtotal: draft.subtotal.toFixed(2),
        total: draft.total.toFixed(2),
      },
    });
    return draft;
  });
  ctx.loaders.invoiceById.clear(invoice.id).prime(invoice.id, invoice);
  return InvoiceType.from(invoice);
}

/**
 * A page of the invoices billed to a client that the caller may see (`Client.invoices`): the client
 * their own once issued (never a draft), the trainer and their team admin every one. Newest invoice
 * date first; batched with the same field of other clients.
 * @throws BAD_USER_INPUT when `after` is not a cursor this API produced.
 */
export async function clientInvoicePage(ctx: FinanceContext, clientId: string, args: InvoicesArgs): Promise<Connection<InvoiceType>> {
  const page = await ctx.loaders.clientInvoicePages(args.status ?? null).load({ parentId: clientId, ...pageRequest(args, 'date') });
  return { pageInfo: page.pageInfo, edges: page.edges.map((e) => ({ cursor: e.cursor, node: InvoiceType.from(e.node) })) };
}
