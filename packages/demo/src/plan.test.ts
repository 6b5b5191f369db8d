import { describe, expect, it } from 'vitest';
import { buildDemoTenant } from './plan.js';

describe('the demo tenant', () => {
  // Every day of a year, including month ends and the first days of a month.
  const days = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 15) + i * 86_400_000));

  it('always has draft invoices for last month, whatever today is', () => {
    for (const day of days) {
      const tenant = buildDemoTenant(day);
      expect(tenant.invoices.length, day.toISOString()).toBeGreaterThanOrEqual(5);
      expect(tenant.invoices.every((i) => i.items.length > 0 && i.total.gte(i.subtotal))).toBe(true);
    }
  });

  it('always has upcoming sessions and notes on past ones', () => {
    for (const day of days.filter((_, i) => i % 7 === 0)) {
      const tenant = buildDemoTenant(day);
      expect(tenant.appointments.filter((a) => a.startTime > day && a.status === 'scheduled').length).toBeGreaterThan(50);
      expect(tenant.sessionNotes.length).toBeGreaterThan(100);
    }
  });

  it('is the same on every machine', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    expect(JSON.stringify(buildDemoTenant(now))).toBe(JSON.stringify(buildDemoTenant(now)));
  });
});
