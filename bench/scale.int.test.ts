import { startInProcessStack, type InProcessStack } from '@fitflow/stack/inprocess';
import { pino } from 'pino';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleDemo, type ScaledDemo } from './scale.js';
import { benchDatabase, type BenchDatabase } from './support.js';

/** The README's cross-subgraph dashboard question. */
const DASHBOARD = `{ me { email trainer { id contracts { studio { name } upcomingAppointments(first: 3) { edges { node { startTime
  participants { client { id firstName latestSessionNote { assessment } } } } } } } } } }`;

describe('scaleDemo: the demo tenant at benchmark scale', () => {
  let bench: BenchDatabase;
  let demo: ScaledDemo;
  let stack: InProcessStack;

  beforeAll(async () => {
    bench = await benchDatabase('scale_int', 'never');
    demo = await scaleDemo(bench.adminUrl, { appointments: 10_000 });
    stack = await startInProcessStack({ urls: bench.urls.app, log: pino({ level: 'silent' }) });
  }, 180_000);
  afterAll(async () => {
    await stack?.stop();
    await bench?.drop();
  });

  const post = async (query: string, token?: string) => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  it('holds exactly the appointments asked for: years of history, a few percent cancelled, other trainers’ calendars', async () => {
    expect(demo.appointments).toBe(10_000);
    const db = new pg.Client({ connectionString: bench.adminUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `select count(*)::int as total, count(distinct trainer_id)::int as trainers,
                (count(*) filter (where status = 'cancelled'))::float / count(*) as cancelled,
                count(*) filter (where trainer_id = $1 and start_time < now() - interval '60 days')::int as maya_history
           from scheduling.appointments`,
        [demo.users[0].trainerId],
      );
      expect(rows[0].total).toBe(10_000);
      expect(rows[0].trainers).toBe(demo.tenant.trainers.length + demo.plan.otherTrainers);
      expect(rows[0].cancelled).toBeGreaterThan(0.02);
      expect(rows[0].cancelled).toBeLessThan(0.08);
      expect(rows[0].maya_history).toBeGreaterThanOrEqual(demo.plan.historyPerSeededTrainer);
    } finally {
      await db.end();
    }
  });

  it('gives eleven distinct trainers, Maya first, a dashboard of the same shape, with their clients’ notes decrypted', async () => {
    expect(demo.users.map((u) => u.email)).toEqual([
      'maya@fitflow.demo',
      ...Array.from({ length: 10 }, (_, i) => `bench${String(i + 1).padStart(2, '0')}@fitflow.demo`),
    ]);
    const shapes: string[] = [];
    for (const user of demo.users) {
      const login = await post(`mutation { login(input: { email: "${user.email}", password: "${user.password}" }) { accessToken } }`);
      const answer = await post(DASHBOARD, login.data.login.accessToken);
      expect(answer.errors).toBeUndefined();
      const { trainer } = answer.data.me;
      expect(trainer.id).toBe(user.trainerId);
      const sessions = trainer.contracts.flatMap((c: any) => c.upcomingAppointments.edges.map((e: any) => e.node));
      const participants = sessions.flatMap((s: any) => s.participants);
      expect(participants.length).toBeGreaterThan(0);
      expect(participants.every((p: any) => typeof p.client.firstName === 'string' && typeof p.client.latestSessionNote?.assessment === 'string')).toBe(true);
      // Their own clients: no one else's appear on their dashboard.
      const own = new Set(demo.tenant.clients.filter((c) => c.trainerId === user.trainerId).map((c) => c.id));
      expect(participants.every((p: any) => own.has(p.client.id))).toBe(true);
      shapes.push(JSON.stringify(trainer.contracts.map((c: any) => [c.studio.name, c.upcomingAppointments.edges.map((e: any) => e.node.participants.length)])));
    }
    expect(new Set(shapes).size).toBe(1);
  });
});
