/**
 * Who the benchmark signs in as, and the seam where a scaled-up demo tenant plugs in.
 *
 * Without `--scale`/`--trainers` the users are the demo tenant's own: its four trainers (maya, liam,
 * sofia, noah @fitflow.demo) and its two studio admins, all with the demo password.
 */
import { buildDemoTenant, DEMO_PASSWORD } from '@fitflow/demo';

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

/**
 * The seam for bench/scale.ts: fills the freshly seeded database at `adminUrl` (superuser) up to the
 * request and returns the users to sign in as.
 */
export type ScaleDemo = (adminUrl: string, request: ScaleRequest) => Promise<Population>;

/**
 * bench/scale.ts's `scaleDemo`, once it exists.
 * TODO(bench-scale): import `scaleDemo` from '../scale.js' and return it here.
 */
function scaler(): ScaleDemo | undefined {
  return undefined;
}

/** The demo tenant's own users (what the seeded database holds). */
export function demoPopulation(): Population {
  const demo = buildDemoTenant();
  const trainers = demo.trainers.map((trainer): BenchTrainer => {
    const classTypes = demo.classTypes.filter((c) => c.trainerId === trainer.id);
    const contract = demo.contracts.find((c) => c.trainerId === trainer.id);
    return {
      email: trainer.email,
      password: DEMO_PASSWORD,
      trainerId: trainer.id,
      timeZone: trainer.timeZone,
      classTypeId: (classTypes.find((c) => c.category === 'individual') ?? classTypes[0]).id,
      studioId: contract!.studioId,
    };
  });
  const studioAdmins = demo.users
    .filter((user) => user.roles.some((role) => role.role === 'studio_admin'))
    .map((user) => ({ email: user.email, password: DEMO_PASSWORD, studioId: user.roles.find((role) => role.role === 'studio_admin')!.scopeId! }));
  return { trainers, studioAdmins, description: 'demo tenant' };
}

/**
 * The population of a run: the demo tenant's, or bench/scale.ts's when `--scale` or `--trainers`
 * asked for more.
 * @throws Error when scaling is asked for and bench/scale.ts is not wired in yet.
 */
export async function preparePopulation(adminUrl: string, request: ScaleRequest): Promise<Population> {
  if (request.appointments === undefined && request.trainers === undefined) return demoPopulation();
  const scale = scaler();
  if (!scale) throw new Error('--scale and --trainers need scaleDemo from bench/scale.ts, which is not wired into bench/harness/population.ts yet.');
  return scale(adminUrl, request);
}
