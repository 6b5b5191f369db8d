import { buildDemoTenant, demoId, type DemoTenant } from '@fitflow/demo';
import { describe, expect, it } from 'vitest';
import { benchTrainerKey, fillerPlan, MAX_HISTORY_PER_TRAINER, withBenchTrainers } from './scale.js';

const NOW = new Date('2026-11-18T15:00:00Z');

/** Every id a tenant holds, with where it is. */
const idsOf = (t: DemoTenant) => [
  ...t.users.map((u) => u.id + ':user'),
  ...t.trainers.map((x) => x.id),
  ...t.contracts.map((x) => x.id),
  ...t.classTypes.map((x) => x.id),
  ...t.clients.map((x) => x.id),
  ...t.appointments.map((x) => x.id),
  ...t.appointments.flatMap((a) => a.participants.map((p) => p.id)),
  ...t.availability.map((x) => x.id),
  ...t.sessionNotes.map((x) => x.id),
];

describe('withBenchTrainers: trainers shaped like Maya for the benchmarks', () => {
  const demo = buildDemoTenant(NOW);
  const before = JSON.stringify(demo);
  const scaled = withBenchTrainers(demo, 10);
  const maya = demo.trainers.find((t) => t.key === 'maya')!;

  it('leaves the demo tenant as it is, and keeps its rows first and unchanged in the result', () => {
    expect(JSON.stringify(demo)).toBe(before);
    expect(JSON.stringify(buildDemoTenant(NOW))).toBe(before);
    expect(scaled.trainers.slice(0, demo.trainers.length)).toEqual(demo.trainers);
    expect(scaled.appointments.slice(0, demo.appointments.length)).toEqual(demo.appointments);
    expect(scaled.logins).toEqual(demo.logins);
    expect(JSON.stringify(withBenchTrainers(demo, 0))).toBe(before);
  });

  it('adds ten trainers who sign in as bench01…bench10@fitflow.demo, each a trainer and the admin of their own team, like Maya', () => {
    const added = scaled.users.slice(demo.users.length);
    expect(added.map((u) => u.email)).toEqual(Array.from({ length: 10 }, (_, i) => `${benchTrainerKey(i + 1)}@fitflow.demo`));
    for (const user of added) {
      expect(user.id).toBe(demoId('trainer', user.email.split('@')[0]));
      expect(user.roles).toEqual([
        { role: 'trainer', scopeId: user.id },
        { role: 'trainer_admin', scopeId: user.id },
      ]);
    }
    expect(new Set(scaled.users.map((u) => u.email)).size).toBe(scaled.users.length);
    expect(new Set(scaled.trainers.map((t) => t.invoicePrefix)).size).toBe(scaled.trainers.length);
  });

  it("gives each the shape of Maya's dashboard: her studios, her number of sessions, bookings and notes, with clients of their own", () => {
    const count = (rows: readonly { trainerId: string }[], trainerId: string) => rows.filter((r) => r.trainerId === trainerId).length;
    for (const trainer of scaled.trainers.filter((t) => t.key.startsWith('bench'))) {
      expect(scaled.contracts.filter((c) => c.trainerId === trainer.id).map((c) => c.studioId)).toEqual(
        demo.contracts.filter((c) => c.trainerId === maya.id).map((c) => c.studioId),
      );
      for (const rows of ['clients', 'appointments', 'sessionNotes', 'classTypes', 'availability'] as const) {
        expect(count(scaled[rows], trainer.id), rows).toBe(count(demo[rows], maya.id));
      }
      const clients = new Set(scaled.clients.filter((c) => c.trainerId === trainer.id).map((c) => c.id));
      const sessions = scaled.appointments.filter((a) => a.trainerId === trainer.id);
      const upcoming = sessions.filter((a) => a.status === 'scheduled' && a.participants.length > 0);
      expect(upcoming.length).toBeGreaterThan(0);
      expect(sessions.flatMap((a) => a.participants).every((p) => clients.has(p.clientId))).toBe(true);
      expect(sessions.every((a) => scaled.classTypes.some((c) => c.id === a.classTypeId && c.trainerId === trainer.id))).toBe(true);
      for (const note of scaled.sessionNotes.filter((n) => n.trainerId === trainer.id)) {
        const session = sessions.find((a) => a.id === note.appointmentId);
        expect(session?.participants.some((p) => p.clientId === note.clientId)).toBe(true);
      }
      // Every client of theirs who comes to a session has notes, as Maya's do.
      const noted = new Set(scaled.sessionNotes.filter((n) => n.trainerId === trainer.id).map((n) => n.clientId));
      expect(noted.size).toBe(new Set(demo.sessionNotes.filter((n) => n.trainerId === maya.id).map((n) => n.clientId)).size);
    }
  });

  it('uses fresh ids and client emails, so that nothing collides with the demo or between trainers', () => {
    const ids = idsOf(scaled);
    expect(new Set(ids).size).toBe(ids.length);
    const emails = scaled.clients.map((c) => c.email);
    expect(new Set(emails).size).toBe(emails.length);
  });

  it('refuses a count that is not a whole number, and an unknown model trainer', () => {
    expect(() => withBenchTrainers(demo, -1)).toThrow(/whole number/);
    expect(() => withBenchTrainers(demo, 1.5)).toThrow(/whole number/);
    expect(() => withBenchTrainers(demo, 1, 'nobody')).toThrow(/no trainer "nobody"/);
  });
});

describe('fillerPlan: where the filler sessions go', () => {
  it.each([10_000, 100_000, 1_000_000])('adds up to exactly %i appointments, with years of history at most per trainer', (total) => {
    const plan = fillerPlan(total, 774, 14);
    expect(plan.existing + plan.historyPerSeededTrainer * plan.seededTrainers + plan.otherSessions).toBe(total);
    expect(plan.historyPerSeededTrainer).toBeGreaterThan(0);
    expect(plan.historyPerSeededTrainer).toBeLessThanOrEqual(MAX_HISTORY_PER_TRAINER);
    expect(Math.ceil(plan.otherSessions / plan.otherTrainers)).toBeLessThanOrEqual(MAX_HISTORY_PER_TRAINER);
  });

  it('spreads a million appointments over well over a hundred trainers, each seeded one with the full history', () => {
    const plan = fillerPlan(1_000_000, 774, 14);
    expect(plan.historyPerSeededTrainer).toBe(MAX_HISTORY_PER_TRAINER);
    expect(plan.otherTrainers).toBeGreaterThan(100);
  });

  it('adds nothing when the tenant already has the total, and refuses a total below it', () => {
    expect(fillerPlan(774, 774, 14)).toMatchObject({ historyPerSeededTrainer: 0, otherSessions: 0, otherTrainers: 0 });
    expect(() => fillerPlan(500, 774, 14)).toThrow(RangeError);
  });
});
