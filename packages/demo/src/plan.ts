import { Decimal } from 'decimal.js';
import { DateTime } from 'luxon';
import { v5 as uuidv5 } from 'uuid';

/**
 * The demo tenant: one deterministic, realistic data set that `npm run seed`, `npm start` on an empty
 * database, and the tests all load. It is pure data; each subgraph writes its own slice of it.
 *
 * Times are UTC `Date`s computed from the studio's IANA zone; calendar days (session and invoice
 * dates) are days in the studio's zone; money is decimal.js, in CAD dollars (docs/money.md).
 */

const NAMESPACE = '6f1c3c2e-0b7e-4f55-9a8e-6c2f1d0e9b11';
/** Stable id of a demo row, e.g. `demoId('trainer', 'maya')`. */
export const demoId = (...parts: string[]) => uuidv5(parts.join(':'), NAMESPACE);

/** Every demo login uses this password (documented in README.md). */
export const DEMO_PASSWORD = 'FitFlow-demo-2026!';

export type Province = 'ON' | 'BC';
/** The demo's two cities: each client lives in one and trains only there. */
export type City = 'Toronto' | 'Vancouver';
export type ClassCategory = 'group' | 'individual' | 'trial';

export interface DemoUser {
  id: string;
  email: string;
  roles: { role: 'super_admin' | 'trainer_admin' | 'trainer' | 'studio_admin' | 'client'; scopeId: string | null }[];
}
/** A Canadian street address; `postalCode` is Canada Post's `A1A 1A1`. */
export interface DemoAddress {
  street: string;
  /** Suite, unit or floor, when there is one. */
  line2?: string;
  city: string;
  province: Province;
  postalCode: string;
  country: 'CA';
}
export interface DemoTrainer {
  id: string;
  key: string;
  firstName: string;
  lastName: string;
  email: string;
  parentTrainerId: string | null;
  businessName: string;
  /** The business address printed on the trainer's invoices. */
  address: DemoAddress;
  /** GST/HST registration, `123456789 RT0001` (a valid business-number check digit); null: an unregistered small supplier. */
  gstNumber: string | null;
  /** QST registration, `1234567890 TQ0001`; null: not registered in Québec (no demo trainer works there). */
  qstNumber: string | null;
  /** PST/RST registrations by province (`{ BC: 'PST-1234-5678' }`). */
  pstNumbers: Partial<Record<'BC' | 'SK' | 'MB', string>>;
  /** First part of the trainer's invoice numbers (`MC-2026-0007`): their initials. */
  invoicePrefix: string;
  licenseNumber: string;
  specializations: string[];
  bio: string;
  hourlyRate: Decimal;
  commissionRate: Decimal | null;
  /** Home time zone (IANA id). */
  timeZone: string;
  /** Minutes the trainer keeps free between sessions at different places (scheduling's travel buffer). */
  travelBufferMinutes: number;
}
export interface DemoStudio {
  id: string;
  key: string;
  name: string;
  parentStudioId: string | null;
  province: Province;
  timeZone: string;
  address: DemoAddress;
  phone: string;
  email: string;
  businessNumber: string;
  isHeadquarters: boolean;
  /** Payment terms: an invoice is due this many days after its date. */
  netDays: number;
}
/** The terms of a contract from a day on (the studio's local date) until the next period's first day. */
export interface DemoRatePeriod {
  effectiveFrom: string;
  /** CAD per session by class category. */
  classRates: Record<ClassCategory, Decimal>;
  /** CAD `rate` per attendee above `threshold` attendees, or none. */
  attendeeBonus: { threshold: number; rate: Decimal } | null;
  billNoShows: boolean;
  billLateCancellations: boolean;
}
export interface DemoContract {
  id: string;
  trainerId: string;
  studioId: string;
  role: 'contractor' | 'employee';
  commissionRate: Decimal;
  /** The class rates in force now (the last period's). */
  classRates: Record<ClassCategory, Decimal>;
  /** Rate history, oldest first: the first terms from `startDate`, then each change. */
  ratePeriods: DemoRatePeriod[];
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
  /** A client's cancellation this close to the start (minutes) is late. */
  cancellationWindowMinutes: number;
}
export interface DemoClient {
  id: string;
  trainerId: string;
  /** Where the client lives and trains (their phone numbers carry its area code). */
  city: City;
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
  /** The weekly series this session is an occurrence of (null for a one-off) and its original start (RECURRENCE-ID). */
  seriesId: string | null;
  recurrenceId: Date | null;
  /**
   * Bookings in booking order: confirmed ones (the head count), then the waitlist in order
   * (`waitlistPosition` 1 = next in; null for confirmed bookings).
   */
  participants: {
    id: string;
    clientId: string;
    status: 'confirmed' | 'waitlisted';
    waitlistPosition: number | null;
    attended: boolean | null;
    paymentStatus: 'pending' | 'paid';
  }[];
}
/**
 * A weekly class run as a recurring series: an RFC 5545 RRULE expanded in the studio's zone from
 * `firstStart` (local wall-clock time there), its occurrences materialised up to `materialisedUntil`.
 */
export interface DemoSeries {
  id: string;
  trainerId: string;
  studioId: string;
  classTypeId: string;
  rrule: string;
  timeZone: string;
  /** DTSTART, local wall-clock time in `timeZone`: `YYYY-MM-DDTHH:mm`. */
  firstStart: string;
  durationMinutes: number;
  rate: Decimal;
  materialisedUntil: Date;
}
/** A trainer's weekly hours at a studio, in the studio's local time (ISO weekday 1 = Monday). */
export interface DemoAvailability {
  id: string;
  trainerId: string;
  studioId: string;
  weekday: number;
  /** `HH:mm`, the studio's local time. */
  startTime: string;
  endTime: string;
  /** Calendar day `YYYY-MM-DD`. */
  effectiveFrom: string;
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
  /** When the trainer signed the note (UTC): three hours after the session, except each client's newest note, still open. */
  signedAt: Date | null;
}
/** One session on a demo studio invoice, as month-end generation bills it (docs/invoices.md). */
export interface DemoInvoiceItem {
  id: string;
  appointmentId: string;
  /** "Small-group strength — Tue 3 Nov 2026 18:00 · 4 attendees" (time in the session's studio's zone). */
  description: string;
  quantity: Decimal;
  /** The rate of the session's day for its category, plus the attendee bonus. */
  unitPrice: Decimal;
  amount: Decimal;
  kind: 'service';
  category: ClassCategory;
  /** The session's day in its studio's zone. */
  serviceDate: string;
  /** Where the session took place (a headquarters' consolidated invoice groups its lines by it). */
  locationStudioId: string;
  attendees: number;
  billingBasis: 'completed' | 'no-show' | 'late-cancellation';
}
/** Money a studio paid against a demo invoice. */
export interface DemoPayment {
  id: string;
  amount: Decimal;
  /** The studio's calendar day it was paid. */
  paymentDate: string;
  paymentMethod: 'e-transfer' | 'cheque';
  referenceNumber: string;
}
/** Where a demo invoice is in its life, as stored (the API derives OVERDUE: {@link demoInvoiceStatus}). */
export type DemoInvoiceStatus = 'draft' | 'issued' | 'sent' | 'partially_paid' | 'paid';
/** A sales tax on a demo invoice, as finance stores it (`tax_details.lines`). */
export interface DemoTaxLine {
  tax: 'GST' | 'HST' | 'PST' | 'QST' | 'RST';
  /** 'CA' for the GST, else the province. */
  jurisdiction: string;
  /** A fraction, e.g. "0.13". */
  rate: string;
  /** CAD the tax is computed on, two decimals. */
  base: string;
  /** CAD, two decimals. */
  amount: string;
}
export interface DemoInvoice {
  id: string;
  /** The trainer's gap-free number (`MC-2026-0001`); null while a draft. */
  invoiceNumber: string | null;
  /** The zone of the studio billed: every date of the invoice is a calendar day there. */
  timeZone: string;
  trainerId: string;
  /** The studio billed: the headquarters of a chain that bills consolidated, for all its studios' sessions. */
  studioId: string;
  status: DemoInvoiceStatus;
  /** When it was issued (UTC); null for a draft. */
  issuedAt: Date | null;
  /** When it was sent (UTC); null for a draft. */
  sentAt: Date | null;
  /** When the studio approved it (UTC), if it has. */
  approvedAt: Date | null;
  /** When it was paid in full (UTC). */
  paidAt: Date | null;
  /** Calendar days (`YYYY-MM-DD`) in the studio's zone. */
  invoiceDate: string;
  dueDate: string;
  periodStart: string;
  periodEnd: string;
  subtotal: Decimal;
  /** As finance stores it: the place of supply, the tax point (the invoice date), each tax and the notices. */
  taxDetails: { province: Province; placeOfSupply: Province; taxPoint: string; lines: DemoTaxLine[]; notices: string[] };
  total: Decimal;
  items: DemoInvoiceItem[];
  payments: DemoPayment[];
}
/** A trainer's invoice numbers taken in a year (`finance.invoice_sequences`): the next issue continues from `lastNumber`. */
export interface DemoInvoiceSequence {
  trainerId: string;
  year: number;
  lastNumber: number;
}
/** A client shared by their trainer with another trainer (docs/domain.md, Data model: `client_permissions`). */
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
  series: DemoSeries[];
  availability: DemoAvailability[];
  sessionNotes: DemoSessionNote[];
  invoices: DemoInvoice[];
  invoiceSequences: DemoInvoiceSequence[];
  clientPermissions: DemoClientPermission[];
  /** Demo logins, as documented in README.md. */
  logins: Record<
    'superAdmin' | 'trainerAdmin' | 'teamTrainer' | 'teamTrainer2' | 'independentTrainer' | 'studioAdmin' | 'studioAdminBc' | 'client' | 'otherClient',
    string
  >;
}

/**
 * The terms of a demo contract on `day` (`YYYY-MM-DD`, the studio's zone): the last rate period begun
 * by then (the first one before the contract starts).
 */
export function termsOn(contract: DemoContract, day: string): DemoRatePeriod {
  return contract.ratePeriods.filter((p) => p.effectiveFrom <= day).at(-1) ?? contract.ratePeriods[0];
}

/** CAD a demo invoice has received: the sum of its payments. */
export const demoAmountPaid = (invoice: Pick<DemoInvoice, 'payments'>): Decimal => invoice.payments.reduce((sum, p) => sum.plus(p.amount), new Decimal(0));

/**
 * The status the API shows for a demo invoice at instant `at`: the stored one, or OVERDUE for an
 * issued, sent or partially paid invoice with a balance due whose due date is before that day in the
 * invoice's zone (docs/invoices.md, Overdue).
 */
export function demoInvoiceStatus(invoice: DemoInvoice, at: Date): 'DRAFT' | 'ISSUED' | 'SENT' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE' {
  const open = invoice.status === 'issued' || invoice.status === 'sent' || invoice.status === 'partially_paid';
  const today = DateTime.fromJSDate(at, { zone: invoice.timeZone }).toISODate()!;
  if (open && invoice.dueDate < today && invoice.total.gt(demoAmountPaid(invoice))) return 'OVERDUE';
  return invoice.status.toUpperCase() as 'DRAFT' | 'ISSUED' | 'SENT' | 'PARTIALLY_PAID' | 'PAID';
}

/** How many are confirmed on a demo session (waitlisted bookings do not count): the API's `headCount`. */
export const headCountOf = (appointment: DemoAppointment): number => appointment.participants.filter((p) => p.status === 'confirmed').length;

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
/** Rounded to one decimal, as scales and calipers read. */
const round1 = (value: number) => Math.round(value * 10) / 10;
/**
 * The load a client lifts on a loaded exercise: a start within the equipment's range that depends on
 * how strong they are, one step heavier every four weeks, never past the range's top.
 */
const loadFor = (load: { min: number; max: number; step: number }, strength: number, weeksIn: number) =>
  Math.min(load.max, load.min + load.step * (Math.floor((strength * 0.6 * (load.max - load.min)) / load.step) + Math.floor(weeksIn / 4)));

const TRAINERS: Omit<DemoTrainer, 'id' | 'parentTrainerId' | 'email'>[] = [
  {
    key: 'maya',
    firstName: 'Maya',
    lastName: 'Chen',
    businessName: 'Chen Wellness Collective',
    address: { street: '401 Richmond St W', line2: 'Suite 212', city: 'Toronto', province: 'ON', postalCode: 'M5V 3A8', country: 'CA' },
    gstNumber: '812345676 RT0001',
    qstNumber: null,
    pstNumbers: {},
    invoicePrefix: 'MC',
    licenseNumber: 'CSEP-CPT-20431',
    specializations: ['strength', 'post-rehab'],
    bio: 'Kinesiologist leading a small team of trainers in Toronto; teaches in Vancouver one week a month.',
    hourlyRate: d('95.00'),
    commissionRate: d('10.00'),
    timeZone: 'America/Toronto',
    travelBufferMinutes: 45,
  },
  {
    key: 'liam',
    firstName: 'Liam',
    lastName: 'Patel',
    businessName: 'Liam Patel Training',
    address: { street: '88 Broadview Ave', city: 'Toronto', province: 'ON', postalCode: 'M4M 2E6', country: 'CA' },
    gstNumber: '823456785 RT0001',
    qstNumber: null,
    pstNumbers: {},
    invoicePrefix: 'LP',
    licenseNumber: 'CSEP-CPT-31877',
    specializations: ['mobility', 'running'],
    bio: 'Mobility and running coach.',
    hourlyRate: d('80.00'),
    commissionRate: null,
    timeZone: 'America/Toronto',
    travelBufferMinutes: 45,
  },
  {
    key: 'sofia',
    firstName: 'Sofia',
    lastName: 'Rossi',
    businessName: 'Rossi Pilates',
    address: { street: '1020 Bloor St W', city: 'Toronto', province: 'ON', postalCode: 'M6H 1M2', country: 'CA' },
    // Under CRA's $30,000 small-supplier threshold and not registered: her invoices charge no GST/HST.
    gstNumber: null,
    qstNumber: null,
    pstNumbers: {},
    invoicePrefix: 'SR',
    licenseNumber: 'PMA-CPT-5521',
    specializations: ['pilates', 'pre-natal'],
    bio: 'Pilates instructor, pre- and post-natal; in Vancouver one week a month.',
    hourlyRate: d('75.00'),
    commissionRate: null,
    timeZone: 'America/Toronto',
    travelBufferMinutes: 30,
  },
  {
    key: 'noah',
    firstName: 'Noah',
    lastName: 'Tremblay',
    businessName: 'Tremblay Performance',
    address: { street: '1575 W Georgia St', city: 'Vancouver', province: 'BC', postalCode: 'V6G 2V3', country: 'CA' },
    gstNumber: '834567893 RT0001',
    qstNumber: null,
    // He sells resistance bands and kettlebells to his clients: goods BC's PST applies to.
    pstNumbers: { BC: 'PST-4821-7730' },
    invoicePrefix: 'NT',
    licenseNumber: 'NSCA-CSCS-99812',
    specializations: ['athletic performance'],
    bio: 'Independent strength and conditioning coach.',
    hourlyRate: d('110.00'),
    commissionRate: null,
    timeZone: 'America/Vancouver',
    travelBufferMinutes: 0,
  },
];

const STUDIOS: Omit<DemoStudio, 'id' | 'parentStudioId'>[] = [
  {
    key: 'harbourfront',
    name: 'Harbourfront Movement',
    province: 'ON',
    timeZone: 'America/Toronto',
    address: { street: '235 Queens Quay W', city: 'Toronto', province: 'ON', postalCode: 'M5J 2G8', country: 'CA' },
    phone: '+1-416-555-0140',
    email: 'hello@harbourfront.example',
    businessNumber: '845612373 RT0001',
    isHeadquarters: true,
    netDays: 30,
  },
  {
    key: 'midtown',
    name: 'Harbourfront Movement Midtown',
    province: 'ON',
    timeZone: 'America/Toronto',
    address: { street: '2300 Yonge St', line2: 'Suite 300', city: 'Toronto', province: 'ON', postalCode: 'M4P 1E4', country: 'CA' },
    phone: '+1-416-555-0177',
    email: 'midtown@harbourfront.example',
    businessNumber: '845612373 RT0002',
    isHeadquarters: false,
    netDays: 30,
  },
  {
    key: 'kits',
    name: 'Kitsilano Flow Studio',
    province: 'BC',
    timeZone: 'America/Vancouver',
    address: { street: '2150 W 4th Ave', city: 'Vancouver', province: 'BC', postalCode: 'V6K 1N6', country: 'CA' },
    phone: '+1-604-555-0123',
    email: 'team@kitsflow.example',
    businessNumber: '867432197 RT0001',
    isHeadquarters: true,
    netDays: 15,
  },
];

/** Telephone area codes of each demo city (an overlay pair each). */
export const AREA_CODES: Record<City, readonly string[]> = { Toronto: ['416', '647'], Vancouver: ['604', '778'] };

/**
 * Least time between the end of one session and the start of the next when they are at different
 * places, in minutes: across town (Harbourfront ↔ Midtown, about 40 minutes on the subway) or across
 * the country (Toronto ↔ Vancouver: a five-hour flight, three time zones, a day at least).
 */
export function travelMinutes(from: DemoStudio, to: DemoStudio): number {
  if (from.id === to.id) return 0;
  return from.address.city === to.address.city ? 45 : 24 * 60;
}

/**
 * Which weeks a contract is taught: every week, or — for a Toronto trainer who also teaches in
 * Vancouver — only the week of the month's first (or third) Monday, flying out the Sunday before and
 * back the Saturday after; that week they teach nowhere at home.
 */
type WeekRule = 'every' | 'firstMondayWeek' | 'thirdMondayWeek' | 'notFirstMondayWeek' | 'notThirdMondayWeek';
function teachesInWeek(rule: WeekRule, monday: DateTime): boolean {
  const first = monday.day <= 7;
  const third = monday.day >= 15 && monday.day <= 21;
  return { every: true, firstMondayWeek: first, thirdMondayWeek: third, notFirstMondayWeek: !first, notThirdMondayWeek: !third }[rule];
}

/** A weekly session: ISO weekday (1 = Monday), local start at the studio; trials every other week. */
interface Slot {
  weekday: number;
  hour: number;
  minute?: number;
  category: ClassCategory;
}

/** Every demo contract began on this day. */
const CONTRACT_START = '2025-09-01';

/**
 * Which trainer works where, at which per-class rates (CAD per session: group, individual, trial),
 * which weeks, in which weekly slots. `raise`: new rates (and a per-attendee bonus) from the first of
 * the current month in the studio's zone, so the contract has rate history: last month is billed at
 * the old rates. No-shows and late cancellations are billed unless the contract says otherwise.
 */
const CONTRACTS: {
  trainer: string;
  studio: string;
  role: 'contractor' | 'employee';
  commission: string;
  rates: [string, string, string];
  raise?: { rates: [string, string, string]; bonus: { threshold: number; rate: string } | null };
  billNoShows?: boolean;
  billLateCancellations?: boolean;
  weeks: WeekRule;
  slots: Slot[];
}[] = [
  {
    trainer: 'maya',
    studio: 'harbourfront',
    role: 'contractor',
    commission: '15.00',
    rates: ['55.00', '105.00', '30.00'],
    raise: { rates: ['55.00', '112.00', '32.00'], bonus: { threshold: 5, rate: '4.00' } },
    weeks: 'notFirstMondayWeek',
    slots: [
      { weekday: 1, hour: 7, category: 'individual' },
      { weekday: 2, hour: 18, category: 'group' },
      { weekday: 4, hour: 12, category: 'individual' },
      { weekday: 6, hour: 10, category: 'trial' },
    ],
  },
  {
    trainer: 'maya',
    studio: 'kits',
    role: 'contractor',
    commission: '12.50',
    rates: ['60.00', '110.00', '35.00'],
    weeks: 'firstMondayWeek',
    slots: [
      { weekday: 1, hour: 9, category: 'individual' },
      { weekday: 2, hour: 18, category: 'group' },
      { weekday: 4, hour: 12, category: 'individual' },
      { weekday: 5, hour: 10, category: 'trial' },
    ],
  },
  {
    trainer: 'liam',
    studio: 'harbourfront',
    role: 'contractor',
    commission: '15.00',
    rates: ['50.00', '95.00', '25.00'],
    weeks: 'every',
    slots: [
      { weekday: 1, hour: 12, category: 'individual' },
      { weekday: 3, hour: 18, category: 'group' },
      { weekday: 5, hour: 7, category: 'individual' },
      { weekday: 6, hour: 9, category: 'trial' },
    ],
  },
  {
    trainer: 'liam',
    studio: 'midtown',
    role: 'employee',
    commission: '0.00',
    rates: ['45.00', '90.00', '25.00'],
    billNoShows: false,
    weeks: 'every',
    slots: [
      { weekday: 1, hour: 17, category: 'individual' },
      { weekday: 2, hour: 7, category: 'individual' },
      { weekday: 4, hour: 18, category: 'group' },
    ],
  },
  {
    trainer: 'sofia',
    studio: 'midtown',
    role: 'contractor',
    commission: '10.00',
    rates: ['48.00', '92.00', '28.00'],
    weeks: 'notThirdMondayWeek',
    slots: [
      { weekday: 1, hour: 9, minute: 30, category: 'group' },
      { weekday: 3, hour: 12, category: 'individual' },
      { weekday: 5, hour: 17, minute: 30, category: 'individual' },
      { weekday: 6, hour: 10, category: 'trial' },
    ],
  },
  {
    trainer: 'sofia',
    studio: 'kits',
    role: 'contractor',
    commission: '12.00',
    rates: ['52.00', '98.00', '30.00'],
    weeks: 'thirdMondayWeek',
    slots: [
      { weekday: 2, hour: 9, minute: 30, category: 'group' },
      { weekday: 3, hour: 17, category: 'individual' },
      { weekday: 4, hour: 9, minute: 30, category: 'group' },
    ],
  },
  {
    trainer: 'noah',
    studio: 'kits',
    role: 'contractor',
    commission: '20.00',
    rates: ['65.00', '125.00', '40.00'],
    billLateCancellations: false,
    weeks: 'every',
    slots: [
      { weekday: 1, hour: 6, category: 'individual' },
      { weekday: 2, hour: 17, category: 'group' },
      { weekday: 3, hour: 12, category: 'individual' },
      { weekday: 5, hour: 7, category: 'individual' },
      { weekday: 6, hour: 9, category: 'trial' },
    ],
  },
];

/**
 * The weekly classes run as recurring series, one per studio: a 45-minute "Express circuit" for four
 * people, every week from this week for a year (RRULE `FREQ=WEEKLY;BYDAY=…;UNTIL=…`), materialised
 * {@link SERIES_HORIZON_WEEKS} weeks ahead — across the next daylight-saving change, so each class
 * shows at the same local time on both sides of it. The first one still to come at Harbourfront is full, with a
 * waitlist.
 */
const SERIES: { trainer: string; studio: string; weekday: number; hour: number }[] = [
  { trainer: 'liam', studio: 'harbourfront', weekday: 2, hour: 12 },
  { trainer: 'liam', studio: 'midtown', weekday: 4, hour: 7 },
  { trainer: 'noah', studio: 'kits', weekday: 4, hour: 7 },
];
/**
 * How far ahead a series' occurrences exist as appointment rows (scheduling's horizon). The demo goes
 * further when the next daylight-saving change is later, so that every series shows one.
 */
export const SERIES_HORIZON_WEEKS = 26;

/** The first day after `now` on which `zone`'s UTC offset differs from today's (luxon's zone rules). */
function nextOffsetChange(now: Date, zone: string): DateTime {
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  let day = today;
  while (day.offset === today.offset) day = day.plus({ days: 1 });
  return day;
}
const RRULE_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * What became of each demo trainer's studio invoices, by trainer, studio billed and month (2: the month
 * before last; 1: last month). The month before last is history — issued on the first of last month,
 * sent, approved and paid, but Maya's Kitsilano invoice, only half paid and overdue (Kitsilano pays at
 * 15 days). Last month: Maya has none (generating them is hers to do); the others have drafts, or
 * invoices issued and sent this month, one half paid. No entry, no invoice.
 */
const INVOICE_FATES: Record<string, 'draft' | 'sent' | 'partially_paid' | 'paid'> = {
  'maya:harbourfront:2': 'paid',
  'maya:kits:2': 'partially_paid',
  'liam:harbourfront:2': 'paid',
  'sofia:harbourfront:2': 'paid',
  'sofia:kits:2': 'paid',
  'noah:kits:2': 'paid',
  'liam:harbourfront:1': 'draft',
  'sofia:harbourfront:1': 'sent',
  'sofia:kits:1': 'draft',
  'noah:kits:1': 'partially_paid',
};

const FIRST = [
  'Emma',
  'Olivia',
  'Noah',
  'Lucas',
  'Ava',
  'Amelia',
  'Jack',
  'Leo',
  'Charlotte',
  'Mia',
  'Ethan',
  'Zoe',
  'Owen',
  'Chloe',
  'Benjamin',
  'Isla',
  'Aarav',
  'Priya',
  'Mateo',
  'Hana',
  'Gabriel',
  'Léa',
  'Samuel',
  'Nora',
];
const LAST = [
  'Wilson',
  'Martin',
  'Roy',
  'Gagnon',
  'Lee',
  'Wong',
  'Singh',
  'Brown',
  'Campbell',
  'Nguyen',
  'Kim',
  'Bouchard',
  'Clarke',
  'Fraser',
  'MacDonald',
  'Lam',
  'Sharma',
  'Côté',
  'Morin',
  'Okafor',
];
const CONDITIONS = [
  [],
  [],
  ['lower back pain'],
  ['asthma'],
  ['hypertension (controlled)'],
  ['previous ACL reconstruction'],
  ['type 2 diabetes'],
  ['post-partum (6 months)'],
];
const MEDICATIONS = [[], [], ['salbutamol inhaler'], ['lisinopril 10 mg'], ['metformin 500 mg']];
const GOALS = [
  'Run a half marathon without knee pain',
  'Build strength after back injury',
  'Lose 8 kg before the wedding',
  'Improve mobility for desk work',
  'Return to hockey next season',
  'Regain core strength after pregnancy',
];

/**
 * What a demo session note may record. Body-weight moves have reps and no load (`load` null); loaded
 * ones a load in kilograms within `load` (the equipment's range), stepping by `step` kg.
 */
export interface DemoExercise {
  name: string;
  load: { min: number; max: number; step: number } | null;
  reps: [number, number];
}
const STRENGTH: DemoExercise[] = [
  { name: 'Goblet squat', load: { min: 12, max: 32, step: 4 }, reps: [8, 12] },
  { name: 'Romanian deadlift', load: { min: 30, max: 80, step: 5 }, reps: [6, 10] },
  { name: 'Dead bug', load: null, reps: [8, 12] },
  { name: 'Split squat', load: { min: 8, max: 24, step: 2 }, reps: [8, 10] },
  { name: 'Push-up', load: null, reps: [8, 15] },
  { name: 'Pallof press', load: { min: 5, max: 20, step: 2.5 }, reps: [10, 12] },
  { name: 'Bird dog', load: null, reps: [8, 10] },
  { name: 'Kettlebell swing', load: { min: 12, max: 32, step: 4 }, reps: [12, 15] },
  { name: 'Face pull', load: { min: 10, max: 25, step: 2.5 }, reps: [12, 15] },
];
const PILATES: DemoExercise[] = [
  { name: 'The hundred', load: null, reps: [10, 10] },
  { name: 'Roll-up', load: null, reps: [6, 8] },
  { name: 'Single-leg stretch', load: null, reps: [8, 10] },
  { name: 'Side-lying leg lift', load: null, reps: [10, 12] },
  { name: 'Swimming', load: null, reps: [10, 12] },
  { name: 'Glute bridge', load: null, reps: [10, 15] },
];
/** The exercises each demo trainer prescribes, by trainer key. */
export const DEMO_EXERCISES: Record<string, readonly DemoExercise[]> = { maya: STRENGTH, liam: STRENGTH, noah: STRENGTH, sofia: PILATES };

/**
 * Builds the demo tenant around `now`: appointments from the week holding the first day of the month
 * before last (in the westernmost studio's zone) through four upcoming weeks, notes on past sessions,
 * and studio invoices ({@link INVOICE_FATES}): the month before last issued, sent and mostly paid,
 * last month's drafts or invoices of every trainer but Maya — dated in each studio's zone.
 *
 * The tenant is physically possible (packages/demo/src/plan.test.ts checks it for every day of a
 * year): no trainer or client is in two places at once, with {@link travelMinutes} between places;
 * Maya and Sofia teach in Vancouver one week a month each and nowhere at home that week; clients
 * train in their own city, at most once a day; body weight and body fat move gradually one way or
 * hold; exercises are body-weight or loaded as they should be; phone numbers carry their city's area code.
 */
export function buildDemoTenant(now: Date = new Date()): DemoTenant {
  const rand = random(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const between = (low: number, high: number) => low + Math.floor(rand() * (high - low + 1));

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

  const contracts: DemoContract[] = CONTRACTS.map((c) => {
    const classRates = (rates: [string, string, string]) => ({ group: d(rates[0]), individual: d(rates[1]), trial: d(rates[2]) });
    const first: DemoRatePeriod = {
      effectiveFrom: CONTRACT_START,
      classRates: classRates(c.rates),
      attendeeBonus: null,
      billNoShows: c.billNoShows ?? true,
      billLateCancellations: c.billLateCancellations ?? true,
    };
    const thisMonth = DateTime.fromJSDate(now, { zone: studioByKey.get(c.studio)!.timeZone })
      .startOf('month')
      .toISODate()!;
    const ratePeriods: DemoRatePeriod[] = c.raise
      ? [
          first,
          {
            ...first,
            effectiveFrom: thisMonth,
            classRates: classRates(c.raise.rates),
            attendeeBonus: c.raise.bonus && { threshold: c.raise.bonus.threshold, rate: d(c.raise.bonus.rate) },
          },
        ]
      : [first];
    return {
      id: demoId('contract', c.trainer, c.studio),
      trainerId: demoId('trainer', c.trainer),
      studioId: demoId('studio', c.studio),
      role: c.role,
      commissionRate: d(c.commission),
      classRates: ratePeriods.at(-1)!.classRates,
      ratePeriods,
      startDate: CONTRACT_START,
    };
  });

  const classTypes: DemoClassType[] = trainers.flatMap((t) => [
    {
      id: demoId('class-type', t.key, 'group'),
      trainerId: t.id,
      name: t.key === 'sofia' ? 'Mat Pilates' : 'Small-group strength',
      category: 'group' as const,
      durationMinutes: 60,
      maxParticipants: 8,
      defaultRate: d('25.00'),
      color: '#2E86AB',
      description: 'Up to eight people, coached together.',
      cancellationWindowMinutes: 12 * 60,
    },
    {
      id: demoId('class-type', t.key, 'individual'),
      trainerId: t.id,
      name: 'Personal training',
      category: 'individual' as const,
      durationMinutes: 60,
      maxParticipants: 1,
      defaultRate: t.hourlyRate,
      color: '#F18F01',
      description: 'One-to-one session.',
      cancellationWindowMinutes: 24 * 60,
    },
    {
      id: demoId('class-type', t.key, 'trial'),
      trainerId: t.id,
      name: 'Intro session',
      category: 'trial' as const,
      durationMinutes: 30,
      maxParticipants: 1,
      defaultRate: d('0.00'),
      color: '#6BAA75',
      description: 'A first, free half hour with a new client.',
      cancellationWindowMinutes: 12 * 60,
    },
    ...(SERIES.some((series) => series.trainer === t.key) ? [0] : []).map(() => ({
      id: demoId('class-type', t.key, 'express'),
      trainerId: t.id,
      name: 'Express circuit',
      category: 'group' as const,
      durationMinutes: 45,
      maxParticipants: 4,
      defaultRate: d('20.00'),
      color: '#C73E1D',
      description: 'Four people, 45 minutes, in and out.',
      cancellationWindowMinutes: 12 * 60,
    })),
  ]);

  // Clients live where their trainer teaches them: Maya's first eight and every other of Sofia's in
  // Toronto, the rest of theirs and all of Noah's in Vancouver, all of Liam's in Toronto.
  const clientCounts: Record<string, number> = { maya: 12, liam: 10, sofia: 10, noah: 8 };
  const cityOf = (trainerKey: string, i: number): City =>
    trainerKey === 'noah' || (trainerKey === 'maya' && i >= 8) || (trainerKey === 'sofia' && i % 2 === 1) ? 'Vancouver' : 'Toronto';
  const phoneIn = (city: City, n: number) => `+1-${AREA_CODES[city][n % 2]}-555-${String(1000 + n * 37).slice(-4)}`;
  const clients: DemoClient[] = [];
  for (const t of trainers) {
    for (let i = 0; i < clientCounts[t.key]; i++) {
      const n = clients.length;
      const firstName = n === 0 ? 'Emma' : FIRST[(n * 7) % FIRST.length];
      const lastName = n === 0 ? 'Wilson' : LAST[(n * 11) % LAST.length];
      const city = cityOf(t.key, i);
      clients.push({
        id: demoId('client', t.key, String(i)),
        trainerId: t.id,
        city,
        firstName,
        lastName,
        email:
          n === 0
            ? 'emma.wilson@example.com'
            : `${firstName}.${lastName}.${n}@example.com`
                .toLowerCase()
                .normalize('NFD')
                .replace(/[\u0300-\u036f]/g, ''),
        phone: phoneIn(city, n),
        dateOfBirth: `${1960 + Math.floor(rand() * 42)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`,
        emergencyContact: { name: `${pick(FIRST)} ${lastName}`, phone: phoneIn(city, n + 1000), relationship: pick(['spouse', 'parent', 'sibling', 'friend']) },
        medicalInfo: { conditions: pick(CONDITIONS), medications: pick(MEDICATIONS), allergies: rand() < 0.2 ? ['penicillin'] : [] },
        goals: pick(GOALS),
        source: pick(['referral', 'walk-in', 'online'] as const),
      });
    }
  }
  const emma = clients[0];

  // Each client's body: a starting weight and body fat, and a steady trend (losing, or holding).
  const bodies = new Map(
    clients.map((c) => [c.id, { weightKg: between(55, 95), bodyFat: between(180, 320) / 10, trendPerWeek: pick([-0.3, -0.2, -0.1, 0]), strength: rand() }]),
  );

  // Sessions from the week holding the first day of the month before last in any studio's zone (so that
  // month and last month can be invoiced in full everywhere) through four upcoming weeks (week 0 is the
  // week of `now`, Toronto).
  const appointments: DemoAppointment[] = [];
  const sessionNotes: DemoSessionNote[] = [];
  const weekStart = DateTime.fromJSDate(now, { zone: 'America/Toronto' }).startOf('week');
  const earliestMonthStart = DateTime.min(...studios.map((s) => DateTime.fromJSDate(now, { zone: s.timeZone }).startOf('month').minus({ months: 2 })))!;
  const firstWeek = -Math.ceil(weekStart.diff(earliestMonthStart.setZone('America/Toronto').startOf('week'), 'weeks').weeks);
  /** Client id → local days (YYYY-MM-DD) they already train: one session a day at most. */
  const busyDays = new Map<string, Set<string>>();
  const bookable = (clientId: string, day: string) => !busyDays.get(clientId)?.has(day);
  const book = (clientId: string, day: string) => busyDays.set(clientId, (busyDays.get(clientId) ?? new Set()).add(day));

  for (let week = firstWeek; week < 4; week++) {
    const monday = weekStart.plus({ weeks: week });
    for (const [contractIndex, plan] of CONTRACTS.entries()) {
      if (!teachesInWeek(plan.weeks, monday)) continue;
      const contract = contracts[contractIndex];
      const trainer = trainerByKey.get(plan.trainer)!;
      const studio = studioByKey.get(plan.studio)!;
      const roster = clients.filter((c) => c.trainerId === trainer.id && c.city === studio.address.city);
      for (const [slotIndex, slot] of plan.slots.entries()) {
        if (slot.category === 'trial' && monday.weekNumber % 2 !== 0) continue;
        const local = monday
          .setZone(studio.timeZone, { keepLocalTime: true })
          .plus({ days: slot.weekday - 1 })
          .set({ hour: slot.hour, minute: slot.minute ?? 0, second: 0, millisecond: 0 });
        const day = local.toISODate()!;
        const classType = classTypes.find((c) => c.trainerId === trainer.id && c.category === slot.category)!;
        const start = local.toUTC();
        const end = start.plus({ minutes: classType.durationMinutes });
        const past = end.toJSDate() < now;
        const id = demoId('appointment', contract.id, String(week), String(slotIndex));
        const cancelled = past && rand() < 0.06;
        // Group sessions: three to six of the trainer's clients in that city (Emma never misses
        // Maya's Tuesday group at Harbourfront); others one client. Nobody trains twice in a day.
        const size = slot.category === 'group' ? Math.min(between(3, 6), roster.length) : 1;
        const offset = Math.floor(rand() * roster.length);
        const regulars = plan.trainer === 'maya' && plan.studio === 'harbourfront' && slot.category === 'group' && bookable(emma.id, day) ? [emma] : [];
        const rotation = Array.from({ length: roster.length }, (_, k) => roster[(offset + k) % roster.length]).filter(
          (c) => !regulars.includes(c) && bookable(c.id, day),
        );
        const chosen = [...regulars, ...rotation].slice(0, size);
        if (!chosen.length) continue;
        for (const client of chosen) book(client.id, day);
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
          rate: termsOn(contract, day).classRates[slot.category],
          cancellationReason: cancelled ? 'Client illness' : null,
          seriesId: null,
          recurrenceId: null,
          participants: chosen.map((client) => ({
            id: demoId('participant', id, client.id),
            clientId: client.id,
            status: 'confirmed' as const,
            waitlistPosition: null,
            attended: past && !cancelled ? !noShow : null,
            paymentStatus: past && !cancelled ? 'paid' : 'pending',
          })),
        };
        appointments.push(appointment);
        if (appointment.status !== 'completed') continue;
        const weeksIn = week - firstWeek + (slot.weekday - 1) / 7;
        for (const client of chosen) {
          const body = bodies.get(client.id)!;
          const exercises = [...DEMO_EXERCISES[trainer.key]].sort(() => rand() - 0.5).slice(0, 3);
          sessionNotes.push({
            id: demoId('note', id, client.id),
            appointmentId: id,
            trainerId: trainer.id,
            clientId: client.id,
            sessionDate: day,
            subjective: pick([
              'Feeling rested; mild soreness in hamstrings from last session.',
              'Reports lower back felt tight after long drive.',
              'Slept poorly, energy 5/10.',
              'No pain this week; ran 10 km on Sunday.',
            ]),
            objective: pick([
              'Squat depth improved, knees tracking well.',
              'Reduced hip hinge range on left side.',
              'Completed all sets at prescribed load, RPE 7.',
              'Balance on single leg 30 s each side.',
            ]),
            assessment: pick([
              'Progressing as planned.',
              'Load tolerance improving; keep volume steady.',
              'Mobility still limiting; prioritise hip work.',
              'Ready to progress to loaded carries.',
            ]),
            plan: pick([
              'Increase squat load 2.5 kg next session.',
              'Add daily 10-minute mobility routine.',
              'Repeat program; re-test in two weeks.',
              'Introduce tempo work on split squats.',
            ]),
            exercises: exercises.map((e) => ({ name: e.name, sets: 3, reps: between(...e.reps), weightKg: e.load && loadFor(e.load, body.strength, weeksIn) })),
            measurements: {
              weightKg: round1(body.weightKg + body.trendPerWeek * 1.5 * weeksIn),
              bodyFatPercent: round1(body.bodyFat + body.trendPerWeek * weeksIn),
            },
            privateNotes: pick([
              'Mentioned stress at work; check in next time.',
              'Consider referral to physiotherapist if pain persists.',
              'Prefers morning sessions.',
            ]),
            // Signed three hours after the session, except each client's newest note (below).
            signedAt: end.plus({ hours: 3 }).toJSDate(),
          });
        }
      }
    }
  }

  // Each client's newest note is still open: their trainer writes it up and signs it later.
  const newest = new Map<string, DemoSessionNote>();
  for (const note of sessionNotes) if ((newest.get(note.clientId)?.sessionDate ?? '') <= note.sessionDate) newest.set(note.clientId, note);
  for (const note of newest.values()) note.signedAt = null;
  for (const note of sessionNotes) if (note.signedAt && note.signedAt > now) note.signedAt = null;

  // The weekly series: an occurrence every week from this week's (past ones happened) to the horizon.
  // Bookings only in the next four weeks, as for the other classes; the first to come at Harbourfront
  // is full (four confirmed) with two on the waitlist.
  const series: DemoSeries[] = [];
  const horizon = DateTime.max(DateTime.fromJSDate(now).plus({ weeks: SERIES_HORIZON_WEEKS }), nextOffsetChange(now, 'America/Toronto').plus({ weeks: 2 }))!;
  let waitlistShown = false;
  for (const plan of SERIES) {
    const trainer = trainerByKey.get(plan.trainer)!;
    const studio = studioByKey.get(plan.studio)!;
    const contract = contracts.find((c) => c.trainerId === trainer.id && c.studioId === studio.id)!;
    const classType = classTypes.find((c) => c.id === demoId('class-type', plan.trainer, 'express'))!;
    const first = weekStart
      .setZone(studio.timeZone, { keepLocalTime: true })
      .plus({ days: plan.weekday - 1 })
      .set({ hour: plan.hour, minute: 0, second: 0, millisecond: 0 });
    const seriesId = demoId('series', trainer.key, studio.key);
    series.push({
      id: seriesId,
      trainerId: trainer.id,
      studioId: studio.id,
      classTypeId: classType.id,
      rrule: `FREQ=WEEKLY;BYDAY=${RRULE_DAYS[plan.weekday - 1]};UNTIL=${first.plus({ weeks: 52 }).toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
      timeZone: studio.timeZone,
      firstStart: first.toFormat("yyyy-MM-dd'T'HH:mm"),
      durationMinutes: classType.durationMinutes,
      rate: contract.classRates.group,
      materialisedUntil: horizon.toJSDate(),
    });
    const roster = clients.filter((c) => c.trainerId === trainer.id && c.city === studio.address.city);
    // Weekly in the studio's zone: luxon keeps the wall-clock time across daylight-saving changes.
    for (let week = 0, local = first; local.toUTC() < horizon; week++, local = first.plus({ weeks: week })) {
      const start = local.toUTC();
      const end = start.plus({ minutes: classType.durationMinutes });
      const past = end.toJSDate() < now;
      const day = local.toISODate()!;
      const id = demoId('appointment', seriesId, start.toISO()!);
      const full = !past && !waitlistShown && plan.studio === 'harbourfront';
      const wanted = week >= 4 ? 0 : full ? 6 : between(2, 3);
      const offset = Math.floor(rand() * roster.length);
      const chosen = Array.from({ length: roster.length }, (_, k) => roster[(offset + k) % roster.length])
        .filter((c) => bookable(c.id, day))
        .slice(0, wanted);
      if (full && chosen.length > classType.maxParticipants) waitlistShown = true;
      for (const client of chosen) book(client.id, day);
      appointments.push({
        id,
        trainerId: trainer.id,
        studioId: studio.id,
        classTypeId: classType.id,
        category: 'group',
        startTime: start.toJSDate(),
        endTime: end.toJSDate(),
        status: past ? 'completed' : 'scheduled',
        rate: termsOn(contract, day).classRates.group,
        cancellationReason: null,
        seriesId,
        recurrenceId: start.toJSDate(),
        participants: chosen.map((client, i) => {
          const waitlisted = i >= classType.maxParticipants;
          return {
            id: demoId('participant', id, client.id),
            clientId: client.id,
            status: waitlisted ? ('waitlisted' as const) : ('confirmed' as const),
            waitlistPosition: waitlisted ? i - classType.maxParticipants + 1 : null,
            attended: past ? true : null,
            paymentStatus: past ? ('paid' as const) : ('pending' as const),
          };
        }),
      });
    }
  }

  // Each trainer's weekly hours at each studio they work at: on the days they teach there, from an
  // hour before their first session to two hours after their last (studio time), since the contract began.
  const availability: DemoAvailability[] = [];
  for (const [contractIndex, plan] of CONTRACTS.entries()) {
    const contract = contracts[contractIndex];
    const sessions = [...plan.slots.map((slot) => ({ weekday: slot.weekday, start: slot.hour * 60 + (slot.minute ?? 0), minutes: 60 }))];
    for (const extra of SERIES.filter((x) => x.trainer === plan.trainer && x.studio === plan.studio))
      sessions.push({ weekday: extra.weekday, start: extra.hour * 60, minutes: 45 });
    for (const weekday of [...new Set(sessions.map((x) => x.weekday))].sort()) {
      const thatDay = sessions.filter((x) => x.weekday === weekday);
      const from = Math.max(6 * 60, Math.min(...thatDay.map((x) => x.start)) - 60);
      const until = Math.min(21 * 60, Math.max(...thatDay.map((x) => x.start + x.minutes)) + 120);
      const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      availability.push({
        id: demoId('availability', contract.id, String(weekday)),
        trainerId: contract.trainerId,
        studioId: contract.studioId,
        weekday,
        startTime: clock(from),
        endTime: clock(until),
        effectiveFrom: contract.startDate,
      });
    }
  }

  // Studio invoices, as month-end generation makes them (docs/invoices.md): one per trainer, studio
  // billed and month — the studios seed has every chain bill consolidated, so Midtown's sessions go on
  // Harbourfront's invoice, grouped by location. Every date is a calendar day in the studio billed's
  // zone: the period is a month there, the invoice is dated the first of the next month there (so a
  // Vancouver invoice is never dated tomorrow), due after the studio's net days. A line per session:
  // the rate of its day for its category plus the attendee bonus; no-shows when the contract bills them.
  const billedStudioOf = (studio: DemoStudio): DemoStudio => {
    let top = studio;
    while (top.parentStudioId) top = studios.find((s) => s.id === top.parentStudioId)!;
    return top;
  };
  const invoices: DemoInvoice[] = [];
  const numbersTaken = new Map<string, number>();
  const groups = new Map<string, { trainer: DemoTrainer; billed: DemoStudio; plans: (typeof CONTRACTS)[number][] }>();
  for (const plan of CONTRACTS) {
    const billed = billedStudioOf(studioByKey.get(plan.studio)!);
    const key = `${plan.trainer}:${billed.key}`;
    const group = groups.get(key) ?? { trainer: trainerByKey.get(plan.trainer)!, billed, plans: [] };
    group.plans.push(plan);
    groups.set(key, group);
  }
  for (const monthsAgo of [2, 1]) {
    for (const [key, { trainer, billed, plans }] of groups) {
      const fate = INVOICE_FATES[`${key}:${monthsAgo}`];
      if (!fate) continue;
      const monthStart = DateTime.fromJSDate(now, { zone: billed.timeZone }).startOf('month').minus({ months: monthsAgo });
      const monthEnd = monthStart.endOf('month');
      const invoiceId = demoId('invoice', trainer.key, billed.key, monthStart.toISODate()!);
      const sessions = appointments
        .filter((a) => a.trainerId === trainer.id && plans.some((p) => studioByKey.get(p.studio)!.id === a.studioId))
        .map((a) => {
          const studio = studios.find((s) => s.id === a.studioId)!;
          return { a, studio, day: DateTime.fromJSDate(a.startTime, { zone: studio.timeZone }).toISODate()! };
        })
        .filter(({ day }) => day >= monthStart.toISODate()! && day <= monthEnd.toISODate()!)
        .sort(
          (x, y) =>
            Number(x.studio.id !== billed.id) - Number(y.studio.id !== billed.id) ||
            x.studio.id.localeCompare(y.studio.id) ||
            x.a.startTime.getTime() - y.a.startTime.getTime(),
        );
      const items: DemoInvoiceItem[] = sessions.flatMap(({ a, studio, day }) => {
        const terms = termsOn(
          contracts.find((c) => c.trainerId === trainer.id && c.studioId === studio.id)!,
          day,
        );
        const basis = a.status === 'completed' ? 'completed' : a.status === 'no-show' && terms.billNoShows ? 'no-show' : null;
        if (!basis) return [];
        const attendees = a.participants.filter((p) => p.status === 'confirmed' && p.attended !== false).length;
        const bonus = terms.attendeeBonus && basis === 'completed' && attendees > terms.attendeeBonus.threshold ? terms.attendeeBonus : null;
        const unitPrice = terms.classRates[a.category].plus(bonus ? bonus.rate.times(attendees - bonus.threshold) : 0);
        const classType = classTypes.find((c) => c.id === a.classTypeId)!;
        const when = DateTime.fromJSDate(a.startTime, { zone: studio.timeZone }).setLocale('en-US').toFormat('ccc d LLL yyyy HH:mm');
        const who =
          basis === 'no-show'
            ? 'no-show'
            : `${attendees} ${attendees === 1 ? 'attendee' : 'attendees'}${bonus ? ` (${attendees - bonus.threshold} above ${bonus.threshold} × ${bonus.rate.toFixed(2)})` : ''}`;
        return [
          {
            id: demoId('invoice-item', invoiceId, a.id),
            appointmentId: a.id,
            description: `${classType.name} — ${when} · ${who}`,
            quantity: d('1'),
            unitPrice,
            amount: unitPrice,
            kind: 'service' as const,
            category: a.category,
            serviceDate: day,
            locationStudioId: studio.id,
            attendees,
            billingBasis: basis,
          },
        ];
      });
      if (!items.length) continue;
      // The place of supply is the studio billed's province: HST 13 % in Ontario; GST 5 % in British
      // Columbia, whose PST does not apply to fitness instruction (docs/tax.md); none from Sofia, a small supplier.
      const subtotal = items.reduce((sum, i) => sum.plus(i.amount), d('0'));
      const [tax, jurisdiction, rate] = billed.province === 'ON' ? (['HST', 'ON', d('0.13')] as const) : (['GST', 'CA', d('0.05')] as const);
      const taxAmount = trainer.gstNumber ? subtotal.times(rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : d('0');
      const invoiceDay = monthEnd.plus({ days: 1 }).startOf('day');
      const clock = DateTime.fromJSDate(now);
      const today = clock.setZone(billed.timeZone).toISODate()!;
      const total = subtotal.plus(taxAmount);
      const issued = fate !== 'draft';
      // Issued and sent at nine on the invoice day, studio time (or just now, early on the first of the month).
      const issuedAt = issued ? DateTime.min(invoiceDay.set({ hour: 9 }), clock)!.toJSDate() : null;
      let invoiceNumber: string | null = null;
      if (issued) {
        const sequence = `${trainer.id}:${invoiceDay.year}`;
        numbersTaken.set(sequence, (numbersTaken.get(sequence) ?? 0) + 1);
        invoiceNumber = `${trainer.invoicePrefix}-${invoiceDay.year}-${String(numbersTaken.get(sequence)).padStart(4, '0')}`;
      }
      // Paid (in full or half) ten days after the invoice date — or five, or today, for last month's.
      const paymentDay = DateTime.min(invoiceDay.plus({ days: monthsAgo === 2 ? 10 : 5 }), clock.setZone(billed.timeZone).startOf('day'))!;
      const paid = fate === 'paid' ? total : fate === 'partially_paid' ? total.dividedBy(2).toDecimalPlaces(2, Decimal.ROUND_HALF_UP) : null;
      const payments: DemoPayment[] = paid
        ? [
            {
              id: demoId('payment', invoiceId),
              amount: paid,
              paymentDate: paymentDay.toISODate()! <= today ? paymentDay.toISODate()! : today,
              paymentMethod: 'e-transfer',
              referenceNumber: `ET-${invoiceNumber}`,
            },
          ]
        : [];
      invoices.push({
        id: invoiceId,
        invoiceNumber,
        timeZone: billed.timeZone,
        trainerId: trainer.id,
        studioId: billed.id,
        status: fate,
        issuedAt,
        sentAt: issuedAt,
        // The month before last: approved by the studio three days in, before it paid.
        approvedAt: monthsAgo === 2 ? invoiceDay.plus({ days: 3, hours: 10 }).toJSDate() : null,
        paidAt: fate === 'paid' ? DateTime.min(paymentDay.set({ hour: 14 }), clock)!.toJSDate() : null,
        invoiceDate: invoiceDay.toISODate()!,
        dueDate: invoiceDay.plus({ days: billed.netDays }).toISODate()!,
        periodStart: monthStart.toISODate()!,
        periodEnd: monthEnd.toISODate()!,
        subtotal,
        taxDetails: {
          province: billed.province,
          placeOfSupply: billed.province,
          taxPoint: invoiceDay.toISODate()!,
          lines: trainer.gstNumber ? [{ tax, jurisdiction, rate: rate.toFixed(), base: subtotal.toFixed(2), amount: taxAmount.toFixed(2) }] : [],
          notices: trainer.gstNumber ? [] : ['SMALL_SUPPLIER'],
        },
        total,
        items,
        payments,
      });
    }
  }
  const invoiceSequences: DemoInvoiceSequence[] = [...numbersTaken].map(([sequence, lastNumber]) => {
    const [trainerId, year] = sequence.split(':');
    return { trainerId, year: Number(year), lastNumber };
  });

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
      roles: [{ role: 'trainer' as const, scopeId: t.id }, ...(t.key === 'maya' ? [{ role: 'trainer_admin' as const, scopeId: t.id }] : [])],
    })),
    { id: studioAdminId, email: 'studio@harbourfront.demo', roles: [{ role: 'studio_admin', scopeId: studioByKey.get('harbourfront')!.id }] },
    { id: studioAdminBcId, email: 'studio@kitsflow.demo', roles: [{ role: 'studio_admin', scopeId: studioByKey.get('kits')!.id }] },
    { id: clientUserId, email: clients[0].email, roles: [{ role: 'client', scopeId: clients[0].id }] },
    { id: otherClientUserId, email: otherClient.email, roles: [{ role: 'client', scopeId: otherClient.id }] },
  ];

  // Maya shares Emma read-only with Sofia, who looks after her while Maya teaches in Vancouver.
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
    series,
    availability,
    sessionNotes,
    invoices,
    invoiceSequences,
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
