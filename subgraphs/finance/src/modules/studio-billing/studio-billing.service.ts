import { badUserInput, Decimal, notFound, parseId } from '@fitflow/kit';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import type { FinanceContext } from '../../context.js';
import type { NewInvoiceItem } from '../invoice-item/invoice-item.repository.js';
import { refreshDraft } from '../invoice/invoice.drafts.js';
import type { InvoiceEntity } from '../invoice/invoice.entity.js';
import type { StudioParty } from '../invoice/invoice-party.repository.js';
import { plusDays, todayIn } from '../invoice/invoice.taxes.js';
import { taxRateTable } from '../tax/tax.service.js';
import { billedStudio, billSession, type BillableSession, type RatePeriod, type SkipReason } from './studio-billing.lines.js';

/** Longest period one generation covers (days, both ends included): a quarter. */
export const PERIOD_DAYS_MAX = 92;

export interface GenerateStudioInvoicesInput {
  /** First day billed, `YYYY-MM-DD` (the LocalDate scalar checked its shape). */
  periodStart: string;
  /** Last day billed (inclusive). */
  periodEnd: string;
  /** Only this trainer (a super admin must name one). */
  trainerId?: string | null;
}

export interface SkippedSession {
  appointmentId: string;
  trainerId: string;
  studioId: string;
  serviceDate: string;
  reason: SkipReason;
  message: string;
}

export interface GenerateStudioInvoicesOutcome {
  /** The drafts created or added to, in the order they were written. */
  invoices: InvoiceEntity[];
  invoicesCreated: number;
  sessionsAdded: number;
  skipped: SkippedSession[];
}

/**
 * Checks a billing period before any SQL: it ends on or after its start and spans at most
 * {@link PERIOD_DAYS_MAX} days.
 * @throws BAD_USER_INPUT naming `periodEnd`.
 */
export function checkPeriod(periodStart: string, periodEnd: string): void {
  if (periodEnd < periodStart)
    throw badUserInput(`periodEnd (${periodEnd}) is before periodStart (${periodStart}): a period ends on or after its start.`, 'periodEnd');
  const days = DateTime.fromISO(periodEnd, { zone: 'UTC' }).diff(DateTime.fromISO(periodStart, { zone: 'UTC' }), 'days').days + 1;
  if (days > PERIOD_DAYS_MAX) {
    throw badUserInput(`The period spans ${days} days; generate at most ${PERIOD_DAYS_MAX} days (a quarter) at a time.`, 'periodEnd');
  }
}

/**
 * Month-end for studios (docs/invoices.md, "Generating studio invoices"): turns the sessions the caller
 * taught in the period into draft invoices, one per trainer and studio billed — the studio, or the
 * headquarters of a chain that bills consolidated — at the contract's per-class rate in force on each
 * session's day plus the attendee bonus, one line per session. Whose sessions: a Trainer's own; a
 * Trainer Admin's and their team's, transitively; a super admin names the trainer (`trainerId`). A
 * draft of the same trainer, studio and period is added to rather than duplicated; a session already
 * on a live invoice is skipped by the unique index (`on conflict do nothing`), so generating twice
 * changes nothing and a session marked completed late lands on the next run. Each draft is dated
 * today in its studio's zone, due after the studio's net days, and quoted at today's rates
 * ({@link refreshDraft}). One transaction, audited.
 * @returns the drafts written, how many were created, the sessions added, and the sessions of the
 *   period left out with why (not completed, no-show or late cancellation the contract does not bill,
 *   no contract or no rate for the category on that day).
 * @throws BAD_USER_INPUT (before SQL) for a period ending before it starts or longer than 92 days, a
 *   malformed `trainerId`, or a super admin naming no trainer; NOT_FOUND when `trainerId` is not a
 *   trainer whose books the caller keeps.
 */
export async function generateStudioInvoices(ctx: FinanceContext, input: GenerateStudioInvoicesInput): Promise<GenerateStudioInvoicesOutcome> {
  checkPeriod(input.periodStart, input.periodEnd);
  const trainerId = input.trainerId ? parseId(input.trainerId, 'trainerId') : null;
  if (!trainerId && ctx.scope.superAdmin) {
    throw badUserInput('trainerId is required for a super admin: name the trainer whose sessions to bill.', 'trainerId');
  }
  const now = ctx.deps.now();
  const table = await taxRateTable(ctx);
  return ctx.data.run(async (tx) => {
    const trainerIds = await tx.studioBilling.billedTrainers(trainerId);
    if (trainerId && !trainerIds.length) throw notFound('Trainer');
    const outcome: GenerateStudioInvoicesOutcome = { invoices: [], invoicesCreated: 0, sessionsAdded: 0, skipped: [] };
    if (!trainerIds.length) return outcome;
    const [periods, sessions] = [
      await tx.studioBilling.ratePeriods(trainerIds),
      await tx.studioBilling.sessions(trainerIds, input.periodStart, input.periodEnd),
    ];
    const studios = await tx.invoiceParties.studiosWithChains([...new Set(sessions.map((s) => s.studioId))]);
    const periodsOf = groupBy(periods, (p) => `${p.trainerId}:${p.studioId}`);

    // Each billable session becomes a line of its trainer's draft to the studio billed.
    const drafts = new Map<string, { trainerId: string; studio: StudioParty; lines: NewInvoiceItem[] }>();
    for (const session of sessions) {
      const outcomeOf = billSession(session, periodsOf.get(`${session.trainerId}:${session.studioId}`) ?? []);
      if (!outcomeOf) continue;
      if ('skip' in outcomeOf) {
        outcome.skipped.push(skipped(session, outcomeOf.skip, outcomeOf.message));
        continue;
      }
      const studio = billedStudio(session.studioId, studios);
      if (!studio) continue;
      const key = `${session.trainerId}:${studio.id}`;
      const draft = drafts.get(key) ?? { trainerId: session.trainerId, studio, lines: [] };
      drafts.set(key, draft);
      draft.lines.push({
        id: randomUUID(),
        invoiceId: '',
        appointmentId: session.id,
        description: outcomeOf.charge.description,
        quantity: new Decimal(1),
        unitPrice: outcomeOf.charge.unitPrice,
        amount: outcomeOf.charge.unitPrice,
        kind: 'service',
        category: session.category,
        serviceDate: session.serviceDate,
        locationStudioId: session.studioId,
        attendees: session.attendees,
        billingBasis: outcomeOf.charge.basis,
      });
    }
    if (!drafts.size) return outcome;

    for (const { trainerId: trainer, studio, lines } of drafts.values()) {
      let invoice = await tx.invoices.findStudioDraft(trainer, studio.id, input.periodStart, input.periodEnd);
      const created = !invoice;
      if (!invoice) {
        const today = todayIn(studio.timeZone, now);
        const row = {
          id: randomUUID(),
          trainerId: trainer,
          studioId: studio.id,
          clientId: null,
          invoiceType: 'studio' as const,
          documentType: 'invoice' as const,
          invoiceNumber: null,
          invoiceDate: today,
          dueDate: plusDays(today, studio.netDays),
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          subtotal: new Decimal(0),
          total: new Decimal(0),
          taxDetails: { province: studio.province, lines: [] },
          status: 'draft' as const,
          timeZone: studio.timeZone,
        };
        await tx.invoices.insert(row);
        invoice = (await tx.invoices.findForBookkeeping(row.id))!;
      }
      const written = await tx.invoiceItems.append(invoice.id, lines);
      if (!written.length) {
        // Another generation billed these sessions a moment ago: a draft made for them alone goes.
        if (created) await tx.invoices.deleteDraft(invoice.id);
        continue;
      }
      await tx.invoiceItems.renumber(invoice.id, studio.id);
      const draft = await refreshDraft(tx, invoice, now, table);
      const added = new Set(written);
      const appointmentIds = lines.filter((l) => added.has(l.id)).map((l) => l.appointmentId);
      await tx.audit.record({
        action: created ? 'create' : 'update',
        table: 'invoices',
        recordId: draft.id,
        newValues: {
          status: 'draft',
          studioId: draft.studioId,
          periodStart: draft.periodStart,
          periodEnd: draft.periodEnd,
          sessionsAdded: appointmentIds,
          subtotal: draft.subtotal.toFixed(2),
          total: draft.total.toFixed(2),
        },
        reason: 'generateStudioInvoices',
      });
      outcome.invoices.push(draft);
      outcome.invoicesCreated += created ? 1 : 0;
      outcome.sessionsAdded += written.length;
    }
    return outcome;
  });
}

function skipped(session: BillableSession, reason: SkipReason, message: string): SkippedSession {
  return { appointmentId: session.id, trainerId: session.trainerId, studioId: session.studioId, serviceDate: session.serviceDate, reason, message };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export type { RatePeriod };
