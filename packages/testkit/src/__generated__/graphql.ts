/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a third-party app may be granted (docs/apps.md, Scopes). Its token reaches only the fields one of its scopes opens. */
export type AppScope =
  /** `bookings:write`: Book a client into a session and cancel a booking. */
  | 'BOOKINGS_WRITE'
  /** `clients:read`: Client records, contact details and health information. Needs a super admin's approval and a data processing agreement. Health data. */
  | 'CLIENTS_READ'
  /** `invoices:read`: Invoices, their lines, taxes, payments and balances. */
  | 'INVOICES_READ'
  /** `schedule:read`: Studios, their sessions (time, class, trainer, places left) and class types. No names of clients. */
  | 'SCHEDULE_READ';

/** Where an app is in its life; only an ACTIVE app's credentials get a token. */
export type AppStatus =
  /** Its credentials get tokens. */
  | 'ACTIVE'
  /** It asked for CLIENTS_READ: it waits for a super admin's approval and a data processing agreement. */
  | 'PENDING_APPROVAL'
  /** Its owner or a super admin revoked it: final. */
  | 'REVOKED'
  /** A super admin suspended it (`suspendedReason`); a super admin may reinstate it. */
  | 'SUSPENDED';

/** Where a session takes place: at a studio (studioId), online (a meeting link) or at the client’s location (an address). */
export type AppointmentLocation =
  | 'CLIENT_LOCATION'
  | 'ONLINE'
  | 'STUDIO';

/** Where an invoice is in its life: DRAFT (editable, no number) → ISSUED (numbered, frozen) → SENT → PARTIALLY_PAID → PAID, or VOID. OVERDUE: issued, sent or partially paid, past its due date with a balance due. */
export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'OVERDUE'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'SENT'
  | 'VOID';

/** How money was paid. recordPayment takes CHEQUE, E_TRANSFER and CASH; CREDIT (card) payments are not recorded by hand. */
export type PaymentMethod =
  | 'CASH'
  | 'CHEQUE'
  | 'CREDIT'
  | 'E_TRANSFER';

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

/** A new app: its name, the scopes it asks for and the operations it will run (docs/apps.md). */
export type RegisterAppInput = {
  /** The operation manifest (JSON): Apollo’s persisted query manifest (`{"format":"apollo-persisted-query-manifest","version":1,"operations":[…]}`) or codegen’s (`{"<sha256>":"<operation>"}`). At most 100 operations, 500 KB. */
  manifest: string;
  /** 1 to 80 characters, e.g. "Harbourfront website". */
  name: string;
  /** The tenant the app acts in: one of your trainer or studio ids. Defaults to your only one. */
  ownerScopeId?: string | number | null | undefined;
  /** At least one. CLIENTS_READ needs a super admin’s approval before the app gets a token. */
  scopes: Array<AppScope>;
};

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

export type RegisterTimetableAppMutationVariables = Exact<{
  input: RegisterAppInput;
}>;


export type RegisterTimetableAppMutation = { registerApp: { clientSecret: string, app: { id: string, clientId: string, status: AppStatus, scopes: Array<AppScope>, operations: Array<{ id: string, name: string }> } } };

export type RotateTimetableAppSecretMutationVariables = Exact<{
  appId: string | number;
}>;


export type RotateTimetableAppSecretMutation = { rotateAppSecret: { clientSecret: string } };

export type RevokeTimetableAppMutationVariables = Exact<{
  appId: string | number;
}>;


export type RevokeTimetableAppMutation = { revokeApp: { status: AppStatus } };

export type TimetableAppUsageQueryVariables = Exact<{
  id: string | number;
}>;


export type TimetableAppUsageQuery = { app: { usage: Array<{ operationName: string, calls: number, errors: number }> } };

export type MyAppNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAppNamesQuery = { myApps: Array<{ name: string }> };

export type CreateCalendarFeedMutationVariables = Exact<{
  trainerId?: string | number | null | undefined;
}>;


export type CreateCalendarFeedMutation = { createCalendarFeed: { url: string, feed: { id: string, createdAt: string, urlHint: string } } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  trainerId?: string | number | null | undefined;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: boolean };

export type TrainerCalendarFeedQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainerCalendarFeedQuery = { trainer: { id: string, calendarFeed: { id: string, urlHint: string } | null } };

export type TrainerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type TrainerOverviewQuery = { me: { email: string, trainer: { id: string, displayName: string, contracts: Array<{ studio: { id: string, name: string, timeZone: string }, upcomingAppointments: { edges: Array<{ node: { id: string, startTime: string, participants: Array<{ client: { id: string, firstName: string, latestSessionNote: { id: string, sessionDate: string, assessment: string | null } | null } }> } }> } }> } | null } };

export type InvoicePdfUrlQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicePdfUrlQuery = { invoice: { id: string, pdfUrl: string } };

export type DoorClientReadQueryVariables = Exact<{
  id: string | number;
}>;


export type DoorClientReadQuery = { client: { id: string, firstName: string } };

export type RemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMutation = { deleteClient: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string } };

export type MoneyWalkBillingProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyWalkBillingProfileQuery = { me: { trainer: { billingProfile: { gstHstNumber: string | null, businessName: string | null } | null } | null } };

export type MoneyWalkPayablesQueryVariables = Exact<{
  studioId: string | number;
}>;


export type MoneyWalkPayablesQuery = { studio: { payables: { asOf: string, total: string, trainers: Array<{ total: string, trainer: { displayName: string }, months: Array<{ month: string, balance: string }> }> } } };

export type ScheduleWalkSessionMutationVariables = Exact<{
  input: ScheduleAppointmentInput;
}>;


export type ScheduleWalkSessionMutation = { scheduleAppointment: { id: string } };

export type WalkRecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type WalkRecordPaymentMutation = { recordPayment: { id: string } };

export type WalkLiamsInvoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type WalkLiamsInvoicesQuery = { me: { trainer: { invoices: { edges: Array<{ node: { invoiceNumber: string | null, status: InvoiceStatus, periodStart: string, periodEnd: string, subtotal: string, total: string, balanceDue: string } }> } } | null } };


export const RegisterTimetableAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterTimetableApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterAppInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"app"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterTimetableAppMutation, RegisterTimetableAppMutationVariables>;
export const RotateTimetableAppSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateTimetableAppSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateAppSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}}]} as unknown as DocumentNode<RotateTimetableAppSecretMutation, RotateTimetableAppSecretMutationVariables>;
export const RevokeTimetableAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeTimetableApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"appId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"appId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"appId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeTimetableAppMutation, RevokeTimetableAppMutationVariables>;
export const TimetableAppUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimetableAppUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"app"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<TimetableAppUsageQuery, TimetableAppUsageQueryVariables>;
export const MyAppNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAppNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MyAppNamesQuery, MyAppNamesQueryVariables>;
export const CreateCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"feed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trainerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trainerId"}}}]}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const TrainerCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainerCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urlHint"}}]}}]}}]}}]} as unknown as DocumentNode<TrainerCalendarFeedQuery, TrainerCalendarFeedQueryVariables>;
export const TrainerOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainerOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingAppointments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startTime"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"latestSessionNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainerOverviewQuery, TrainerOverviewQueryVariables>;
export const InvoicePdfUrlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoicePdfUrl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}}]}}]}}]} as unknown as DocumentNode<InvoicePdfUrlQuery, InvoicePdfUrlQueryVariables>;
export const DoorClientReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoorClientRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}}]}}]} as unknown as DocumentNode<DoorClientReadQuery, DoorClientReadQueryVariables>;
export const RemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Remove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveMutation, RemoveMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MoneyWalkBillingProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyWalkBillingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billingProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gstHstNumber"}},{"kind":"Field","name":{"kind":"Name","value":"businessName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyWalkBillingProfileQuery, MoneyWalkBillingProfileQueryVariables>;
export const MoneyWalkPayablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyWalkPayables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studio"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"studioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"trainers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyWalkPayablesQuery, MoneyWalkPayablesQueryVariables>;
export const ScheduleWalkSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleWalkSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScheduleWalkSessionMutation, ScheduleWalkSessionMutationVariables>;
export const WalkRecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WalkRecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WalkRecordPaymentMutation, WalkRecordPaymentMutationVariables>;
export const WalkLiamsInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WalkLiamsInvoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDue"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WalkLiamsInvoicesQuery, WalkLiamsInvoicesQueryVariables>;