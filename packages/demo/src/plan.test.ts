import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  AREA_CODES,
  buildDemoTenant,
  DEMO_EXERCISES,
  demoAmountPaid,
  demoInvoiceStatus,
  SERIES_HORIZON_WEEKS,
  termsOn,
  travelMinutes,
  type DemoAppointment,
  type DemoTenant,
} from './plan.js';

// Every day of a year, including month ends and the first days of a month, at a Toronto morning…
const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 15) + i * 86_400_000));
// …and at the evening hours when Toronto has a new day (or month) and Vancouver does not yet.
const evenings = days.filter((_, i) => i % 5 === 0).map((day) => new Date(day.getTime() + 12.5 * 3_600_000));
const tenants = [...days, ...evenings].map((day) => ({ day, tenant: buildDemoTenant(day) }));
const weekly = tenants.filter((_, i) => i % 7 === 0);

/** Problems of `sessions` (one person's, any order): overlaps, or too little time to travel between places. */
function clashes(tenant: DemoTenant, sessions: DemoAppointment[]): string[] {
  const studio = (id: string) => tenant.studios.find((s) => s.id === id)!;
  const sorted = sessions.toSorted((a, b) => a.startTime.getTime() - b.startTime.getTime());
  return sorted.slice(1).flatMap((next, i) => {
    const before = sorted[i];
    const gapMinutes = (next.startTime.getTime() - before.endTime.getTime()) / 60_000;
    const needed = travelMinutes(studio(before.studioId), studio(next.studioId));
    return gapMinutes >= needed
      ? []
      : [`${before.startTime.toISOString()} at ${studio(before.studioId).key}, then ${next.startTime.toISOString()} at ${studio(next.studioId).key}`];
  });
}

describe('the demo tenant', () => {
  it('always has invoice history — the month before last issued, numbered and mostly paid, one overdue — and no invoice of Maya’s for last month, whatever today is', () => {
    for (const { day, tenant } of tenants) {
      const at = day.toISOString();
      const studio = (key: string) => tenant.studios.find((s) => s.key === key)!;
      const maya = tenant.trainers.find((t) => t.key === 'maya')!;
      const lastMonthOf = (zone: string) => DateTime.fromJSDate(day, { zone }).startOf('month').minus({ months: 1 }).toISODate()!;
      expect(tenant.invoices.length, at).toBeGreaterThanOrEqual(8);
      expect(tenant.invoices.every((i) => i.items.length > 0 && i.total.gte(i.subtotal))).toBe(true);
      expect(
        tenant.invoices.some((i) => i.status === 'draft'),
        at,
      ).toBe(true);
      // Maya generates last month's invoices herself (the walks do): she has none yet.
      expect(
        tenant.invoices.filter((i) => i.trainerId === maya.id && i.periodStart === lastMonthOf(i.timeZone)),
        at,
      ).toEqual([]);
      expect(
        tenant.invoices
          .filter((i) => i.trainerId === maya.id)
          .map((i) => i.status)
          .sort(),
        at,
      ).toEqual(['paid', 'partially_paid']);
      // The Harbourfront chain bills consolidated: Midtown's sessions are on Harbourfront's invoices.
      expect(tenant.invoices.some((i) => i.studioId === studio('midtown').id)).toBe(false);
      expect(tenant.invoices.some((i) => i.studioId === studio('harbourfront').id && i.items.some((l) => l.locationStudioId === studio('midtown').id))).toBe(
        true,
      );
      for (const key of ['harbourfront', 'kits'])
        expect(
          tenant.invoices.some((i) => i.studioId === studio(key).id && i.status !== 'draft'),
          `${key} ${at}`,
        ).toBe(true);
      expect(tenant.invoices.filter((i) => demoInvoiceStatus(i, day) === 'OVERDUE').length, at).toBeGreaterThanOrEqual(1);
      expect(tenant.invoices.some((i) => i.status === 'paid') && tenant.invoices.some((i) => i.status === 'partially_paid')).toBe(true);
      for (const invoice of tenant.invoices) {
        expect(invoice.issuedAt === null, at).toBe(invoice.status === 'draft');
        expect(invoice.sentAt === null, at).toBe(invoice.status === 'draft');
        expect(invoice.invoiceNumber === null, at).toBe(invoice.status === 'draft');
        const paid = demoAmountPaid(invoice);
        expect(paid.eq(invoice.total), `${invoice.invoiceNumber} ${at}`).toBe(invoice.status === 'paid');
        if (invoice.status === 'partially_paid') expect(paid.gt(0) && paid.lt(invoice.total)).toBe(true);
        expect(invoice.paidAt === null).toBe(invoice.status !== 'paid');
        if (invoice.paidAt) expect(invoice.paidAt <= day).toBe(true);
        if (invoice.approvedAt) expect(invoice.approvedAt <= day).toBe(true);
        const today = DateTime.fromJSDate(day, { zone: invoice.timeZone }).toISODate()!;
        for (const p of invoice.payments) expect(p.paymentDate >= invoice.invoiceDate && p.paymentDate <= today, `${invoice.invoiceNumber} ${at}`).toBe(true);
      }
    }
  });

  it('numbers each trainer’s issued invoices from a gap-free yearly sequence the next issue continues', () => {
    for (const { day, tenant } of weekly) {
      for (const trainer of tenant.trainers) {
        const issued = tenant.invoices
          .filter((i) => i.trainerId === trainer.id && i.invoiceNumber)
          .sort((a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime() || a.invoiceNumber!.localeCompare(b.invoiceNumber!));
        const years = [...new Set(issued.map((i) => Number(i.invoiceDate.slice(0, 4))))];
        for (const year of years) {
          const numbers = issued.filter((i) => i.invoiceDate.startsWith(`${year}-`)).map((i) => i.invoiceNumber);
          expect(numbers, `${trainer.key} ${year} ${day.toISOString()}`).toEqual(
            numbers.map((_, n) => `${trainer.invoicePrefix}-${year}-${String(n + 1).padStart(4, '0')}`),
          );
          expect(tenant.invoiceSequences.find((q) => q.trainerId === trainer.id && q.year === year)?.lastNumber).toBe(numbers.length);
        }
        expect(
          tenant.invoiceSequences
            .filter((q) => q.trainerId === trainer.id)
            .map((q) => q.year)
            .sort(),
        ).toEqual(years.sort());
      }
    }
  });

  it('bills each session as month-end generation does: its day in its studio’s zone, the rate of that day plus the bonus, one line each', () => {
    for (const { day, tenant } of tenants) {
      for (const invoice of tenant.invoices) {
        const studio = tenant.studios.find((s) => s.id === invoice.studioId)!;
        expect(studio.parentStudioId, 'invoices go to the top of a chain').toBeNull();
        const today = DateTime.fromJSDate(day, { zone: studio.timeZone });
        const at = `${invoice.invoiceNumber ?? invoice.id} ${day.toISOString()}`;
        const month = DateTime.fromISO(invoice.periodStart, { zone: studio.timeZone });
        expect([invoice.periodStart, invoice.periodEnd], at).toEqual([month.startOf('month').toISODate(), month.endOf('month').toISODate()]);
        expect([1, 2], at).toContain(Math.round(today.startOf('month').diff(month, 'months').months));
        expect(invoice.invoiceDate, at).toBe(month.plus({ months: 1 }).toISODate());
        expect(invoice.invoiceDate <= today.toISODate()!, at).toBe(true);
        expect(invoice.dueDate, at).toBe(DateTime.fromISO(invoice.invoiceDate).plus({ days: studio.netDays }).toISODate());
        if (invoice.sentAt) {
          expect(invoice.sentAt <= day, at).toBe(true);
          expect(DateTime.fromJSDate(invoice.sentAt, { zone: studio.timeZone }).toISODate(), at).toBe(invoice.invoiceDate);
        }
        expect(invoice.taxDetails).toMatchObject({ placeOfSupply: studio.province, taxPoint: invoice.invoiceDate });
        expect(invoice.subtotal.eq(invoice.items.reduce((sum, i) => sum.plus(i.amount), invoice.subtotal.times(0))), at).toBe(true);
        for (const item of invoice.items) {
          const session = tenant.appointments.find((a) => a.id === item.appointmentId)!;
          const where = tenant.studios.find((s) => s.id === session.studioId)!;
          const sessionDay = DateTime.fromJSDate(session.startTime, { zone: where.timeZone }).toISODate()!;
          expect([item.serviceDate, item.locationStudioId], at).toEqual([sessionDay, where.id]);
          expect(sessionDay >= invoice.periodStart && sessionDay <= invoice.periodEnd, at).toBe(true);
          expect(session.trainerId).toBe(invoice.trainerId);
          const terms = termsOn(
            tenant.contracts.find((c) => c.trainerId === session.trainerId && c.studioId === session.studioId)!,
            sessionDay,
          );
          const bonus =
            terms.attendeeBonus && item.attendees > terms.attendeeBonus.threshold
              ? terms.attendeeBonus.rate.times(item.attendees - terms.attendeeBonus.threshold)
              : 0;
          expect(item.unitPrice.toFixed(2), at).toBe(terms.classRates[session.category].plus(item.billingBasis === 'completed' ? bonus : 0).toFixed(2));
          expect(item.billingBasis).toBe(session.status === 'completed' ? 'completed' : 'no-show');
        }
      }
      // Every session is on at most one invoice.
      const billed = tenant.invoices.flatMap((i) => i.items.map((l) => l.appointmentId));
      expect(new Set(billed).size).toBe(billed.length);
    }
  });

  it('always has upcoming sessions and notes on past ones', () => {
    for (const { day, tenant } of weekly) {
      expect(tenant.appointments.filter((a) => a.startTime > day && a.status === 'scheduled').length).toBeGreaterThan(50);
      expect(tenant.sessionNotes.length).toBeGreaterThan(100);
      const emma = tenant.clients[0];
      const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
      expect(
        tenant.appointments.some((a) => a.status === 'scheduled' && a.studioId === harbourfront.id && a.participants.some((p) => p.clientId === emma.id)),
      ).toBe(true);
    }
  });

  it('never puts a trainer in two places at once, and leaves time to travel (Toronto 09:00 is Vancouver 06:00)', () => {
    for (const { day, tenant } of tenants) {
      for (const trainer of tenant.trainers) {
        expect(
          clashes(
            tenant,
            tenant.appointments.filter((a) => a.trainerId === trainer.id),
          ),
          `${trainer.key} ${day.toISOString()}`,
        ).toEqual([]);
      }
    }
  });

  it('books each client in their own city, once a day at most, never in two places at once', () => {
    for (const { day, tenant } of tenants) {
      for (const client of tenant.clients) {
        const theirs = tenant.appointments.filter((a) => a.participants.some((p) => p.clientId === client.id));
        const at = `${client.firstName} ${client.lastName} ${day.toISOString()}`;
        expect(clashes(tenant, theirs), at).toEqual([]);
        const cities = new Set(theirs.map((a) => tenant.studios.find((s) => s.id === a.studioId)!.address.city));
        expect(
          [...cities].filter((c) => c !== client.city),
          at,
        ).toEqual([]);
        const daysBooked = theirs.map((a) => DateTime.fromJSDate(a.startTime, { zone: tenant.studios.find((s) => s.id === a.studioId)!.timeZone }).toISODate());
        expect(new Set(daysBooked).size, at).toBe(daysBooked.length);
        const noteDays = tenant.sessionNotes.filter((n) => n.clientId === client.id).map((n) => n.sessionDate);
        expect(new Set(noteDays).size, at).toBe(noteDays.length);
      }
    }
  });

  it('gives each client a phone number of their city, and moves body weight and body fat gradually, one way', () => {
    for (const { day, tenant } of weekly) {
      for (const client of tenant.clients) {
        const at = `${client.firstName} ${client.lastName} ${day.toISOString()}`;
        for (const phone of [client.phone, client.emergencyContact.phone]) expect(AREA_CODES[client.city], at).toContain(phone.split('-')[1]);
        const notes = tenant.sessionNotes.filter((n) => n.clientId === client.id).toSorted((a, b) => a.sessionDate.localeCompare(b.sessionDate));
        for (const measure of ['bodyFatPercent', 'weightKg'] as const) {
          const values = notes.map((n) => n.measurements[measure]);
          const steps = values.slice(1).map((v, i) => v - values[i]);
          expect(steps.every((s) => s <= 0) || steps.every((s) => s >= 0), `${at} ${measure} ${values}`).toBe(true);
          expect(Math.max(...values) - Math.min(...values), `${at} ${measure}`).toBeLessThanOrEqual(measure === 'bodyFatPercent' ? 4 : 8);
        }
        for (const [i, step] of notes.slice(1).entries()) {
          const weeks = Math.max(1, DateTime.fromISO(step.sessionDate).diff(DateTime.fromISO(notes[i].sessionDate), 'weeks').weeks);
          expect(Math.abs(step.measurements.bodyFatPercent - notes[i].measurements.bodyFatPercent) / weeks, at).toBeLessThanOrEqual(0.5);
        }
      }
    }
  });

  it('records exercises as a trainer would: body-weight moves with reps and no load, loaded ones within their equipment’s range', () => {
    for (const { tenant } of weekly) {
      for (const note of tenant.sessionNotes) {
        const trainer = tenant.trainers.find((t) => t.id === note.trainerId)!;
        for (const exercise of note.exercises) {
          const known = DEMO_EXERCISES[trainer.key].find((e) => e.name === exercise.name);
          expect(known, exercise.name).toBeDefined();
          expect(exercise.reps).toBeGreaterThan(0);
          if (known!.load === null) expect(exercise.weightKg, exercise.name).toBeNull();
          else {
            expect(exercise.weightKg!, exercise.name).toBeGreaterThanOrEqual(known!.load.min);
            expect(exercise.weightKg!, exercise.name).toBeLessThanOrEqual(known!.load.max);
          }
        }
        expect(new Set(note.exercises.map((e) => e.name)).size).toBe(note.exercises.length);
      }
      expect(tenant.sessionNotes.some((n) => n.exercises.some((e) => e.name === 'Push-up' && e.weightKg !== null))).toBe(false);
    }
  });

  it('runs a weekly series at every studio, at the same local time on both sides of the next daylight-saving change', () => {
    for (const { day, tenant } of weekly) {
      expect(new Set(tenant.series.map((s) => s.studioId)).size, day.toISOString()).toBe(tenant.studios.length);
      for (const series of tenant.series) {
        const occurrences = tenant.appointments.filter((a) => a.seriesId === series.id).toSorted((a, b) => a.startTime.getTime() - b.startTime.getTime());
        const local = occurrences.map((a) => DateTime.fromJSDate(a.startTime, { zone: series.timeZone }));
        const at = `${series.id} ${day.toISOString()}`;
        expect(new Set(local.map((t) => t.toFormat('ccc HH:mm'))), at).toEqual(new Set([local[0].toFormat('ccc HH:mm')]));
        expect(new Set(local.map((t) => t.offset)).size, `${at}: crosses a daylight-saving change`).toBe(2);
        expect(
          occurrences.at(-1)!.startTime >
            DateTime.fromJSDate(day)
              .plus({ weeks: SERIES_HORIZON_WEEKS - 2 })
              .toJSDate(),
          at,
        ).toBe(true);
        expect(local[0].toFormat("yyyy-MM-dd'T'HH:mm"), at).toBe(series.firstStart);
        for (const a of occurrences) expect(a.recurrenceId, at).toEqual(a.startTime);
      }
    }
  });

  it('has a full class with a waitlist to come, in order, never over capacity', () => {
    for (const { day, tenant } of weekly) {
      const capacity = (a: DemoAppointment) => tenant.classTypes.find((c) => c.id === a.classTypeId)!.maxParticipants;
      const confirmed = (a: DemoAppointment) => a.participants.filter((p) => p.status === 'confirmed');
      for (const a of tenant.appointments) expect(confirmed(a).length, a.id).toBeLessThanOrEqual(capacity(a));
      const full = tenant.appointments.filter((a) => a.startTime > day && a.participants.some((p) => p.status === 'waitlisted'));
      expect(full.length, day.toISOString()).toBeGreaterThan(0);
      for (const a of full) {
        expect(confirmed(a).length).toBe(capacity(a));
        const positions = a.participants.filter((p) => p.status === 'waitlisted').map((p) => p.waitlistPosition);
        expect(positions).toEqual(positions.map((_, i) => i + 1));
      }
    }
  });

  it('gives every trainer weekly hours that hold each of their sessions, in the studio’s local time', () => {
    for (const { day, tenant } of weekly) {
      for (const a of tenant.appointments) {
        const studio = tenant.studios.find((s) => s.id === a.studioId)!;
        const [start, end] = [a.startTime, a.endTime].map((t) => DateTime.fromJSDate(t, { zone: studio.timeZone }));
        const inside = tenant.availability.some(
          (w) =>
            w.trainerId === a.trainerId &&
            w.studioId === a.studioId &&
            w.weekday === start.weekday &&
            w.startTime <= start.toFormat('HH:mm') &&
            w.endTime >= end.toFormat('HH:mm'),
        );
        expect(inside, `${a.id} ${start.toISO()} ${day.toISOString()}`).toBe(true);
      }
    }
  });

  it('has signed notes, and each client’s newest note still open', () => {
    for (const { day, tenant } of weekly) {
      expect(tenant.sessionNotes.filter((n) => n.signedAt).length, day.toISOString()).toBeGreaterThan(50);
      for (const trainer of tenant.trainers) {
        expect(
          tenant.sessionNotes.some((n) => n.trainerId === trainer.id && !n.signedAt),
          `${trainer.key} ${day.toISOString()}`,
        ).toBe(true);
      }
      expect(tenant.sessionNotes.some((n) => n.clientId === tenant.clients[0].id && !n.signedAt)).toBe(true);
      expect(tenant.sessionNotes.some((n) => n.clientId === tenant.clients[0].id && n.signedAt)).toBe(true);
      for (const client of tenant.clients) {
        const theirs = tenant.sessionNotes.filter((n) => n.clientId === client.id).toSorted((a, b) => b.sessionDate.localeCompare(a.sessionDate));
        if (theirs.length) expect(theirs[0].signedAt, client.id).toBeNull();
      }
      for (const note of tenant.sessionNotes.filter((n) => n.signedAt)) expect(note.signedAt! <= day).toBe(true);
    }
  });

  it('keeps rate history: Maya’s Harbourfront rates rose on the first of this month, and every session is priced at the rates of its day', () => {
    for (const { day, tenant } of weekly) {
      for (const contract of tenant.contracts) {
        expect(contract.ratePeriods[0].effectiveFrom).toBe(contract.startDate);
        expect(contract.classRates).toEqual(contract.ratePeriods.at(-1)!.classRates);
      }
      const harbourfront = tenant.studios.find((s) => s.key === 'harbourfront')!;
      const maya = tenant.trainers.find((t) => t.key === 'maya')!;
      const raised = tenant.contracts.find((c) => c.trainerId === maya.id && c.studioId === harbourfront.id)!;
      const firstOfMonth = DateTime.fromJSDate(day, { zone: harbourfront.timeZone }).startOf('month').toISODate()!;
      expect(raised.ratePeriods.map((p) => p.effectiveFrom)).toEqual([raised.startDate, firstOfMonth]);
      expect(raised.ratePeriods[1].classRates.individual.gt(raised.ratePeriods[0].classRates.individual)).toBe(true);
      for (const a of tenant.appointments) {
        const contract = tenant.contracts.find((c) => c.trainerId === a.trainerId && c.studioId === a.studioId)!;
        const zone = tenant.studios.find((s) => s.id === a.studioId)!.timeZone;
        const sessionDay = DateTime.fromJSDate(a.startTime, { zone }).toISODate()!;
        expect(a.rate.toFixed(2), `${a.id} ${day.toISOString()}`).toBe(termsOn(contract, sessionDay).classRates[a.category].toFixed(2));
      }
      // Last month, invoiced now, is at the old rates.
      const lastMonth = tenant.appointments.filter(
        (a) =>
          a.trainerId === maya.id &&
          a.studioId === harbourfront.id &&
          DateTime.fromJSDate(a.startTime, { zone: harbourfront.timeZone }).toISODate()! < firstOfMonth,
      );
      expect(lastMonth.every((a) => a.rate.eq(raised.ratePeriods[0].classRates[a.category]))).toBe(true);
    }
  });

  it('gives every trainer a billing address, an invoice prefix of their initials and, but for one small supplier, a GST/HST number', () => {
    const tenant = buildDemoTenant(new Date('2026-11-23T12:00:00Z'));
    for (const t of tenant.trainers) {
      expect(t.invoicePrefix).toBe(`${t.firstName[0]}${t.lastName[0]}`);
      expect(t.address.postalCode).toMatch(/^[A-Z]\d[A-Z] \d[A-Z]\d$/);
      expect(t.qstNumber).toBeNull(); // nobody works in Québec
    }
    expect(tenant.trainers.find((t) => t.key === 'maya')!.gstNumber).toMatch(/^\d{9} RT\d{4}$/);
    expect(tenant.trainers.filter((t) => t.gstNumber === null).map((t) => t.key)).toEqual(['sofia']);
    for (const s of tenant.studios) expect(s.netDays).toBeGreaterThan(0);
  });

  it('is the same on every machine', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(JSON.stringify(buildDemoTenant(now))).toBe(JSON.stringify(buildDemoTenant(now)));
  });
});
