/**
 * Who the benchmark signs in as, and the seam where a scaled-up demo tenant plugs in.
 *
 * Without `--scale`/`--trainers` the users are the demo tenant's own: its four trainers (maya, liam,
 * sofia, noah @fitflow.demo) and its two studio admins, all with the demo password.
 */
import { buildDemoTenant, DEMO_PASSWORD, type DemoTenant } from '@fitflow/demo';
import { scaleDemo } from '../scale.js';

/** A trainer the benchmark signs in as, with what the trainer operations need. */
export interface BenchTrainer {
  email: string;
  password: string;
  trainerId: string;
  /** IANA zone of the trainer's week view. */
  timeZone: string;
  /** A class type of theirs for `openSlots` (an individual one when they have one). */
  classTypeId: string;
  /** A studio they work at, for `openSlots`. */
  studioId: string;
}

/** A studio admin the benchmark signs in as (the studio invoices list). */
export interface BenchStudioAdmin {
  email: string;
  password: string;
  studioId: string;
}

/** The users of a run and how the data was prepared. */
export interface Population {
  trainers: BenchTrainer[];
  studioAdmins: BenchStudioAdmin[];
  /** One line for the report, e.g. "demo tenant". */
  description: string;
}

/** What `--scale` and `--trainers` ask for. */
export interface ScaleRequest {
  /** Appointments in the database after scaling (10⁴, 10⁵, 10⁶). */
  appointments?: number;
  /** Trainers to sign in as (distinct users). */
  trainers?: number;
}

/** The demo tenant's own users (what the seeded database holds). */
export const demoPopulation = (): Population => populationOf(buildDemoTenant(), 'demo tenant');

/** The users of `tenant`: its trainers (or those of `onlyTrainerIds`) and its studio admins. */
function populationOf(tenant: DemoTenant, description: string, onlyTrainerIds?: readonly string[]): Population {
  const chosen = onlyTrainerIds ? onlyTrainerIds.map((id) => tenant.trainers.find((t) => t.id === id)!) : tenant.trainers;
  const trainers = chosen.map((trainer): BenchTrainer => {
    const classTypes = tenant.classTypes.filter((c) => c.trainerId === trainer.id);
    const contract = tenant.contracts.find((c) => c.trainerId === trainer.id);
    return {
      email: trainer.email,
      password: DEMO_PASSWORD,
      trainerId: trainer.id,
      timeZone: trainer.timeZone,
      classTypeId: (classTypes.find((c) => c.category === 'individual') ?? classTypes[0]).id,
      studioId: contract!.studioId,
    };
  });
  const studioAdmins = tenant.users
    .filter((user) => user.roles.some((role) => role.role === 'studio_admin'))
    .map((user) => ({ email: user.email, password: DEMO_PASSWORD, studioId: user.roles.find((role) => role.role === 'studio_admin')!.scopeId! }));
  return { trainers, studioAdmins, description };
}

/** Whether a run asks for more than the demo tenant: then the database must be created unseeded. */
export const scales = (request: ScaleRequest) => request.appointments !== undefined || request.trainers !== undefined;

/**
 * The population of a run: the demo tenant's (already seeded), or — when `--scale` or `--trainers`
 * asked for more — bench/scale.ts's `scaleDemo` on the unseeded database at `adminUrl`: the demo tenant
 * with `trainers - 1` trainers like Maya (10 by default, so 11 distinct dashboards), filled to
 * `appointments` (10⁴ by default). Its users are Maya and those trainers.
 */
export async function preparePopulation(adminUrl: string, request: ScaleRequest): Promise<Population> {
  if (!scales(request)) return demoPopulation();
  const added = request.trainers === undefined ? undefined : Math.max(0, request.trainers - 1);
  const scaled = await scaleDemo(adminUrl, { appointments: request.appointments ?? 10_000, trainers: added });
  return populationOf(
    scaled.tenant,
    `demo tenant with ${scaled.users.length - 1} trainers like Maya, ${scaled.appointments.toLocaleString('en-CA')} appointments`,
    scaled.users.map((u) => u.trainerId),
  );
}
