import { Decimal } from 'decimal.js';
import { DateTime } from 'luxon';
import { v5 as uuidv5 } from 'uuid';

/**
 * The demo tenant: one deterministic, realistic data set that `npm run seed`, `npm start` on an empty
 * database, and the tests all load. It is pure data; each subgraph writes its own slice of it.
 *
 * Times are UTC `Date`s computed from the studio's IANA zone; money is decimal.js, in CAD dollars.
 */

const NAMESPACE = '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11';
/** Stable id of a demo row, e.g. `demoId('trainer', 'maya')`. */
export const demoId = (...parts: string[]) => uuidv5(parts.join(':'), NAMESPACE);

/** Every demo login uses this password (documented in README.md). */
export const DEMO_PASSWORD = 'FitFlow-demo-2026!';

export type Province = 'ON' | 'BC';
export type ClassCategory = 'group' | 'individual' | 'trial';

export interface DemoUser {
  id: string;
  email: string;
  roles: { role: 'super_admin' | 'trainer_admin' | 'trainer' | 'studio_admin' | 'client'; scopeId: string | null }[];
}
export interface DemoTrainer {
  id: string;
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  parentTrainerId: string | null;
  businessName: string;
  gstNumber: string | null;
  licenseNumber: string;
  specializations: string[];
  bio: string;
  hourlyRate: Decimal;
  commissionRate: Decimal | null;
  /** Home time zone (IANA id). */
  timeZone: string;
}
export interface DemoStudio {
  id: string;
  key: string;
  name: string;
  parentStudioId: string | null;
  province: Province;
  timeZone: string;
  address: { street: string; city: string; province: Province; postalCode: string; country: 'CA' };
  phone: string;
  email: string;
  businessNumber: string;
  isHeadquarters: boolean;
  netDays: number;
}
export interface DemoContract {
  id: string;
  trainerId: string;
  studioId: string;
  role: 'contractor' | 'employee';
  commissionRate: Decimal;
  classRates: Record<ClassCategory, Decimal>;
  startDate: string;
}
export interface DemoClassType {
  id: string;
  trainerId: string;
  name: string;
  category: ClassCategory;
  durationMinutes: number;
  maxParticipants: number;
  defaultRate: Decimal;
  color: string;
  description: string;
}
export interface DemoClient {
  id: string;
  trainerId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
  emergencyContact: { name: string; phone: string; relationship: string };
  medicalInfo: { conditions: string[]; medications: string[]; allergies: string[] };
  goals: string;
  source: 'referral' | 'walk-in' | 'online';
}
export interface DemoAppointment {
  id: string;
  trainerId: string;
  studioId: string;
  classTypeId: string;
  category: ClassCategory;
  startTime: Date;
  endTime: Date;
  status: 'scheduled' | 'completed' | 'cancelled' | 'no-show';
  rate: Decimal;
  cancellationReason: string | null;
  participants: { id: string; clientId: string; attended: boolean | null; paymentStatus: 'pending' | 'paid' }[];
}
export interface DemoSessionNote {
  id: string;
  appointmentId: string;
  trainerId: string;
  clientId: string;
  sessionDate: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  exercises: { name: string; sets: number; reps: number; weightKg: number | null }[];
  measurements: { weightKg: number; bodyFatPercent: number };
  privateNotes: string;
}
export interface DemoInvoiceItem {
  id: string;
  appointmentId: string;
  description: string;
  quantity: Decimal;
  unitPrice: Decimal;
  amount: Decimal;
  taxRate: Decimal;
}
export interface DemoInvoice {
  id: string;
  invoiceNumber: string;
  trainerId: string;
  studioId: string;
  invoiceDate: string;
  dueDate: string;
  periodStart: string;
  periodEnd: string;
  subtotal: Decimal;
  taxDetails: { province: Province; lines: { tax: 'GST' | 'HST' | 'PST' | 'QST'; rate: string; amount: string }[] };
  total: Decimal;
  items: DemoInvoiceItem[];
}
/** A client shared by their trainer with another trainer (seed 004 `client_permissions`). */
export interface DemoClientPermission {
  id: string;
  clientId: string;
  trainerId: string;
  permissionLevel: 'read' | 'write' | 'admin';
  grantedBy: string;
}
export interface DemoTenant {
  generatedAt: Date;
  users: DemoUser[];
  trainers: DemoTrainer[];
  studios: DemoStudio[];
  contracts: DemoContract[];
  classTypes: DemoClassType[];
  clients: DemoClient[];
  appointments: DemoAppointment[];
  sessionNotes: DemoSessionNote[];
  invoices: DemoInvoice[];
  clientPermissions: DemoClientPermission[];
  /** Demo logins, as documented in README.md. */
  logins: Record<
    'superAdmin' | 'trainerAdmin' | 'teamTrainer' | 'teamTrainer2' | 'independentTrainer' | 'studioAdmin' | 'studioAdminBc' | 'client' | 'otherClient',
    string
  >;
}

/** Deterministic PRNG (mulberry32) so that the demo tenant is the same on every machine. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const d = (v: string) => new Decimal(v);

const TRAINERS: Omit<DemoTrainer, 'id' | 'parentTrainerId' | 'email'>[] = [
  { key: 'maya', firstName: 'Maya', lastName: 'Chen', businessName: 'Chen Wellness Collective', gstNumber: '812345678RT0001', licenseNumber: 'CSEP-CPT-20431', specializations: ['strength', 'post-rehab'], bio: 'Kinesiologist leading a small team of trainers across Toronto and Vancouver.', hourlyRate: d('95.00'), commissionRate: d('10.00'), timeZone: 'America/Toronto' },
  { key: 'liam', firstName: 'Liam', lastName: 'Patel', businessName: 'Liam Patel Training', gstNumber: '823456789RT0001', licenseNumber: 'CSEP-CPT-31877', specializations: ['mobility', 'running'], bio: 'Mobility and running coach.', hourlyRate: d('80.00'), commissionRate: null, timeZone: 'America/Toronto' },
  { key: 'sofia', firstName: 'Sofia', lastName: 'Rossi', businessName: 'Rossi Pilates', gstNumber: null, licenseNumber: 'PMA-CPT-5521', specializations: ['pilates', 'pre-natal'], bio: 'Pilates instructor, pre- and post-natal.', hourlyRate: d('75.00'), commissionRate: null, timeZone: 'America/Toronto' },
  { key: 'noah', firstName: 'Noah', lastName: 'Tremblay', businessName: 'Tremblay Performance', gstNumber: '834567890RT0001', licenseNumber: 'NSCA-CSCS-99812', specializations: ['athletic performance'], bio: 'Independent strength and conditioning coach.', hourlyRate: d('110.00'), commissionRate: null, timeZone: 'America/Vancouver' },
];

const STUDIOS: Omit<DemoStudio, 'id' | 'parentStudioId'>[] = [
  { key: 'harbourfront', name: 'Harbourfront Movement', province: 'ON', timeZone: 'America/Toronto', address: { street: '235 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2G8', country: 'CA' }, phone: '+1-416-555-0140', email: 'hello@harbourfront.example', businessNumber: '845612378RT0001', isHeadquarters: true, netDays: 30 },
  { key: 'midtown', name: 'Harbourfront Movement Midtown', province: 'ON', timeZone: 'America/Toronto', address: { street: '2300 Yonge St', city: 'Toronto', province: 'ON', postalCode: 'M4P 1E4', country: 'CA' }, phone: '+1-416-555-0177', email: 'midtown@harbourfront.example', businessNumber: '845612378RT0002', isHeadquarters: false, netDays: 30 },
  { key: 'kits', name: 'Kitsilano Flow Studio', province: 'BC', timeZone: 'America/Vancouver', address: { street: '2150 W 4th Ave', city: 'Vancouver', province: 'BC', postalCode: 'V6K 1N6', country: 'CA' }, phone: '+1-604-555-0123', email: 'team@kitsflow.example', businessNumber: '867432190RT0001', isHeadquarters: true, netDays: 15 },
];

/** Which trainer works where, at which per-class rates (CAD per session). */
const CONTRACTS: [string, string, 'contractor' | 'employee', string, [string, string, string]][] = [
  ['maya', 'harbourfront', 'contractor', '15.00', ['55.00', '105.00', '30.00']],
  ['maya', 'kits', 'contractor', '12.50', ['60.00', '110.00', '35.00']],
  ['liam', 'harbourfront', 'contractor', '15.00', ['50.00', '95.00', '25.00']],
  ['liam', 'midtown', 'employee', '0.00', ['45.00', '90.00', '25.00']],
  ['sofia', 'midtown', 'contractor', '10.00', ['48.00', '92.00', '28.00']],
  ['sofia', 'kits', 'contractor', '12.00', ['52.00', '98.00', '30.00']],
  ['noah', 'kits', 'contractor', '20.00', ['65.00', '125.00', '40.00']],
];

const FIRST = ['Emma', 'Olivia', 'Noah', 'Lucas', 'Ava', 'Amelia', 'Jack', 'Leo', 'Charlotte', 'Mia', 'Ethan', 'Zoe', 'Owen', 'Chloe', 'Benjamin', 'Isla', 'Aarav', 'Priya', 'Mateo', 'Hana', 'Gabriel', 'Léa', 'Samuel', 'Nora'];
const LAST = ['Wilson', 'Martin', 'Roy', 'Gagnon', 'Lee', 'Wong', 'Singh', 'Brown', 'Campbell', 'Nguyen', 'Kim', 'Bouchard', 'Clarke', 'Fraser', 'MacDonald', 'Lam', 'Sharma', 'Côté', 'Morin', 'Okafor'];
const CONDITIONS = [[], [], ['lower back pain'], ['asthma'], ['hypertension (controlled)'], ['previous ACL reconstruction'], ['type 2 diabetes'], ['post-partum (6 months)']];
const MEDICATIONS = [[], [], ['salbutamol inhaler'], ['lisinopril 10 mg'], ['metformin 500 mg']];
const GOALS = ['Run a half marathon without knee pain', 'Build strength after back injury', 'Lose 8 kg before the wedding', 'Improve mobility for desk work', 'Return to hockey next season', 'Regain core strength after pregnancy'];
const EXERCISES = ['Goblet squat', 'Romanian deadlift', 'Dead bug', 'Split squat', 'Push-up', 'Pallof press', 'Bird dog', 'Kettlebell swing', 'Face pull'];

/**
 * Builds the demo tenant around `now`: eight weeks of appointments (four before the week of `now`,
 * four from it on), notes on past sessions, and draft studio invoices for the previous calendar month.
 */
export function buildDemoTenant(now: Date = new Date()): DemoTenant {
  const rand = random(2026);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];

  const trainers: DemoTrainer[] = TRAINERS.map((t) => ({
    ...t,
    id: demoId('trainer', t.key),
    email: `${t.key}@fitflow.demo`,
    parentTrainerId: t.key === 'liam' || t.key === 'sofia' ? demoId('trainer', 'maya') : null,
  }));
  const trainerByKey = new Map(trainers.map((t) => [t.key, t]));

  const studios: DemoStudio[] = STUDIOS.map((s) => ({
    ...s,
    id: demoId('studio', s.key),
    parentStudioId: s.key === 'midtown' ? demoId('studio', 'harbourfront') : null,
  }));
  const studioByKey = new Map(studios.map((s) => [s.key, s]));

  const contracts: DemoContract[] = CONTRACTS.map(([t, s, role, commission, [group, individual, trial]]) => ({
    id: demoId('contract', t, s),
    trainerId: demoId('trainer', t),
    studioId: demoId('studio', s),
    role,
    commissionRate: d(commission),
    classRates: { group: d(group), individual: d(individual), trial: d(trial) },
    startDate: '2025-09-01',
  }));

  const classTypes: DemoClassType[] = trainers.flatMap((t) => [
    { id: demoId('class-type', t.key, 'group'), trainerId: t.id, name: t.key === 'sofia' ? 'Mat Pilates' : 'Small-group strength', category: 'group' as const, durationMinutes: 60, maxParticipants: 8, defaultRate: d('25.00'), color: '#2E86AB', description: 'Up to eight people, coached together.' },
    { id: demoId('class-type', t.key, 'individual'), trainerId: t.id, name: 'Personal training', category: 'individual' as const, durationMinutes: 60, maxParticipants: 1, defaultRate: t.hourlyRate, color: '#F18F01', description: 'One-to-one session.' },
    { id: demoId('class-type', t.key, 'trial'), trainerId: t.id, name: 'Intro session', category: 'trial' as const, durationMinutes: 30, maxParticipants: 1, defaultRate: d('0.00'), color: '#6BAA75', description: 'A first, free half hour with a new client.' },
  ]);

  const clientCounts: Record<string, number> = { maya: 12, liam: 10, sofia: 10, noah: 8 };
  const clients: DemoClient[] = [];
  for (const t of trainers) {
    for (let i = 0; i < clientCounts[t.key]; i++) {
      const n = clients.length;
      const firstName = n === 0 ? 'Emma' : FIRST[(n * 7) % FIRST.length];
      const lastName = n === 0 ? 'Wilson' : LAST[(n * 11) % LAST.length];
      clients.push({
        id: demoId('client', t.key, String(i)),
        trainerId: t.id,
        firstName,
        lastName,
        email: n === 0 ? 'emma.wilson@example.com' : `${firstName}.${lastName}.${n}@example.com`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
        phone: `+1-${t.key === 'noah' || (t.key === 'sofia' && i % 2) ? '604' : '416'}-555-${String(1000 + n * 37).slice(-4)}`,
        dateOfBirth: `${1960 + Math.floor(rand() * 42)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
        emergencyContact: { name: `${pick(FIRST)} ${lastName}`, phone: `+1-416-555-${String(2000 + n).slice(-4)}`, relationship: pick(['spouse', 'parent', 'sibling', 'friend']) },
        medicalInfo: { conditions: pick(CONDITIONS), medications: pick(MEDICATIONS), allergies: rand() < 0.2 ? ['penicillin'] : [] },
        goals: pick(GOALS),
        source: pick(['referral', 'walk-in', 'online'] as const),
      });
    }
  }
  const clientsOf = (trainerId: string) => clients.filter((c) => c.trainerId === trainerId);

  // Sessions from the week that holds the first day of last month (so last month can be invoiced in
  // full: 5 to 9 past weeks) through four upcoming weeks (week 0 is the week of `now`).
  const appointments: DemoAppointment[] = [];
  const sessionNotes: DemoSessionNote[] = [];
  const weekStartUtc = DateTime.fromJSDate(now, { zone: 'America/Toronto' }).startOf('week');
  const lastMonthStart = DateTime.fromJSDate(now, { zone: 'America/Toronto' }).startOf('month').minus({ months: 1 });
  const firstWeek = -Math.ceil(weekStartUtc.diff(lastMonthStart.startOf('week'), 'weeks').weeks);
  const slots: { weekday: number; hour: number; category: ClassCategory }[] = [
    { weekday: 1, hour: 7, category: 'individual' },
    { weekday: 2, hour: 18, category: 'group' },
    { weekday: 4, hour: 12, category: 'individual' },
    { weekday: 6, hour: 10, category: 'trial' },
  ];
  for (const contract of contracts) {
    const trainer = trainers.find((t) => t.id === contract.trainerId)!;
    const studio = studios.find((s) => s.id === contract.studioId)!;
    const roster = clientsOf(trainer.id);
    for (let week = firstWeek; week < 4; week++) {
      for (const [slotIndex, slot] of slots.entries()) {
        if (slot.category === 'trial' && week % 2 !== 0) continue;
        const local = weekStartUtc
          .setZone(studio.timeZone, { keepLocalTime: true })
          .plus({ weeks: week, days: slot.weekday - 1 })
          .set({ hour: slot.hour + (studio.key === 'midtown' ? 1 : 0), minute: 0, second: 0, millisecond: 0 });
        const classType = classTypes.find((c) => c.trainerId === trainer.id && c.category === slot.category)!;
        const start = local.toUTC();
        const end = start.plus({ minutes: classType.durationMinutes });
        const past = end.toJSDate() < now;
        const id = demoId('appointment', contract.id, String(week), String(slotIndex));
        const cancelled = past && rand() < 0.06;
        const size = slot.category === 'group' ? 3 + Math.floor(rand() * 4) : 1;
        const offset = Math.floor(rand() * roster.length);
        const chosen = Array.from({ length: size }, (_, k) => roster[(offset + k) % roster.length]);
        const noShow = past && !cancelled && slot.category !== 'group' && rand() < 0.05;
        const appointment: DemoAppointment = {
          id,
          trainerId: trainer.id,
          studioId: studio.id,
          classTypeId: classType.id,
          category: slot.category,
          startTime: start.toJSDate(),
          endTime: end.toJSDate(),
          status: cancelled ? 'cancelled' : noShow ? 'no-show' : past ? 'completed' : 'scheduled',
          rate: contract.classRates[slot.category],
          cancellationReason: cancelled ? 'Client illness' : null,
          participants: chosen.map((client) => ({
            id: demoId('participant', id, client.id),
            clientId: client.id,
            attended: past && !cancelled ? !noShow : null,
            paymentStatus: past && !cancelled ? 'paid' : 'pending',
          })),
        };
        appointments.push(appointment);
        if (appointment.status === 'completed') {
          for (const client of chosen) {
            const weight = 60 + ((client.id.charCodeAt(0) + client.id.charCodeAt(1)) % 35);
            sessionNotes.push({
              id: demoId('note', id, client.id),
              appointmentId: id,
              trainerId: trainer.id,
              clientId: client.id,
              sessionDate: local.toISODate()!,
              subjective: pick(['Feeling rested; mild soreness in hamstrings from last session.', 'Reports lower back felt tight after long drive.', 'Slept poorly, energy 5/10.', 'No pain this week; ran 10 km on Sunday.']),
              objective: pick(['Squat depth improved, knees tracking well.', 'Reduced hip hinge range on left side.', 'Completed all sets at prescribed load, RPE 7.', 'Balance on single leg 30 s each side.']),
              assessment: pick(['Progressing as planned.', 'Load tolerance improving; keep volume steady.', 'Mobility still limiting; prioritise hip work.', 'Ready to progress to loaded carries.']),
              plan: pick(['Increase squat load 2.5 kg next session.', 'Add daily 10-minute mobility routine.', 'Repeat program; re-test in two weeks.', 'Introduce tempo work on split squats.']),
              exercises: [0, 1, 2].map((k) => ({ name: EXERCISES[(k + Math.floor(rand() * EXERCISES.length)) % EXERCISES.length], sets: 3, reps: 8 + k * 2, weightKg: k === 2 ? null : 10 + Math.floor(rand() * 30) })),
              measurements: { weightKg: weight, bodyFatPercent: 18 + Math.floor(rand() * 12) },
              privateNotes: pick(['Mentioned stress at work; check in next time.', 'Consider referral to physiotherapist if pain persists.', 'Prefers morning sessions.']),
            });
          }
        }
      }
    }
  }

  // Draft studio invoices for the previous calendar month, one per contract with billable sessions.
  const invoices: DemoInvoice[] = [];
  const monthStart = DateTime.fromJSDate(now, { zone: 'America/Toronto' }).startOf('month').minus({ months: 1 });
  const monthEnd = monthStart.endOf('month');
  for (const contract of contracts) {
    const trainer = trainers.find((t) => t.id === contract.trainerId)!;
    const studio = studios.find((s) => s.id === contract.studioId)!;
    const billable = appointments.filter(
      (a) =>
        a.trainerId === contract.trainerId &&
        a.studioId === contract.studioId &&
        a.status === 'completed' &&
        a.startTime >= monthStart.toJSDate() &&
        a.startTime <= monthEnd.toJSDate(),
    );
    if (!billable.length) continue;
    // HST 13% in Ontario; GST 5% in British Columbia (BC PST does not apply to personal training services).
    const [tax, rate] = studio.province === 'ON' ? (['HST', d('0.13')] as const) : (['GST', d('0.05')] as const);
    const taxRate = trainer.gstNumber ? rate : d('0');
    const invoiceId = demoId('invoice', contract.id, monthStart.toISODate()!);
    const items: DemoInvoiceItem[] = billable.map((a) => {
      const classType = classTypes.find((c) => c.id === a.classTypeId)!;
      return {
        id: demoId('invoice-item', invoiceId, a.id),
        appointmentId: a.id,
        description: `${classType.name} — ${DateTime.fromJSDate(a.startTime, { zone: studio.timeZone }).toFormat('ccc d LLL yyyy HH:mm')}`,
        quantity: d('1'),
        unitPrice: a.rate,
        amount: a.rate,
        taxRate,
      };
    });
    const subtotal = items.reduce((sum, i) => sum.plus(i.amount), d('0'));
    const taxAmount = subtotal.times(taxRate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    invoices.push({
      id: invoiceId,
      invoiceNumber: `${trainer.key.toUpperCase()}-${monthStart.toFormat('yyyyMM')}-${studio.key.toUpperCase()}`,
      trainerId: trainer.id,
      studioId: studio.id,
      invoiceDate: monthEnd.plus({ days: 1 }).toISODate()!,
      dueDate: monthEnd.plus({ days: 1 + studio.netDays }).toISODate()!,
      periodStart: monthStart.toISODate()!,
      periodEnd: monthEnd.toISODate()!,
      subtotal,
      taxDetails: {
        province: studio.province,
        lines: trainer.gstNumber ? [{ tax, rate: rate.toFixed(), amount: taxAmount.toFixed(2) }] : [],
      },
      total: subtotal.plus(taxAmount),
      items,
    });
  }

  const superAdminId = demoId('user', 'super-admin');
  const studioAdminId = demoId('user', 'studio-admin', 'harbourfront');
  const studioAdminBcId = demoId('user', 'studio-admin', 'kits');
  const clientUserId = demoId('user', 'client', clients[0].id);
  const otherClient = clients.find((c) => c.trainerId === trainerByKey.get('noah')!.id)!;
  const otherClientUserId = demoId('user', 'client', otherClient.id);
  const users: DemoUser[] = [
    { id: superAdminId, email: 'admin@fitflow.demo', roles: [{ role: 'super_admin', scopeId: null }] },
    ...trainers.map((t) => ({
      id: t.id,
      email: t.email,
      roles: [
        { role: 'trainer' as const, scopeId: t.id },
        ...(t.key === 'maya' ? [{ role: 'trainer_admin' as const, scopeId: t.id }] : []),
      ],
    })),
    { id: studioAdminId, email: 'studio@harbourfront.demo', roles: [{ role: 'studio_admin', scopeId: studioByKey.get('harbourfront')!.id }] },
    { id: studioAdminBcId, email: 'studio@kitsflow.demo', roles: [{ role: 'studio_admin', scopeId: studioByKey.get('kits')!.id }] },
    { id: clientUserId, email: clients[0].email, roles: [{ role: 'client', scopeId: clients[0].id }] },
    { id: otherClientUserId, email: otherClient.email, roles: [{ role: 'client', scopeId: otherClient.id }] },
  ];

  // Maya shares Emma read-only with Sofia (who covers her Pilates sessions at Kitsilano).
  const sharedClient = clients[0];
  const clientPermissions: DemoClientPermission[] = [
    {
      id: demoId('client-permission', sharedClient.id, 'sofia'),
      clientId: sharedClient.id,
      trainerId: trainerByKey.get('sofia')!.id,
      permissionLevel: 'read',
      grantedBy: trainerByKey.get('maya')!.id,
    },
  ];

  return {
    generatedAt: now,
    users,
    trainers,
    studios,
    contracts,
    classTypes,
    clients,
    appointments,
    sessionNotes,
    invoices,
    clientPermissions,
    logins: {
      superAdmin: 'admin@fitflow.demo',
      trainerAdmin: trainerByKey.get('maya')!.email,
      teamTrainer: trainerByKey.get('liam')!.email,
      teamTrainer2: trainerByKey.get('sofia')!.email,
      independentTrainer: trainerByKey.get('noah')!.email,
      studioAdmin: 'studio@harbourfront.demo',
      studioAdminBc: 'studio@kitsflow.demo',
      client: clients[0].email,
      otherClient: otherClient.email,
    },
  };
}
