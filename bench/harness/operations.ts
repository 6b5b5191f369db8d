/**
 * The operations the benchmark measures, each as the web app (or the README) sends it: the text,
 * the variables for a given user, and who may run it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readmeQuestion } from '@fitflow/testkit';
import { DateTime } from 'luxon';
import type { BenchStudioAdmin, BenchTrainer, Population } from './population.js';
import { ROOT } from './processes.js';

/** A user of an operation: who signs in, and the variables they send. */
export interface OperationUser {
  email: string;
  password: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  /** Short name of the row ("dashboard"). */
  name: string;
  /** What it is, for the report. */
  title: string;
  /** The operation's text (Hive Gateway gets it; FitFlow's gateway gets its persisted id). */
  text: string;
  /** The persisted id FitFlow's gateway runs it by. */
  id: string;
  type: 'query' | 'mutation';
  users: OperationUser[];
  /**
   * A mutation runs this many times per user, one connection per user, instead of for `--seconds`
   * (two requests of one trainer at once would measure lock waits, not the operation).
   */
  roundsPerUser?: number;
}

/** `openSlots` as a booking page would ask it (the web app does not send it yet). */
export const OPEN_SLOTS_QUERY =
  'query BenchOpenSlots($trainerId: ID!, $classTypeId: ID!, $from: DateTime!, $to: DateTime!, $studioId: ID!) { ' +
  'openSlots(trainerId: $trainerId, classTypeId: $classTypeId, from: $from, to: $to, studioId: $studioId) { startTime endTime timeZone localStart } }';

/** The web app's persisted operations (codegen's manifest): id and text by operation name. */
export function webOperations(): Map<string, { id: string; text: string }> {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'web/src/__generated__/persisted-documents.json'), 'utf8')) as Record<string, string>;
  const byName = new Map<string, { id: string; text: string }>();
  for (const [id, text] of Object.entries(manifest)) {
    const name = /\b(?:query|mutation) (\w+)/.exec(text)?.[1];
    if (name) byName.set(name, { id, text });
  }
  return byName;
}

const trainerUser = (trainer: BenchTrainer, variables: Record<string, unknown> = {}): OperationUser => ({
  email: trainer.email,
  password: trainer.password,
  variables,
});
const adminUser = (admin: BenchStudioAdmin, variables: Record<string, unknown> = {}): OperationUser => ({
  email: admin.email,
  password: admin.password,
  variables,
});

/**
 * The measured operations for `population`, with the ids of the benchmark's own manifest entries
 * (`benchIds`: README question, open slots). An operation the code base does not have (yet) is
 * returned as a reason to skip it.
 */
export function operations(
  population: Population,
  benchIds: Record<'readme' | 'openSlots', string>,
  now = DateTime.now(),
): (Operation | { name: string; skipped: string })[] {
  const web = webOperations();
  const calendar = web.get('CalendarRouteQuery');
  const invoices = web.get('StudioInvoicesRouteQuery');
  const generate = web.get('GenerateInvoicesMutation');
  const lastMonth = now.setZone('America/Toronto').minus({ months: 1 });
  return [
    {
      name: 'dashboard',
      title: "README's cross-subgraph question (me → trainer → contracts → studio, upcomingAppointments → participants → client → latestSessionNote)",
      text: readmeQuestion().query,
      id: benchIds.readme,
      type: 'query',
      users: population.trainers.map((trainer) => trainerUser(trainer)),
    },
    calendar
      ? {
          name: 'week',
          title: "trainer's week view (web app CalendarRouteQuery, this week in the trainer's zone)",
          ...calendar,
          type: 'query',
          users: population.trainers.map((trainer) => {
            const from = now.setZone(trainer.timeZone).startOf('week');
            return trainerUser(trainer, { from: from.toUTC().toISO(), to: from.plus({ weeks: 1 }).toUTC().toISO() });
          }),
        }
      : { name: 'week', skipped: 'the web app has no CalendarRouteQuery' },
    {
      name: 'openSlots',
      title: 'openSlots: four weeks from tomorrow, a class type of the trainer at one of their studios',
      text: OPEN_SLOTS_QUERY,
      id: benchIds.openSlots,
      type: 'query',
      users: population.trainers.map((trainer) => {
        const from = now.plus({ days: 1 }).startOf('hour');
        return trainerUser(trainer, {
          trainerId: trainer.trainerId,
          classTypeId: trainer.classTypeId,
          studioId: trainer.studioId,
          from: from.toUTC().toISO(),
          to: from.plus({ weeks: 4 }).toUTC().toISO(),
        });
      }),
    },
    invoices
      ? {
          name: 'invoices',
          title: "studio invoices list (web app StudioInvoicesRouteQuery, as the studio's admin)",
          ...invoices,
          type: 'query',
          users: population.studioAdmins.map((admin) => adminUser(admin, { studioId: admin.studioId })),
        }
      : { name: 'invoices', skipped: 'the web app has no StudioInvoicesRouteQuery' },
    generate
      ? {
          name: 'monthEnd',
          title: 'month-end generation (web app GenerateInvoicesMutation, last month; again after the first round: nothing new)',
          ...generate,
          type: 'mutation',
          users: population.trainers.map((trainer) =>
            trainerUser(trainer, { periodStart: lastMonth.startOf('month').toISODate(), periodEnd: lastMonth.endOf('month').toISODate() }),
          ),
          roundsPerUser: 5,
        }
      : { name: 'monthEnd', skipped: 'the web app has no GenerateInvoicesMutation' },
  ];
}
