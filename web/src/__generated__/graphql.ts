/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** In which capacity someone read a client record. */
export type AccessorRole =
  /** The client themself. */
  | 'CLIENT'
  /** FitFlow support, through an audited break-glass read. */
  | 'SUPER_ADMIN'
  /** A trainer (the client’s own, or one the record is shared with). */
  | 'TRAINER'
  /** A trainer who heads a team. */
  | 'TRAINER_ADMIN';

/** A support action on an account, with the reason kept in its security log and the audit log. */
export type AccountActionInput = {
  /** Why (10 to 1000 characters), e.g. "Holder called from the number on file; verified". */
  reason: string;
  userId: string | number;
};

/** A Canadian street address. */
export type AddressInput = {
  /** 1 to 100 characters. */
  city: string;
  /** Second line: suite, unit, floor; omitted, null or blank when there is none. */
  line2?: string | null | undefined;
  /** Canada Post postal code of that province, e.g. "M5V 3A8" (any case, with or without the space). */
  postalCode: string;
  province: Province;
  /** First line: number and street, e.g. "401 Richmond St W". 1 to 200 characters. */
  street: string;
};

/** Where a session takes place: at a studio (studioId), online (a meeting link) or at the client’s location (an address). */
export type AppointmentLocation =
  | 'CLIENT_LOCATION'
  | 'ONLINE'
  | 'STUDIO';

/** ACTIVE: occurrences ahead; ENDED: cut short by "this and all following" (a new series continues it); CANCELLED: none left. */
export type AppointmentSeriesStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'ENDED';

/** Where an appointment stands. */
export type AppointmentStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'NO_SHOW'
  | 'SCHEDULED';

/** Whether one confirmed participant of the session came. */
export type AttendanceInput = {
  /** true: attended; false: did not show up. */
  attended: boolean;
  /** The client (not the booking id). */
  clientId: string | number;
};

/** A bonus the studio pays per attendee above a head count, on top of the class rate. */
export type AttendeeBonusInput = {
  /** CAD per attendee above the threshold, before tax: more than 0, at most 1000. */
  rate: string;
  /** Attendees up to this number earn no bonus; each one above it earns `rate`. 0 to 500. */
  threshold: number;
};

export type AvailabilityWindowInput = {
  /** Local end, "HH:MM" after startTime ("24:00": until midnight). */
  endTime: string;
  /** Local start, "HH:MM" (00:00 to 23:59). */
  startTime: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** Kind of class, which sets the rate a studio pays. */
export type ClassCategory =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'TRIAL';

/** What the studio pays the trainer per session of a class category. */
export type ClassRateInput = {
  category: ClassCategory;
  /** CAD per session, before tax: more than 0, at most 10000, at most 2 decimals, e.g. "55.00". */
  rate: string;
};

/** ACTIVE: offered. ARCHIVED: no new sessions; those already scheduled stay. */
export type ClassTypeStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/** Replaces the consents. */
export type ClientConsentsInput = {
  marketingEmails: boolean;
  progressPhotos: boolean;
};

/** How the client found their trainer. */
export type ClientSource =
  | 'ONLINE'
  | 'REFERRAL'
  | 'WALK_IN';

/** Whether the client currently trains with their trainer. */
export type ClientStatus =
  | 'ACTIVE'
  | 'INACTIVE';

export type ContractRole =
  | 'CONTRACTOR'
  | 'EMPLOYEE';

export type CreateClassTypeInput = {
  /** Minutes before the start inside which a client’s cancellation is late: 0 to 10080 (a week); 720 (12 hours) by default. */
  cancellationWindowMinutes?: number | null | undefined;
  category: ClassCategory;
  /** Calendar colour, "#RRGGBB". Null: none. */
  color?: string | null | undefined;
  /** CAD a participant pays by default, before tax: 0 to 10000. Null: none. */
  defaultRate?: string | null | undefined;
  /** At most 2000 characters; no health details. Null: none. */
  description?: string | null | undefined;
  /** Length of a session, 5 to 720 minutes. */
  durationMinutes: number;
  /** Most participants of one session, 1 to 500; individual and trial sessions have exactly 1. */
  maxParticipants?: number | null | undefined;
  /** 1 to 100 characters, e.g. "Small-group strength". */
  name: string;
  /** Whose class type: yours by default; a Trainer Admin may name a trainer of their team. */
  trainerId?: string | number | null | undefined;
};

export type CreateClientInput = {
  /** The client may change these themself. */
  consents?: ClientConsentsInput | null | undefined;
  /** YYYY-MM-DD, in the past. */
  dateOfBirth?: string | null | undefined;
  email?: string | null | undefined;
  emergencyContact?: EmergencyContactInput | null | undefined;
  /** 1 to 100 characters. */
  firstName: string;
  goals?: string | null | undefined;
  /** 1 to 100 characters. */
  lastName: string;
  medicalInfo?: MedicalInfoInput | null | undefined;
  /** e.g. "+1-416-555-0140". */
  phone?: string | null | undefined;
  source?: ClientSource | null | undefined;
};

export type EmergencyContactInput = {
  name: string;
  phone: string;
  /** e.g. spouse, parent, friend. */
  relationship: string;
};

/** One exercise done in a session. */
export type ExerciseInput = {
  /** 1 to 200 characters, e.g. "Back squat". */
  name: string;
  /** Up to 2000 characters. */
  notes?: string | null | undefined;
  /** 1 to 1000. */
  reps?: number | null | undefined;
  /** 1 to 100. */
  sets?: number | null | undefined;
  /** Load in kilograms (0 to 1000); null for body-weight work. */
  weightKg?: number | null | undefined;
};

/** What a business expense was for. */
export type ExpenseCategory =
  /** Courses, certifications, conferences. */
  | 'EDUCATION'
  /** Equipment: weights, mats, bands, a massage table. */
  | 'EQUIPMENT'
  /** Liability insurance (usually exempt from GST/HST). */
  | 'INSURANCE'
  /** Advertising, website, printing. */
  | 'MARKETING'
  /** Anything else. */
  | 'OTHER'
  /** Studio or room rental. */
  | 'RENT'
  /** Software and subscriptions. */
  | 'SOFTWARE'
  /** Consumable supplies. */
  | 'SUPPLIES'
  /** Travel between studios and to clients: fares, fuel, parking, lodging. */
  | 'TRAVEL';

export type ExpenseInput = {
  /** CAD before sales taxes, e.g. "120.00": zero or more. */
  amountBeforeTax: string;
  category: ExpenseCategory;
  /** What it was, e.g. "Resistance bands for group classes" (1 to 1000 characters). */
  description: string;
  /** The receipt's day (`YYYY-MM-DD`), not in the future. */
  expenseDate: string;
  /** GST or HST paid (default 0): at most 15 % of amountBeforeTax. */
  gstHstPaid?: string | null | undefined;
  /** Bought for your commercial activities, so its GST/HST (and QST) may be claimed back (default true). */
  itcEligible?: boolean | null | undefined;
  /** Province or territory of the purchase (whose sales taxes it bore). */
  province: Province;
  /** PST or RST paid (default 0): only on a purchase in BC, SK or MB, at most 20 % of amountBeforeTax. */
  pstPaid?: string | null | undefined;
  /** QST paid (default 0): only on a purchase in Québec, at most 9.975 % of amountBeforeTax. */
  qstPaid?: string | null | undefined;
  /** The receipt's or invoice's number (at most 255 characters). */
  receiptReference?: string | null | undefined;
  /** Who sold it, e.g. "Running Room" (1 to 255 characters). */
  vendor: string;
};

/** An invoice, or a credit note: positive amounts that reduce the balance of the invoice it credits (Excise Tax Act s. 232). */
export type InvoiceDocumentType =
  | 'CREDIT_NOTE'
  | 'INVOICE';

/** Where an invoice is in its life: DRAFT (editable, no number) → ISSUED (numbered, frozen) → SENT → PARTIALLY_PAID → PAID, or VOID. OVERDUE: issued, sent or partially paid, past its due date with a balance due. */
export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'SENT'
  | 'VOID';

/** Email and password of a FitFlow account. */
export type LoginInput = {
  /** The deviceToken this device received at its last sign-in to this account. A known device is never slowed down by failures from elsewhere. */
  deviceToken?: string | null | undefined;
  email: string;
  password: string;
  /** Accounts with MFA: the 6-digit authenticator code, to sign in in one step. With it, the account holder gets through even while sign-ins from unknown places are being slowed down. */
  totpCode?: string | null | undefined;
};

/** Body measurements taken at a session. */
export type MeasurementsInput = {
  /** Body fat, percent (2 to 75). */
  bodyFatPercent?: number | null | undefined;
  /** Resting heart rate, beats per minute (25 to 250). */
  restingHeartRate?: number | null | undefined;
  /** Waist circumference, centimetres (30 to 300). */
  waistCm?: number | null | undefined;
  /** Body weight in kilograms (20 to 400). */
  weightKg?: number | null | undefined;
};

/** Replaces the whole medical information. */
export type MedicalInfoInput = {
  allergies?: Array<string>;
  conditions?: Array<string>;
  medications?: Array<string>;
};

/** How money was paid. recordPayment takes CHEQUE, E_TRANSFER and CASH; CREDIT (card) payments are not recorded by hand. */
export type PaymentMethod =
  | 'CASH'
  | 'CHEQUE'
  | 'CREDIT'
  | 'E_TRANSFER';

/** Canadian province or territory (ISO 3166-2:CA subdivision code). */
export type Province =
  /** Alberta */
  | 'AB'
  /** British Columbia */
  | 'BC'
  /** Manitoba */
  | 'MB'
  /** New Brunswick */
  | 'NB'
  /** Newfoundland and Labrador */
  | 'NL'
  /** Nova Scotia */
  | 'NS'
  /** Northwest Territories */
  | 'NT'
  /** Nunavut */
  | 'NU'
  /** Ontario */
  | 'ON'
  /** Prince Edward Island */
  | 'PE'
  /** Quebec */
  | 'QC'
  /** Saskatchewan */
  | 'SK'
  /** Yukon */
  | 'YT';

/** A supplier's provincial sales tax registration in one province (BC, SK: PST; MB: RST). */
export type PstRegistrationInput = {
  /** The registration number, e.g. "PST-1234-5678" (BC); 1 to 30 characters. */
  number: string;
  /** BC, SK or MB: the provinces with a sales tax of their own beside GST. */
  province: Province;
};

export type RecordExpenseInput = {
  /** CAD before sales taxes, e.g. "120.00": zero or more. */
  amountBeforeTax: string;
  category: ExpenseCategory;
  /** What it was, e.g. "Resistance bands for group classes" (1 to 1000 characters). */
  description: string;
  /** The receipt's day (`YYYY-MM-DD`), not in the future. */
  expenseDate: string;
  /** GST or HST paid (default 0): at most 15 % of amountBeforeTax. */
  gstHstPaid?: string | null | undefined;
  /** Bought for your commercial activities, so its GST/HST (and QST) may be claimed back (default true). */
  itcEligible?: boolean | null | undefined;
  /** Province or territory of the purchase (whose sales taxes it bore). */
  province: Province;
  /** PST or RST paid (default 0): only on a purchase in BC, SK or MB, at most 20 % of amountBeforeTax. */
  pstPaid?: string | null | undefined;
  /** QST paid (default 0): only on a purchase in Québec, at most 9.975 % of amountBeforeTax. */
  qstPaid?: string | null | undefined;
  /** The receipt's or invoice's number (at most 255 characters). */
  receiptReference?: string | null | undefined;
  /** Whose books: a trainer of your team, or any as super admin (default: yours). */
  trainerId?: string | number | null | undefined;
  /** Who sold it, e.g. "Running Room" (1 to 255 characters). */
  vendor: string;
};

export type RecordPaymentInput = {
  /** CAD received, e.g. "250.00": more than zero, at most the balance due. */
  amount: string;
  invoiceId: string | number;
  /** Local date the money was received (`YYYY-MM-DD`), not in the future. */
  paymentDate: string;
  paymentMethod: PaymentMethod;
  /** Cheque number or e-transfer reference. */
  referenceNumber?: string | null | undefined;
};

/** A new time (and place) for a scheduled session. Omitted fields stay as they are. */
export type RescheduleAppointmentInput = {
  /** Minutes, 5 to 720; the current duration by default. */
  durationMinutes?: number | null | undefined;
  /** An address or a meeting link, at most 500 characters; null clears it. */
  locationDetails?: string | null | undefined;
  /** Where, if it changes. */
  locationType?: AppointmentLocation | null | undefined;
  /** New start, UTC; not in the past. */
  startTime: string;
  /** Another studio (with an active contract that day); the current one by default when staying at a studio. */
  studioId?: string | number | null | undefined;
};

/** A role in the access hierarchy: SUPER_ADMIN › TRAINER_ADMIN (holds every permission of its team) › TRAINER; STUDIO_ADMIN (its studio and the locations below it); CLIENT (their own data, read-only). */
export type Role =
  | 'CLIENT'
  | 'STUDIO_ADMIN'
  | 'SUPER_ADMIN'
  | 'TRAINER'
  | 'TRAINER_ADMIN';

/** Where a role is held. */
export type RoleScope =
  | 'CLIENT'
  | 'PLATFORM'
  | 'STUDIO'
  | 'TRAINER';

/** A sales-tax return: the GST/HST return (CRA), the QST return (Revenu Québec), or a provincial PST/RST return. */
export type SalesTaxReturnKind =
  /** British Columbia PST return (FIN 400). */
  | 'BC_PST'
  /** GST/HST Return for Registrants (CRA form GST34). */
  | 'GST_HST'
  /** Manitoba RST return. */
  | 'MB_RST'
  /** QST return (Revenu Québec form FPZ-500-V). */
  | 'QST'
  /** Saskatchewan PST return. */
  | 'SK_PST';

/** A one-off session. Times are UTC. */
export type ScheduleAppointmentInput = {
  /** One of the trainer’s active class types. */
  classTypeId: string | number;
  /** Minutes, 5 to 720; the class type’s duration by default. */
  durationMinutes?: number | null | undefined;
  /** An address or a meeting link, at most 500 characters. */
  locationDetails?: string | null | undefined;
  locationType: AppointmentLocation;
  /** CAD the studio pays for the session: by default the contract’s class rate for the class type’s category (none away from a studio). */
  rate?: string | null | undefined;
  /** Start, UTC; not in the past. */
  startTime: string;
  /** The studio: required exactly when locationType is STUDIO; the trainer needs an active contract with it that day. */
  studioId?: string | number | null | undefined;
  /** Whose session: your own by default; a Trainer Admin may schedule for their team. */
  trainerId?: string | number | null | undefined;
};

/** A recurring session. Its times are local wall-clock times in the series’ zone. */
export type ScheduleSeriesInput = {
  /** One of the trainer’s active class types. */
  classTypeId: string | number;
  /** Minutes, 5 to 720; the class type’s duration by default. */
  durationMinutes?: number | null | undefined;
  /** The first occurrence, local wall-clock time in the series’ zone, e.g. "2027-03-02T07:00". */
  firstStart: string;
  /** An address or a meeting link, at most 500 characters. */
  locationDetails?: string | null | undefined;
  locationType: AppointmentLocation;
  /** CAD per occurrence; by default the contract’s class rate for the category. */
  rate?: string | null | undefined;
  /** RFC 5545 RRULE value without DTSTART: FREQ=WEEKLY or DAILY, INTERVAL, BYDAY, WKST, and UNTIL (a date, that day included) or COUNT; at most 500 occurrences. E.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;UNTIL=20270630". */
  rrule: string;
  /** Required exactly when locationType is STUDIO; the series then runs in the studio’s zone. */
  studioId?: string | number | null | undefined;
  /** IANA zone, e.g. "America/Toronto": only for a series away from a studio, where it is required (at a studio the studio’s zone is used). */
  timeZone?: string | null | undefined;
  /** Whose series: your own by default; a Trainer Admin may schedule for their team. */
  trainerId?: string | number | null | undefined;
};

/** What happened to an account. */
export type SecurityEventKind =
  /** Support reinstated the account (`reason`). */
  | 'ACCOUNT_REINSTATED'
  /** Support suspended the account (`reason`); its sessions were ended. */
  | 'ACCOUNT_SUSPENDED'
  /** Support cleared the sign-in delays. */
  | 'ACCOUNT_UNLOCKED'
  /** A wrong authenticator code after a right password. */
  | 'MFA_CODE_REJECTED'
  /** Signed in (every factor verified). */
  | 'SIGNED_IN'
  /** A wrong password for this account. */
  | 'SIGN_IN_FAILED'
  /** A right password for a suspended account. */
  | 'SIGN_IN_REFUSED_SUSPENDED'
  /** Too many failures: the source (or device) must wait `retryAfterSeconds` before its next try. */
  | 'SIGN_IN_THROTTLED';

export type SetAvailabilityInput = {
  /** First day these windows are in force, in the studio’s calendar: today or later. */
  effectiveFrom: string;
  /** Last day (inclusive); leave it out for "until changed". */
  effectiveUntil?: string | null | undefined;
  /** A studio the trainer has a contract with (active, or starting later). */
  studioId: string | number;
  /** Whose availability: yours by default; a Trainer Admin may name a trainer of their team. */
  trainerId?: string | number | null | undefined;
  /** At most 50; none overlapping on one weekday. An empty list: not available there in that period. */
  windows: Array<AvailabilityWindowInput>;
};

/** New rates of a trainer's contract with a studio, from a given day on: a new rate period (or the one beginning that day, replaced). Earlier periods are kept, so past sessions are billed at the rates of their day. */
export type SetContractRatesInput = {
  /** A per-attendee bonus above a head count; null: no bonus; omitted: as in the period in force on `effectiveFrom`. */
  attendeeBonus?: AttendeeBonusInput | null | undefined;
  /** Whether a late-cancelled booking is billed; omitted or null: as in the period in force on `effectiveFrom` (billed, for a contract's first period). */
  billLateCancellations?: boolean | null | undefined;
  /** Whether a session whose clients did not come is billed at its rate; omitted or null: as in the period in force on `effectiveFrom` (billed, for a contract's first period). */
  billNoShows?: boolean | null | undefined;
  /** Percent of session revenue the studio keeps, 0 to 100, at most 2 decimals; omitted or null: unchanged. Not dated: it applies from now on. */
  commissionRate?: string | null | undefined;
  /** First day the new rates apply (the studio's local date), from the contract's start date to its end date; omitted or null: today in the studio's time zone. */
  effectiveFrom?: string | null | undefined;
  /** The per-session rates, one per class category (at least one). They replace all the current class rates: a category left out has no rate any more. */
  rates: Array<ClassRateInput>;
  studioId: string | number;
  trainerId: string | number;
};

/** CALCULATED (a worksheet saved, still recalculated on save) → FILED (figures frozen) → PAID. */
export type TaxRemittanceStatus =
  | 'CALCULATED'
  | 'FILED'
  | 'PAID';

export type TaxReturnNoticeCode =
  /** British Columbia and Manitoba pay a commission for filing on time, not deducted here. */
  | 'PROVINCIAL_COMMISSION'
  /** Not registered for the GST/HST and none charged: no GST/HST to remit, no ITCs to claim. */
  | 'SMALL_SUPPLIER'
  /** The period's revenue is over the $30,000 small-supplier limit: registration is required. */
  | 'SMALL_SUPPLIER_THRESHOLD';

/** What a trainer's invoices say about them. Each field left out stays as it is; null clears it (the invoice prefix goes back to the trainer's initials). */
export type UpdateBillingProfileInput = {
  /** Business address printed on invoices; null: none. */
  address?: AddressInput | null | undefined;
  /** Business name printed on invoices, 1 to 255 characters; null or blank: none. */
  businessName?: string | null | undefined;
  /** CRA GST/HST registration number, e.g. "123456782 RT0001" (the business number's check digit is verified); null or blank: not registered (a small supplier charges no GST/HST). */
  gstHstNumber?: string | null | undefined;
  /** First part of your invoice numbers ("MC" in MC-2026-0007): 1 to 6 letters or digits, stored in capitals; null: your initials. */
  invoicePrefix?: string | null | undefined;
  /** Every PST/RST registration (they replace the current ones; [] or null: none), at most one per province. */
  pstNumbers?: Array<PstRegistrationInput> | null | undefined;
  /** Revenu Québec QST registration number, e.g. "1234567890 TQ0001"; null or blank: not registered. */
  qstNumber?: string | null | undefined;
  /** The trainer; omitted: yourself. */
  trainerId?: string | number | null | undefined;
};

export type UpdateClassTypeInput = {
  /** Minutes before the start inside which a client’s cancellation is late: 0 to 10080 (a week); 720 (12 hours) by default. */
  cancellationWindowMinutes?: number | null | undefined;
  category?: ClassCategory | null | undefined;
  /** Calendar colour, "#RRGGBB". Null: none. */
  color?: string | null | undefined;
  /** CAD a participant pays by default, before tax: 0 to 10000. Null: none. */
  defaultRate?: string | null | undefined;
  /** At most 2000 characters; no health details. Null: none. */
  description?: string | null | undefined;
  /** Length of a session, 5 to 720 minutes; sessions already scheduled keep their times. */
  durationMinutes?: number | null | undefined;
  /** Most participants of one session, 1 to 500; individual and trial sessions have exactly 1. */
  maxParticipants?: number | null | undefined;
  /** 1 to 100 characters. */
  name?: string | null | undefined;
};

export type WriteSessionNoteInput = {
  /** The session (scheduling appointment) the note documents. */
  appointmentId: string | number;
  /** A: your assessment (up to 20 000 characters). */
  assessment?: string | null | undefined;
  /** The client who attended it. */
  clientId: string | number;
  /** Replaces the exercises (up to 50). */
  exercises?: Array<ExerciseInput> | null | undefined;
  /** Replaces the measurements. */
  measurements?: MeasurementsInput | null | undefined;
  /** O: what you observed (up to 20 000 characters). */
  objective?: string | null | undefined;
  /** P: the plan from here (up to 20 000 characters). */
  plan?: string | null | undefined;
  /** For trainers only, never shown to the client (up to 20 000 characters). */
  privateNotes?: string | null | undefined;
  /** The session's local date (YYYY-MM-DD, the studio's day), within a day of its start. Default: kept on a change; for a new note, the start's date in Toronto time. */
  sessionDate?: string | null | undefined;
  /** S: what the client reported (up to 20 000 characters). */
  subjective?: string | null | undefined;
};

export type AppShellQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQueryQuery = { me: { id: string, roles: Array<{ role: Role, scopeType: RoleScope, scopeId: string | null }>, trainer: { id: string, displayName: string } | null } };

export type StudioNavQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type StudioNavQueryQuery = { studios: Array<{ id: string, name: string, timeZone: string, parentStudio: { id: string } | null }> };

export type ClientShellQueryQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientShellQueryQuery = { client: { id: string, displayName: string } };

export type SignOutMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type SignOutMutationMutation = { logout: boolean };

export type SessionFieldsFragment = { accessToken: string | null, accessTokenExpiresAt: string | null, refreshToken: string | null, refreshTokenExpiresAt: string | null } & { ' $fragmentName'?: 'SessionFieldsFragment' };

export type RefreshSessionMutationMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutationMutation = { refreshToken: { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } } };

export type CalendarAppointment_AppointmentFragment = { id: string, startTime: string, endTime: string, timeZone: string | null, status: AppointmentStatus, headCount: number, capacity: number, waitlistCount: number, classType: { id: string, name: string, category: ClassCategory, color: string | null }, studio: { id: string, name: string } | null } & { ' $fragmentName'?: 'CalendarAppointment_AppointmentFragment' };

export type CalendarFeedQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedQueryQuery = { me: { id: string, trainer: { id: string, calendarFeed: { id: string, createdAt: string, urlHint: string } | null } | null } };

export type CreateCalendarFeedMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutationMutation = { createCalendarFeed: { url: string, feed: { id: string, createdAt: string, urlHint: string } } };

export type RevokeCalendarFeedMutationMutationVariables = Exact<{ [key: string]: never; }>;


export type RevokeCalendarFeedMutationMutation = { revokeCalendarFeed: boolean };

export type ClientCard_ClientFragment = { id: string, displayName: string, email: string | null, phone: string | null, status: ClientStatus, goals: string | null, latestSessionNote: { id: string, sessionDate: string } | null } & { ' $fragmentName'?: 'ClientCard_ClientFragment' };

export type FollowUpList_ClientFragment = { id: string, displayName: string, status: ClientStatus, latestSessionNote: { id: string, sessionDate: string } | null, upcomingAppointments: Array<{ id: string, startTime: string }> } & { ' $fragmentName'?: 'FollowUpList_ClientFragment' };

export type InvoicePdfLinkQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicePdfLinkQueryQuery = { invoice: { id: string, pdfUrl: string } };

export type NewClientFormMutationMutationVariables = Exact<{
  input: CreateClientInput;
}>;


export type NewClientFormMutationMutation = { createClient: { id: string, displayName: string } };

export type RevenueChart_InvoiceFragment = { id: string, status: InvoiceStatus, periodStart: string, periodEnd: string, subtotal: string } & { ' $fragmentName'?: 'RevenueChart_InvoiceFragment' };

export type SessionNoteCard_SessionNoteFragment = { id: string, sessionDate: string, subjective: string | null, objective: string | null, assessment: string | null, plan: string | null, privateNotes: string | null, exercises: Array<{ name: string, sets: number | null, reps: number | null, weightKg: number | null }>, measurements: { weightKg: number | null, bodyFatPercent: number | null } | null } & { ' $fragmentName'?: 'SessionNoteCard_SessionNoteFragment' };

export type SessionNoteEditor_NoteFragment = { id: string, subjective: string | null, objective: string | null, assessment: string | null, plan: string | null, privateNotes: string | null, signedAt: string | null, exercises: Array<{ name: string, sets: number | null, reps: number | null, weightKg: number | null, notes: string | null }>, signedBy: { id: string, displayName: string } | null, addenda: Array<{ id: string, text: string, createdAt: string, author: { id: string, displayName: string } }>, appointment: { id: string } } & { ' $fragmentName'?: 'SessionNoteEditor_NoteFragment' };

export type SessionNoteEditorQueryQueryVariables = Exact<{
  clientId: string | number;
}>;


export type SessionNoteEditorQueryQuery = { client: { id: string, sessionNotes: { edges: Array<{ node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'SessionNoteEditor_NoteFragment': SessionNoteEditor_NoteFragment } }
        ) }> } } };

export type WriteNoteMutationMutationVariables = Exact<{
  input: WriteSessionNoteInput;
}>;


export type WriteNoteMutationMutation = { writeSessionNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'SessionNoteEditor_NoteFragment': SessionNoteEditor_NoteFragment } }
  ) };

export type SignNoteMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type SignNoteMutationMutation = { signSessionNote: (
    { id: string }
    & { ' $fragmentRefs'?: { 'SessionNoteEditor_NoteFragment': SessionNoteEditor_NoteFragment } }
  ) };

export type AddAddendumMutationMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type AddAddendumMutationMutation = { addSessionNoteAddendum: (
    { id: string }
    & { ' $fragmentRefs'?: { 'SessionNoteEditor_NoteFragment': SessionNoteEditor_NoteFragment } }
  ) };

export type StudioScheduleSlot_AppointmentFragment = { id: string, startTime: string, endTime: string, status: AppointmentStatus, headCount: number, classType: { id: string, name: string, color: string | null } } & { ' $fragmentName'?: 'StudioScheduleSlot_AppointmentFragment' };

export type StudioSessionsCard_StudioFragment = { id: string, name: string, timeZone: string, address: { city: string } } & { ' $fragmentName'?: 'StudioSessionsCard_StudioFragment' };

export type StudioSessionsCard_AppointmentFragment = { id: string, startTime: string, endTime: string, status: AppointmentStatus, headCount: number, classType: { id: string, name: string, color: string | null } } & { ' $fragmentName'?: 'StudioSessionsCard_AppointmentFragment' };

export type UnpaidInvoices_InvoiceFragment = { id: string, invoiceNumber: string | null, status: InvoiceStatus, dueDate: string, total: string, amountPaid: string, balanceDue: string, studio: { id: string, name: string } | null } & { ' $fragmentName'?: 'UnpaidInvoices_InvoiceFragment' };

export type LoginRouteMutationMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginRouteMutationMutation = { login: (
    { deviceToken: string | null, mfaRequired: boolean, mfaToken: string | null, mfaEnrollmentRequired: boolean, user: { id: string, email: string } | null }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type LoginRouteVerifyMfaMutationMutationVariables = Exact<{
  mfaToken: string;
  code: string;
}>;


export type LoginRouteVerifyMfaMutationMutation = { verifyMfa: (
    { deviceToken: string | null }
    & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
  ) };

export type AccountSecurityRouteQueryQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AccountSecurityRouteQueryQuery = { me: { id: string, displayName: string, mfaEnabled: boolean, securityEvents: { edges: Array<{ node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'SecurityEventsTable_EventFragment': SecurityEventsTable_EventFragment } }
        ) }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type SecurityEventsTable_EventFragment = { id: string, kind: SecurityEventKind, occurredAt: string, sourceAddress: string | null, knownDevice: boolean, retryAfterSeconds: number | null, actorName: string | null, reason: string | null } & { ' $fragmentName'?: 'SecurityEventsTable_EventFragment' };

export type SupportConsoleRouteQueryQueryVariables = Exact<{
  email: string;
}>;


export type SupportConsoleRouteQueryQuery = { userByEmail: { id: string, displayName: string, email: string, status: string, mfaEnabled: boolean, lastLoginAt: string | null, roles: Array<{ role: Role, scopeType: RoleScope, scopeId: string | null }>, securityEvents: { edges: Array<{ node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'SecurityEventsTable_EventFragment': SecurityEventsTable_EventFragment } }
        ) }> } } };

export type SupportConsoleUnlockMutationMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type SupportConsoleUnlockMutationMutation = { unlockAccount: { id: string } };

export type SupportConsoleSuspendMutationMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type SupportConsoleSuspendMutationMutation = { suspendAccount: { id: string, status: string } };

export type SupportConsoleReinstateMutationMutationVariables = Exact<{
  input: AccountActionInput;
}>;


export type SupportConsoleReinstateMutationMutation = { reinstateAccount: { id: string, status: string } };

export type SupportConsoleBreakGlassMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SupportConsoleBreakGlassMutationMutation = { breakGlassReadClient: { id: string, displayName: string, phone: string | null, emergencyContact: { name: string, phone: string, relationship: string } | null, medicalInfo: { conditions: Array<string>, medications: Array<string>, allergies: Array<string> } } };

export type ClientBookableClassesQueryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ClientBookableClassesQueryQuery = { bookableClasses: Array<{ id: string, startTime: string, endTime: string, timeZone: string | null, capacity: number, placesLeft: number, waitlistCount: number, classType: { id: string, name: string, cancellationWindowMinutes: number }, studio: { id: string, name: string } | null, trainer: { id: string, displayName: string }, participants: Array<{ id: string, status: string, waitlistPosition: number | null }> }> };

export type ClientBookMutationMutationVariables = Exact<{
  appointmentId: string | number;
  clientId: string | number;
}>;


export type ClientBookMutationMutation = { bookClient: { id: string, status: string, waitlistPosition: number | null } };

export type ClientCancelBookingMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type ClientCancelBookingMutationMutation = { cancelBooking: { id: string, status: string, lateCancellation: boolean } };

export type ClientNotesQueryQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientNotesQueryQuery = { client: { id: string, sessionNotes: { edges: Array<{ node: { id: string, sessionDate: string, subjective: string | null, objective: string | null, assessment: string | null, plan: string | null, signedAt: string | null, exercises: Array<{ name: string, sets: number | null, reps: number | null, weightKg: number | null }>, trainer: { id: string, displayName: string }, addenda: Array<{ id: string, text: string, createdAt: string }> } }> } } };

export type ClientHomeRouteQueryQueryVariables = Exact<{
  clientId: string | number;
}>;


export type ClientHomeRouteQueryQuery = { client: { id: string, displayName: string, email: string | null, phone: string | null, trainer: { id: string, displayName: string }, upcomingAppointments: Array<{ id: string, startTime: string, endTime: string, status: AppointmentStatus, timeZone: string | null, classType: { id: string, name: string, cancellationWindowMinutes: number }, trainer: { id: string, displayName: string }, studio: { id: string, name: string } | null, participants: Array<{ id: string, status: string, waitlistPosition: number | null }> }> }, myAccessLog: { edges: Array<{ node: { id: string, accessedAt: string, resourceType: string, action: string, purpose: string, accessorRole: AccessorRole, trainer: { id: string, displayName: string } | null } }>, pageInfo: { hasNextPage: boolean } } };

export type ClientHomeExportMutationMutationVariables = Exact<{
  clientId: string | number;
}>;


export type ClientHomeExportMutationMutation = { exportClientData: Record<string, unknown> };

export type StudioInvoicesRoute_InvoiceFragment = { id: string, invoiceNumber: string | null, documentType: InvoiceDocumentType, status: InvoiceStatus, invoiceDate: string, dueDate: string, total: string, amountPaid: string, balanceDue: string, approvedAt: string | null, creditedInvoice: { id: string, invoiceNumber: string | null } | null, trainer: { id: string, displayName: string }, studio: { id: string, name: string } | null, items: Array<{ id: string, location: { id: string, name: string } | null }> } & { ' $fragmentName'?: 'StudioInvoicesRoute_InvoiceFragment' };

export type StudioInvoicesRouteQueryQueryVariables = Exact<{
  studioId: string | number;
}>;


export type StudioInvoicesRouteQueryQuery = { studio: { id: string, name: string, timeZone: string, invoices: { edges: Array<{ node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'StudioInvoicesRoute_InvoiceFragment': StudioInvoicesRoute_InvoiceFragment } }
        ) }>, pageInfo: { hasNextPage: boolean } }, childStudios: Array<{ id: string, name: string, invoices: { edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'StudioInvoicesRoute_InvoiceFragment': StudioInvoicesRoute_InvoiceFragment } }
          ) }>, pageInfo: { hasNextPage: boolean } } }> } };

export type StudioApproveInvoiceMutationVariables = Exact<{
  id: string | number;
}>;


export type StudioApproveInvoiceMutation = { approveInvoice: { id: string, approvedAt: string | null, status: InvoiceStatus } };

export type StudioRecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type StudioRecordPaymentMutation = { recordPayment: { id: string, status: InvoiceStatus, amountPaid: string, balanceDue: string, paidAt: string | null } };

export type StudioPayablesRouteQueryQueryVariables = Exact<{
  studioId: string | number;
  asOf?: string | null | undefined;
}>;


export type StudioPayablesRouteQueryQuery = { studio: { id: string, name: string, timeZone: string, childStudios: Array<{ id: string }>, payables: { asOf: string, total: string, ageing: { days0To30: string, days31To60: string, days61To90: string, over90: string }, months: Array<{ month: string, balance: string }>, trainers: Array<{ total: string, ageing: { days0To30: string, days31To60: string, days61To90: string, over90: string }, months: Array<{ month: string, balance: string }>, invoices: Array<{ ageDays: number, balanceDue: string, invoice: { id: string, invoiceNumber: string | null, invoiceDate: string, dueDate: string, studio: { id: string, name: string } | null } }>, trainer: { id: string, displayName: string } }> } } };

export type StudioScheduleRouteQueryQueryVariables = Exact<{
  studioId: string | number;
  from: string;
  to: string;
}>;


export type StudioScheduleRouteQueryQuery = { studio: { id: string, name: string, timeZone: string, appointments: { edges: Array<{ node: (
          { id: string, trainer: { id: string, displayName: string } }
          & { ' $fragmentRefs'?: { 'StudioScheduleSlot_AppointmentFragment': StudioScheduleSlot_AppointmentFragment } }
        ) }>, pageInfo: { hasNextPage: boolean } } } };

export type StudioTrainersRouteQueryQueryVariables = Exact<{
  studioId: string | number;
}>;


export type StudioTrainersRouteQueryQuery = { studio: { id: string, name: string, contracts: Array<{ id: string, trainerId: string, studioId: string, role: ContractRole, status: string, commissionRate: string | null, startDate: string, endDate: string | null, classRates: Array<{ category: ClassCategory, rate: string }>, ratePeriods: Array<{ effectiveFrom: string, effectiveUntil: string | null, billNoShows: boolean, billLateCancellations: boolean, classRates: Array<{ category: ClassCategory, rate: string }>, attendeeBonus: { threshold: number, rate: string } | null }>, trainer: { id: string, displayName: string, specializations: Array<string> } }> } };

export type StudioSetContractRatesMutationVariables = Exact<{
  input: SetContractRatesInput;
}>;


export type StudioSetContractRatesMutation = { setContractRates: { id: string, classRates: Array<{ category: ClassCategory, rate: string }>, ratePeriods: Array<{ effectiveFrom: string, effectiveUntil: string | null, billNoShows: boolean, billLateCancellations: boolean, classRates: Array<{ category: ClassCategory, rate: string }>, attendeeBonus: { threshold: number, rate: string } | null }> } };

export type AvailabilityRouteQueryQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type AvailabilityRouteQueryQuery = { me: { id: string, trainer: { id: string, timeZone: string, travelBufferMinutes: number, studios: Array<{ id: string, name: string, timeZone: string }>, availability: Array<{ id: string, weekday: number, startTime: string, endTime: string, effectiveFrom: string, effectiveUntil: string | null, timeZone: string, studio: { id: string } }> } | null } };

export type SetAvailabilityMutationMutationVariables = Exact<{
  input: SetAvailabilityInput;
}>;


export type SetAvailabilityMutationMutation = { setAvailability: Array<{ id: string }> };

export type SetTravelBufferMutationMutationVariables = Exact<{
  minutes: number;
}>;


export type SetTravelBufferMutationMutation = { setTravelBuffer: { id: string, travelBufferMinutes: number } };

export type BillingProfileRouteQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type BillingProfileRouteQueryQuery = { me: { id: string, trainer: { id: string, displayName: string, billingProfile: { businessName: string | null, gstHstNumber: string | null, qstNumber: string | null, invoicePrefix: string, address: { street: string, line2: string | null, city: string, province: Province, postalCode: string } | null, pstNumbers: Array<{ province: Province, number: string }> } | null } | null } };

export type UpdateBillingProfileMutationMutationVariables = Exact<{
  input: UpdateBillingProfileInput;
}>;


export type UpdateBillingProfileMutationMutation = { updateBillingProfile: { id: string, billingProfile: { businessName: string | null, gstHstNumber: string | null, qstNumber: string | null, invoicePrefix: string, address: { street: string, line2: string | null, city: string, province: Province, postalCode: string } | null, pstNumbers: Array<{ province: Province, number: string }> } | null } };

export type CalendarRouteQueryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type CalendarRouteQueryQuery = { me: { id: string, trainer: { id: string, appointments: { edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'CalendarAppointment_AppointmentFragment': CalendarAppointment_AppointmentFragment } }
          ) }>, pageInfo: { hasNextPage: boolean } } } | null } };

export type ClassTypesRouteQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassTypesRouteQueryQuery = { me: { id: string, trainer: { id: string, classTypes: Array<{ id: string, name: string, category: ClassCategory, durationMinutes: number, maxParticipants: number, defaultRate: string | null, color: string | null, description: string | null, status: ClassTypeStatus, cancellationWindowMinutes: number }> } | null } };

export type CreateClassTypeMutationMutationVariables = Exact<{
  input: CreateClassTypeInput;
}>;


export type CreateClassTypeMutationMutation = { createClassType: { id: string, name: string } };

export type UpdateClassTypeMutationMutationVariables = Exact<{
  id: string | number;
  input: UpdateClassTypeInput;
}>;


export type UpdateClassTypeMutationMutation = { updateClassType: { id: string, name: string, category: ClassCategory, durationMinutes: number, maxParticipants: number, defaultRate: string | null, color: string | null, description: string | null, cancellationWindowMinutes: number } };

export type ArchiveClassTypeMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveClassTypeMutationMutation = { archiveClassType: { id: string, status: ClassTypeStatus } };

export type ClientDetailRouteQueryQueryVariables = Exact<{
  id: string | number;
  notesAfter?: string | null | undefined;
}>;


export type ClientDetailRouteQueryQuery = { client: { id: string, displayName: string, email: string | null, phone: string | null, dateOfBirth: string | null, status: ClientStatus, source: ClientSource | null, goals: string | null, emergencyContact: { name: string, phone: string, relationship: string } | null, medicalInfo: { conditions: Array<string>, medications: Array<string>, allergies: Array<string> }, upcomingAppointments: Array<{ id: string, startTime: string, timeZone: string | null, status: AppointmentStatus, classType: { id: string, name: string, color: string | null }, studio: { id: string, name: string } | null }>, sessionNotes: { edges: Array<{ cursor: string, node: (
          { id: string }
          & { ' $fragmentRefs'?: { 'SessionNoteCard_SessionNoteFragment': SessionNoteCard_SessionNoteFragment } }
        ) }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } };

export type ClientsRouteQueryQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ClientsRouteQueryQuery = { clients: { edges: Array<{ cursor: string, node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'ClientCard_ClientFragment': ClientCard_ClientFragment } }
      ) }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardRouteQueryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardRouteQueryQuery = { me: { id: string, trainer: { id: string, displayName: string, studios: Array<(
        { id: string }
        & { ' $fragmentRefs'?: { 'StudioSessionsCard_StudioFragment': StudioSessionsCard_StudioFragment } }
      )>, appointments: { edges: Array<{ node: (
            { id: string, studio: { id: string } | null }
            & { ' $fragmentRefs'?: { 'StudioSessionsCard_AppointmentFragment': StudioSessionsCard_AppointmentFragment } }
          ) }> }, invoices: { edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'UnpaidInvoices_InvoiceFragment': UnpaidInvoices_InvoiceFragment;'RevenueChart_InvoiceFragment': RevenueChart_InvoiceFragment } }
          ) }> }, clients: { edges: Array<{ node: (
            { id: string }
            & { ' $fragmentRefs'?: { 'FollowUpList_ClientFragment': FollowUpList_ClientFragment } }
          ) }> } } | null } };

export type ExpensesRouteQueryQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ExpensesRouteQueryQuery = { me: { id: string, trainer: { id: string, billingProfile: { address: { province: Province } | null } | null, expenses: { edges: Array<{ node: { id: string, expenseDate: string, vendor: string, description: string, category: ExpenseCategory, amountBeforeTax: string, gstHstPaid: string, qstPaid: string, pstPaid: string, total: string, province: Province, receiptReference: string | null, itcEligible: boolean } }>, pageInfo: { hasNextPage: boolean } } } | null } };

export type RecordExpenseMutationMutationVariables = Exact<{
  input: RecordExpenseInput;
}>;


export type RecordExpenseMutationMutation = { recordExpense: { id: string, expenseDate: string } };

export type CorrectExpenseMutationMutationVariables = Exact<{
  id: string | number;
  input: ExpenseInput;
}>;


export type CorrectExpenseMutationMutation = { correctExpense: { id: string, expenseDate: string, vendor: string, description: string, category: ExpenseCategory, amountBeforeTax: string, gstHstPaid: string, qstPaid: string, pstPaid: string, total: string, province: Province, receiptReference: string | null, itcEligible: boolean } };

export type NewSeriesMutationMutationVariables = Exact<{
  input: ScheduleSeriesInput;
}>;


export type NewSeriesMutationMutation = { scheduleSeries: { id: string, rrule: string, timeZone: string, firstStart: string } };

export type NewSessionMutationMutationVariables = Exact<{
  input: ScheduleAppointmentInput;
}>;


export type NewSessionMutationMutation = { scheduleAppointment: { id: string, startTime: string } };

export type SessionRouteQueryQueryVariables = Exact<{
  id: string | number;
}>;


export type SessionRouteQueryQuery = { appointment: { id: string, startTime: string, endTime: string, timeZone: string | null, status: AppointmentStatus, locationType: string, locationDetails: string | null, cancellationReason: string | null, capacity: number, placesLeft: number, waitlistCount: number, headCount: number, recurrenceId: string | null, series: { id: string, rrule: string } | null, classType: { id: string, name: string, color: string | null, category: ClassCategory, cancellationWindowMinutes: number }, studio: { id: string, name: string, timeZone: string } | null, trainer: { id: string, displayName: string }, participants: Array<{ id: string, status: string, attended: boolean | null, waitlistPosition: number | null, lateCancellation: boolean, bookedAt: string, cancelledAt: string | null, client: { id: string, displayName: string } }> } };

export type SessionClientsQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionClientsQueryQuery = { me: { id: string, trainer: { id: string, clients: { edges: Array<{ node: { id: string, displayName: string, status: ClientStatus } }> } } | null } };

export type BookClientMutationMutationVariables = Exact<{
  appointmentId: string | number;
  clientId: string | number;
}>;


export type BookClientMutationMutation = { bookClient: { id: string, status: string, waitlistPosition: number | null } };

export type CancelBookingMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelBookingMutationMutation = { cancelBooking: { id: string, status: string, lateCancellation: boolean } };

export type MarkAttendanceMutationMutationVariables = Exact<{
  appointmentId: string | number;
  attendance: Array<AttendanceInput> | AttendanceInput;
}>;


export type MarkAttendanceMutationMutation = { markAttendance: Array<{ id: string, attended: boolean | null }> };

export type CompleteSessionMutationMutationVariables = Exact<{
  id: string | number;
}>;


export type CompleteSessionMutationMutation = { completeAppointment: { id: string, status: AppointmentStatus } };

export type RescheduleMutationMutationVariables = Exact<{
  id: string | number;
  input: RescheduleAppointmentInput;
}>;


export type RescheduleMutationMutation = { rescheduleAppointment: { id: string, startTime: string, endTime: string } };

export type CancelSessionMutationMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelSessionMutationMutation = { cancelAppointment: { id: string, status: AppointmentStatus, cancellationReason: string | null } };

export type CancelSeriesFromMutationMutationVariables = Exact<{
  appointmentId: string | number;
  reason: string;
}>;


export type CancelSeriesFromMutationMutation = { cancelSeriesFrom: { id: string, status: AppointmentSeriesStatus } };

export type TaxReturnCard_ReturnFragment = { kind: SalesTaxReturnKind, jurisdiction: string, authority: string, form: string, registered: boolean, registrationNumber: string | null, netTax: string, lines: Array<{ line: string, description: string, amount: string }> } & { ' $fragmentName'?: 'TaxReturnCard_ReturnFragment' };

export type TaxesRouteQueryQueryVariables = Exact<{
  periodStart: string;
  periodEnd: string;
}>;


export type TaxesRouteQueryQuery = { taxReturn: { periodStart: string, periodEnd: string, invoiceCount: number, creditNoteCount: number, expenseCount: number, gstHst: (
      { kind: SalesTaxReturnKind }
      & { ' $fragmentRefs'?: { 'TaxReturnCard_ReturnFragment': TaxReturnCard_ReturnFragment } }
    ), qst: (
      { kind: SalesTaxReturnKind }
      & { ' $fragmentRefs'?: { 'TaxReturnCard_ReturnFragment': TaxReturnCard_ReturnFragment } }
    ) | null, provincialSalesTaxes: Array<(
      { kind: SalesTaxReturnKind }
      & { ' $fragmentRefs'?: { 'TaxReturnCard_ReturnFragment': TaxReturnCard_ReturnFragment } }
    )>, notices: Array<{ code: TaxReturnNoticeCode, message: string }> }, me: { id: string, trainer: { id: string, taxRemittances: Array<{ id: string, kind: SalesTaxReturnKind, periodStart: string, periodEnd: string, netTaxOwing: string, status: TaxRemittanceStatus, reference: string | null, filedOn: string | null, paidOn: string | null }> } | null } };

export type SaveTaxReturnMutationMutationVariables = Exact<{
  periodStart: string;
  periodEnd: string;
}>;


export type SaveTaxReturnMutationMutation = { saveTaxReturn: Array<{ id: string, kind: SalesTaxReturnKind, status: TaxRemittanceStatus }> };

export type MarkTaxReturnFiledMutationMutationVariables = Exact<{
  id: string | number;
  reference: string;
  filedOn: string;
}>;


export type MarkTaxReturnFiledMutationMutation = { markTaxReturnFiled: { id: string, status: TaxRemittanceStatus, reference: string | null, filedOn: string | null } };

export type MarkTaxReturnPaidMutationMutationVariables = Exact<{
  id: string | number;
  paidOn: string;
}>;


export type MarkTaxReturnPaidMutationMutation = { markTaxReturnPaid: { id: string, status: TaxRemittanceStatus, paidOn: string | null } };

export type ScheduleSetupQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduleSetupQueryQuery = { me: { id: string, trainer: { id: string, timeZone: string, travelBufferMinutes: number, classTypes: Array<{ id: string, name: string, category: ClassCategory, durationMinutes: number, maxParticipants: number, color: string | null, status: ClassTypeStatus }>, studios: Array<{ id: string, name: string, timeZone: string }> } | null } };

export type TrainerZoneQueryQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainerZoneQueryQuery = { me: { id: string, trainer: { id: string, timeZone: string } | null } };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CalendarAppointment_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarAppointment_AppointmentFragment, unknown>;
export const ClientCard_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCard_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"latestSessionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}}]}}]}}]} as unknown as DocumentNode<ClientCard_ClientFragment, unknown>;
export const FollowUpList_ClientFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpList_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestSessionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}}]}}]} as unknown as DocumentNode<FollowUpList_ClientFragment, unknown>;
export const RevenueChart_InvoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevenueChart_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}}]}}]} as unknown as DocumentNode<RevenueChart_InvoiceFragment, unknown>;
export const SessionNoteCard_SessionNoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteCard_sessionNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"bodyFatPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}}]}}]} as unknown as DocumentNode<SessionNoteCard_SessionNoteFragment, unknown>;
export const SessionNoteEditor_NoteFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionNoteEditor_NoteFragment, unknown>;
export const StudioScheduleSlot_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioScheduleSlot_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<StudioScheduleSlot_AppointmentFragment, unknown>;
export const StudioSessionsCard_StudioFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioSessionsCard_studio"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Studio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]} as unknown as DocumentNode<StudioSessionsCard_StudioFragment, unknown>;
export const StudioSessionsCard_AppointmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioSessionsCard_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<StudioSessionsCard_AppointmentFragment, unknown>;
export const UnpaidInvoices_InvoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnpaidInvoices_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UnpaidInvoices_InvoiceFragment, unknown>;
export const SecurityEventsTable_EventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventsTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"knownDevice"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<SecurityEventsTable_EventFragment, unknown>;
export const StudioInvoicesRoute_InvoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioInvoicesRoute_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StudioInvoicesRoute_InvoiceFragment, unknown>;
export const TaxReturnCard_ReturnFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaxReturnCard_return"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTaxReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netTax"}}]}}]} as unknown as DocumentNode<TaxReturnCard_ReturnFragment, unknown>;
export const AppShellQueryDocument = {"__meta__":{"hash":"12e75f7959ae1fd5b2bd20227adda5a6d7ac41256f35041c4c17cb6e7cb56849"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppShellQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AppShellQueryQuery, AppShellQueryQueryVariables>;
export const StudioNavQueryDocument = {"__meta__":{"hash":"c2a438c7f9020efdd02eb03c933457b01faae74ce0483d8cd22f5d8e30430bb7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioNavQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"parentStudio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<StudioNavQueryQuery, StudioNavQueryQueryVariables>;
export const ClientShellQueryDocument = {"__meta__":{"hash":"68af2cbc684e8db6be4546a118b6b01930ac9e2346313f9922d77a267018656e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientShellQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<ClientShellQueryQuery, ClientShellQueryQueryVariables>;
export const SignOutMutationDocument = {"__meta__":{"hash":"8ce441ef18137bf2478cee813bbd04ba8be2e05c69214ff2069abb316ebbfa5e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<SignOutMutationMutation, SignOutMutationMutationVariables>;
export const RefreshSessionMutationDocument = {"__meta__":{"hash":"7790548c8ae6581a9c729d34e637fa05e29b873d85f341a6ab07dc0189cc9c4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]} as unknown as DocumentNode<RefreshSessionMutationMutation, RefreshSessionMutationMutationVariables>;
export const CalendarFeedQueryDocument = {"__meta__":{"hash":"30747dd13f9bbb8fa910a47385268ca0ec33c636723b3ac74c560f27acaec803"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeedQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarFeedQueryQuery, CalendarFeedQueryQueryVariables>;
export const CreateCalendarFeedMutationDocument = {"__meta__":{"hash":"973b8602d7ab4941514d31db30a4c4cc1869bc2f8cb64c64e6be1b5d8d5aac38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeedMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutationMutation, CreateCalendarFeedMutationMutationVariables>;
export const RevokeCalendarFeedMutationDocument = {"__meta__":{"hash":"a6a2344890dca02f0a5fb9f1f972e5aeb7e095fec5bab16a2c43800d0cfb4e49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeedMutation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutationMutation, RevokeCalendarFeedMutationMutationVariables>;
export const InvoicePdfLinkQueryDocument = {"__meta__":{"hash":"aedf123776f37a0080f3f2f8dc13bed24eb5317fc140543d8ab76fa250e5f057"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePdfLinkQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<InvoicePdfLinkQueryQuery, InvoicePdfLinkQueryQueryVariables>;
export const NewClientFormMutationDocument = {"__meta__":{"hash":"93a143319977b7d23d20b95f6ffa717e580ab8ddedf421adf826749aacf45fe3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewClientFormMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NewClientFormMutationMutation, NewClientFormMutationMutationVariables>;
export const SessionNoteEditorQueryDocument = {"__meta__":{"hash":"796ed4a30fb4512d4a467f0607ee6db79090bacaf611c5a6dd8038b8daf9cf95"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionNoteEditorQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionNoteEditor_note"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionNoteEditorQueryQuery, SessionNoteEditorQueryQueryVariables>;
export const WriteNoteMutationDocument = {"__meta__":{"hash":"c8a0af23d198fb990538f14cfab3122fe98b8450546ecb1e29363dfcdf93aa21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteNoteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteSessionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeSessionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionNoteEditor_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WriteNoteMutationMutation, WriteNoteMutationMutationVariables>;
export const SignNoteMutationDocument = {"__meta__":{"hash":"b0f9db03a79e1a3fa2a66ee3bfbdc78144de4e39fe2c5681ef12caf081d83177"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignNoteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signSessionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionNoteEditor_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignNoteMutationMutation, SignNoteMutationMutationVariables>;
export const AddAddendumMutationDocument = {"__meta__":{"hash":"3821028b4d0795e658e2619a248e0dbc7eb476c2b947aac6fa71739c889170b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAddendumMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSessionNoteAddendum"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionNoteEditor_note"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteEditor_note"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddAddendumMutationMutation, AddAddendumMutationMutationVariables>;
export const LoginRouteMutationDocument = {"__meta__":{"hash":"978849f7505b7b1ba4538c6221b23dc86a0668bad2a2549f96a9eb060fd1703d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRouteMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}},{"kind":"Field","name":{"kind":"Name","value":"mfaRequired"}},{"kind":"Field","name":{"kind":"Name","value":"mfaToken"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnrollmentRequired"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]} as unknown as DocumentNode<LoginRouteMutationMutation, LoginRouteMutationMutationVariables>;
export const LoginRouteVerifyMfaMutationDocument = {"__meta__":{"hash":"b88abdfbe122b05aac7205753386e94378fac36188528ae2d48718af4e5cb16d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginRouteVerifyMfaMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mfaToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mfaToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mfaToken"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"deviceToken"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}}]}}]} as unknown as DocumentNode<LoginRouteVerifyMfaMutationMutation, LoginRouteVerifyMfaMutationMutationVariables>;
export const AccountSecurityRouteQueryDocument = {"__meta__":{"hash":"3aca9ad56ccd5a1654157f78f8a33b4b8060e62bd4e214c3d29adfbf601fc699"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSecurityRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityEventsTable_event"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventsTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"knownDevice"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AccountSecurityRouteQueryQuery, AccountSecurityRouteQueryQueryVariables>;
export const SupportConsoleRouteQueryDocument = {"__meta__":{"hash":"8eda1c91a4cf12e64abaf76d4fab615e1bf017bd3f4fe5e364c906953976bfbb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupportConsoleRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userByEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeType"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"securityEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SecurityEventsTable_event"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SecurityEventsTable_event"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"sourceAddress"}},{"kind":"Field","name":{"kind":"Name","value":"knownDevice"}},{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<SupportConsoleRouteQueryQuery, SupportConsoleRouteQueryQueryVariables>;
export const SupportConsoleUnlockMutationDocument = {"__meta__":{"hash":"02d3d4b844181f0bf2c4de100c1144bf5958d994abf3b492a11aa036c49af9fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportConsoleUnlockMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlockAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupportConsoleUnlockMutationMutation, SupportConsoleUnlockMutationMutationVariables>;
export const SupportConsoleSuspendMutationDocument = {"__meta__":{"hash":"7f52dc1d581e05b3a9b795dca1ed52b44255ec3f5126830ca5372d9eccc2ae07"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportConsoleSuspendMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupportConsoleSuspendMutationMutation, SupportConsoleSuspendMutationMutationVariables>;
export const SupportConsoleReinstateMutationDocument = {"__meta__":{"hash":"f78072eaa970e364302db7fa1eeb4c98994b9be7f8c550eb9c02f25af6cb3e43"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportConsoleReinstateMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccountActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reinstateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SupportConsoleReinstateMutationMutation, SupportConsoleReinstateMutationMutationVariables>;
export const SupportConsoleBreakGlassMutationDocument = {"__meta__":{"hash":"b85eb26ed68cfdc9b1c7d9b1bb814e575e10e8668c2101af76684178c0c5f2be"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportConsoleBreakGlassMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakGlassReadClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"medications"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}}]}}]}}]}}]} as unknown as DocumentNode<SupportConsoleBreakGlassMutationMutation, SupportConsoleBreakGlassMutationMutationVariables>;
export const ClientBookableClassesQueryDocument = {"__meta__":{"hash":"8897f52cc6771b059972615583c741dee426af3f8a66dd1ee0879fc794b51d19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientBookableClassesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookableClasses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationWindowMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]}}]} as unknown as DocumentNode<ClientBookableClassesQueryQuery, ClientBookableClassesQueryQueryVariables>;
export const ClientBookMutationDocument = {"__meta__":{"hash":"730e78f84a9a5e5186ce1a2cf20392f384c7f6a9411cb6d072ebff9b7aab31cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientBookMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<ClientBookMutationMutation, ClientBookMutationMutationVariables>;
export const ClientCancelBookingMutationDocument = {"__meta__":{"hash":"7c02437e191a36f34e370847ae0a146c2aeed31effd559824906d6a2feb8ba48"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientCancelBookingMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}}]}}]}}]} as unknown as DocumentNode<ClientCancelBookingMutationMutation, ClientCancelBookingMutationMutationVariables>;
export const ClientNotesQueryDocument = {"__meta__":{"hash":"6856339e14ba807af12863a2e35a583b60f28556f74244b3e6787b35f51a1ebe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientNotesQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClientNotesQueryQuery, ClientNotesQueryQueryVariables>;
export const ClientHomeRouteQueryDocument = {"__meta__":{"hash":"947b6535d3f67139504863c42173369eff8f11d9865f7517f6a8560d0cb2ab0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientHomeRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationWindowMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resourceType"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"accessorRole"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<ClientHomeRouteQueryQuery, ClientHomeRouteQueryQueryVariables>;
export const ClientHomeExportMutationDocument = {"__meta__":{"hash":"578c392c8f673236e06bc16a80dd4c93ec7997a38ebd129804fd428027d31916"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientHomeExportMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportClientData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}]}]}}]} as unknown as DocumentNode<ClientHomeExportMutationMutation, ClientHomeExportMutationMutationVariables>;
export const StudioInvoicesRouteQueryDocument = {"__meta__":{"hash":"afa9c8f7c311e5771fea7b4c47e004e97ed3fb9f99562613ac0d417785bfbc2d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioInvoicesRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioInvoicesRoute_invoice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"childStudios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioInvoicesRoute_invoice"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioInvoicesRoute_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<StudioInvoicesRouteQueryQuery, StudioInvoicesRouteQueryQueryVariables>;
export const StudioApproveInvoiceDocument = {"__meta__":{"hash":"52ba6c8e084563c3cc93dfec60cd530bb98d695d515e297cf4330a5217b9e2f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StudioApproveInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StudioApproveInvoiceMutation, StudioApproveInvoiceMutationVariables>;
export const StudioRecordPaymentDocument = {"__meta__":{"hash":"2a0efc12d3d9549b784ef8e45da54b934ac9a3ed4e0d2e5d4b2d70fa224eb8a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StudioRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]} as unknown as DocumentNode<StudioRecordPaymentMutation, StudioRecordPaymentMutationVariables>;
export const StudioPayablesRouteQueryDocument = {"__meta__":{"hash":"952890a614248e3bed8ec5a91a4f9f3a0ca336389a598efdd8cfae0f20602f74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioPayablesRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"childStudios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ageing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days0To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"ageing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"days0To30"}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"}},{"kind":"Field","name":{"kind":"Name","value":"over90"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudioPayablesRouteQueryQuery, StudioPayablesRouteQueryQueryVariables>;
export const StudioScheduleRouteQueryDocument = {"__meta__":{"hash":"b7b0115d65088112cdab3252050ea96412b2f32edcfa1c6442b62192706c2cd7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioScheduleRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioScheduleSlot_appointment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioScheduleSlot_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}}]} as unknown as DocumentNode<StudioScheduleRouteQueryQuery, StudioScheduleRouteQueryQueryVariables>;
export const StudioTrainersRouteQueryDocument = {"__meta__":{"hash":"f213efe29ce4ed3411bd2931a57e8dcd84b398b4316512814fb2701574ad75e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StudioTrainersRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainerId"}},{"kind":"Field","name":{"kind":"Name","value":"studioId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"commissionRate"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"classRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"classRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billNoShows"}},{"kind":"Field","name":{"kind":"Name","value":"billLateCancellations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"specializations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StudioTrainersRouteQueryQuery, StudioTrainersRouteQueryQueryVariables>;
export const StudioSetContractRatesDocument = {"__meta__":{"hash":"b1f45b1056ae07603f7c80ef55f4dd1cc9cb23b37dfad98ba7d507fb360be704"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StudioSetContractRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetContractRatesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContractRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratePeriods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"classRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendeeBonus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billNoShows"}},{"kind":"Field","name":{"kind":"Name","value":"billLateCancellations"}}]}}]}}]}}]} as unknown as DocumentNode<StudioSetContractRatesMutation, StudioSetContractRatesMutationVariables>;
export const AvailabilityRouteQueryDocument = {"__meta__":{"hash":"f6e5090137fdceacf19b1ed2cbe807cf4574f51803df5f6043a7bf947b4c3dfc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailabilityRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveUntil"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailabilityRouteQueryQuery, AvailabilityRouteQueryQueryVariables>;
export const SetAvailabilityMutationDocument = {"__meta__":{"hash":"0084e32be9fca13b775487a5cb1cb9fe26f0174fc7376943289d86cc788663a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAvailabilityMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAvailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAvailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetAvailabilityMutationMutation, SetAvailabilityMutationMutationVariables>;
export const SetTravelBufferMutationDocument = {"__meta__":{"hash":"09164038fc94fa2e764d736995955ffd280a7bf4641e913a4ac004d758167022"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTravelBufferMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTravelBuffer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"minutes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minutes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}}]}}]}}]} as unknown as DocumentNode<SetTravelBufferMutationMutation, SetTravelBufferMutationMutationVariables>;
export const BillingProfileRouteQueryDocument = {"__meta__":{"hash":"042d0d8d68d535c263a79f44d47fe07cb98955573aefc4fef1c227374524ec55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BillingProfileRouteQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gstHstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"pstNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoicePrefix"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BillingProfileRouteQueryQuery, BillingProfileRouteQueryQueryVariables>;
export const UpdateBillingProfileMutationDocument = {"__meta__":{"hash":"0aa61363bfddfc43815136299f7db611af5baad65d95b33898765c9e80976e49"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBillingProfileMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBillingProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBillingProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"businessName"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gstHstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"qstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"pstNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoicePrefix"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateBillingProfileMutationMutation, UpdateBillingProfileMutationMutationVariables>;
export const CalendarRouteQueryDocument = {"__meta__":{"hash":"ee59612c4a64e48b77b841a28c23ceef8b90ae65c1489c4151560af0d8a21d79"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CalendarAppointment_appointment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CalendarAppointment_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CalendarRouteQueryQuery, CalendarRouteQueryQueryVariables>;
export const ClassTypesRouteQueryDocument = {"__meta__":{"hash":"4d0a6a2adb2b1323e9e1a99a814646221311707cbfa2fb44943de1ad389f4dc6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassTypesRouteQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationWindowMinutes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassTypesRouteQueryQuery, ClassTypesRouteQueryQueryVariables>;
export const CreateClassTypeMutationDocument = {"__meta__":{"hash":"7ae151ebbfb46055e069de1e74a9be7d001fc2170a237cc52a459c86d0acf50d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClassTypeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClassTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClassType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateClassTypeMutationMutation, CreateClassTypeMutationMutationVariables>;
export const UpdateClassTypeMutationDocument = {"__meta__":{"hash":"35242308712c06ae88de23e8601bd42b64e15ba64c991c66fcdfb8d32ed16878"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateClassTypeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateClassTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateClassType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"defaultRate"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationWindowMinutes"}}]}}]}}]} as unknown as DocumentNode<UpdateClassTypeMutationMutation, UpdateClassTypeMutationMutationVariables>;
export const ArchiveClassTypeMutationDocument = {"__meta__":{"hash":"d881c9e3741b360dd9e8787bbe42f471267fe0bb1cb824254124aedc132687a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveClassTypeMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveClassType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveClassTypeMutationMutation, ArchiveClassTypeMutationMutationVariables>;
export const ClientDetailRouteQueryDocument = {"__meta__":{"hash":"b0d6895f878f038c3ce912574f92e137dedab204b9bf00ff59bc6bb5bc617da5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientDetailRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"emergencyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicalInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"medications"}},{"kind":"Field","name":{"kind":"Name","value":"allergies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionNotes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notesAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionNoteCard_sessionNote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionNoteCard_sessionNote"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SessionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"subjective"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"exercises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sets"}},{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"bodyFatPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"privateNotes"}}]}}]} as unknown as DocumentNode<ClientDetailRouteQueryQuery, ClientDetailRouteQueryQueryVariables>;
export const ClientsRouteQueryDocument = {"__meta__":{"hash":"54d27903641b027568698ce350a58601318f22ebcb4ec313eaf49ba61087887b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClientsRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClientCard_client"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClientCard_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"latestSessionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}}]}}]}}]} as unknown as DocumentNode<ClientsRouteQueryQuery, ClientsRouteQueryQueryVariables>;
export const DashboardRouteQueryDocument = {"__meta__":{"hash":"bc0ace55562d7abc88124cc4bd7d13f7fbca19389cd5a899834a734ce0773655"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioSessionsCard_studio"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudioSessionsCard_appointment"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnpaidInvoices_invoice"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RevenueChart_invoice"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowUpList_client"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioSessionsCard_studio"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Studio"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudioSessionsCard_appointment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appointment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnpaidInvoices_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RevenueChart_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowUpList_client"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Client"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latestSessionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}}]}}]} as unknown as DocumentNode<DashboardRouteQueryQuery, DashboardRouteQueryQueryVariables>;
export const ExpensesRouteQueryDocument = {"__meta__":{"hash":"ed22630c20bd6e336a28b905ce66ec7254f9ec56905b17d5a0a08317f86004e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpensesRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expenseDate"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountBeforeTax"}},{"kind":"Field","name":{"kind":"Name","value":"gstHstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"qstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"pstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"itcEligible"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExpensesRouteQueryQuery, ExpensesRouteQueryQueryVariables>;
export const RecordExpenseMutationDocument = {"__meta__":{"hash":"455c9fa09048a091f4d5d68278ca733de37e99956144bcf7e8c54da65d0d094d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpenseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expenseDate"}}]}}]}}]} as unknown as DocumentNode<RecordExpenseMutationMutation, RecordExpenseMutationMutationVariables>;
export const CorrectExpenseMutationDocument = {"__meta__":{"hash":"d90e731fd7d5476493447c159c360cc83e993a6e51e70417f1a7312ef766a164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectExpenseMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctExpense"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expenseDate"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amountBeforeTax"}},{"kind":"Field","name":{"kind":"Name","value":"gstHstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"qstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"pstPaid"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"receiptReference"}},{"kind":"Field","name":{"kind":"Name","value":"itcEligible"}}]}}]}}]} as unknown as DocumentNode<CorrectExpenseMutationMutation, CorrectExpenseMutationMutationVariables>;
export const NewSeriesMutationDocument = {"__meta__":{"hash":"8be445f1ea55f0e4427b126fd7237b0362c34775131540e64674bb0b77ecc126"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewSeriesMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSeriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rrule"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"firstStart"}}]}}]}}]} as unknown as DocumentNode<NewSeriesMutationMutation, NewSeriesMutationMutationVariables>;
export const NewSessionMutationDocument = {"__meta__":{"hash":"bce78ae1ec3ae4415a15d30ba9042ed6c508ebcb921f87e3435cc857cd2f933b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}}]}}]}}]} as unknown as DocumentNode<NewSessionMutationMutation, NewSessionMutationMutationVariables>;
export const SessionRouteQueryDocument = {"__meta__":{"hash":"2c6b5528cd34f2e2b23f2cf1db56dd7b571e1afa6d613e2acb3428d6e4a635fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"locationType"}},{"kind":"Field","name":{"kind":"Name","value":"locationDetails"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"recurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rrule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"classType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationWindowMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionRouteQueryQuery, SessionRouteQueryQueryVariables>;
export const SessionClientsQueryDocument = {"__meta__":{"hash":"561a026d63139c1875e8b14b917f26705bcccffa04a9ef31f8e4dee16c16f3c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionClientsQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionClientsQueryQuery, SessionClientsQueryQueryVariables>;
export const BookClientMutationDocument = {"__meta__":{"hash":"8dd039076892350a9a4b05d2d7d27ee826a154a98d4b046a86f4821956390e39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookClientMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clientId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clientId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}}]}}]}}]} as unknown as DocumentNode<BookClientMutationMutation, BookClientMutationMutationVariables>;
export const CancelBookingMutationDocument = {"__meta__":{"hash":"8f3f72d0736792f3ba89304d742ec2d49adf81155bdd8b63eaa9cce5bbfa64aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelBookingMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelBooking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lateCancellation"}}]}}]}}]} as unknown as DocumentNode<CancelBookingMutationMutation, CancelBookingMutationMutationVariables>;
export const MarkAttendanceMutationDocument = {"__meta__":{"hash":"1a084141f77ed9b0cb7efdfb5e1c32f96acb8cc79325930d2a3632b627339910"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAttendanceMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendance"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendance"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<MarkAttendanceMutationMutation, MarkAttendanceMutationMutationVariables>;
export const CompleteSessionMutationDocument = {"__meta__":{"hash":"70a000f0952edd763325aa3d28fda443f533bda662ff104ac24353e4b250d71e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CompleteSessionMutationMutation, CompleteSessionMutationMutationVariables>;
export const RescheduleMutationDocument = {"__meta__":{"hash":"32eed3c9674fb40bd7b18c8da1871f4cbef4b793c03202435f12208d2d640ca7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"endTime"}}]}}]}}]} as unknown as DocumentNode<RescheduleMutationMutation, RescheduleMutationMutationVariables>;
export const CancelSessionMutationDocument = {"__meta__":{"hash":"7bcf22f6599ee1fcb58da428ea7704a6b76edebd4d0afbc552082bc2da018de7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSessionMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutationMutation, CancelSessionMutationMutationVariables>;
export const CancelSeriesFromMutationDocument = {"__meta__":{"hash":"56bc3b3082d03f5f2b75c7ee1c1b2533cf8a61e21874ed09966cdc5fb3d1220e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSeriesFromMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSeriesFrom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appointmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appointmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelSeriesFromMutationMutation, CancelSeriesFromMutationMutationVariables>;
export const TaxesRouteQueryDocument = {"__meta__":{"hash":"fb77c26b2fb220794af81c82db08f6031188be3044de37edaa7c87c75f2d1eca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaxesRouteQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"gstHst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaxReturnCard_return"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qst"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaxReturnCard_return"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provincialSalesTaxes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaxReturnCard_return"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoiceCount"}},{"kind":"Field","name":{"kind":"Name","value":"creditNoteCount"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCount"}},{"kind":"Field","name":{"kind":"Name","value":"notices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taxRemittances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"netTaxOwing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaxReturnCard_return"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTaxReturn"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"jurisdiction"}},{"kind":"Field","name":{"kind":"Name","value":"authority"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"netTax"}}]}}]} as unknown as DocumentNode<TaxesRouteQueryQuery, TaxesRouteQueryQueryVariables>;
export const SaveTaxReturnMutationDocument = {"__meta__":{"hash":"cd85cf0602b3730d527fe64da4f3683166edc3e70777e1c34e612cf9e848fe99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTaxReturnMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTaxReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodStart"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodStart"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodEnd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodEnd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SaveTaxReturnMutationMutation, SaveTaxReturnMutationMutationVariables>;
export const MarkTaxReturnFiledMutationDocument = {"__meta__":{"hash":"bbe682bd2d197cb7631f863464d07eb036b5ce1b15d5fa8e53f0fe0b44cb8731"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTaxReturnFiledMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTaxReturnFiled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}},{"kind":"Argument","name":{"kind":"Name","value":"filedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}}]}}]}}]} as unknown as DocumentNode<MarkTaxReturnFiledMutationMutation, MarkTaxReturnFiledMutationMutationVariables>;
export const MarkTaxReturnPaidMutationDocument = {"__meta__":{"hash":"91dde1609320cca4f2535bb30da373df8095524ae1b1379a201b315e266cee14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTaxReturnPaidMutation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTaxReturnPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}}]}}]}}]} as unknown as DocumentNode<MarkTaxReturnPaidMutationMutation, MarkTaxReturnPaidMutationMutationVariables>;
export const ScheduleSetupQueryDocument = {"__meta__":{"hash":"bdd0128ed94138c8d5c06fac5c8884fdd6a770115db22ea340df08c469bdfd3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScheduleSetupQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"travelBufferMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"classTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"maxParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSetupQueryQuery, ScheduleSetupQueryQueryVariables>;
export const TrainerZoneQueryDocument = {"__meta__":{"hash":"411ed426425c303eb9bb402ceeffa1acbd14d4845bb0a0bb73953978400087ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainerZoneQuery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]} as unknown as DocumentNode<TrainerZoneQueryQuery, TrainerZoneQueryQueryVariables>;