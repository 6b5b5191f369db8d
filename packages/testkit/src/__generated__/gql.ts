/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RegisterTimetableApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      clientSecret\n      app {\n        id\n        clientId\n        status\n        scopes\n        operations {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RegisterTimetableAppDocument,
    "\n  mutation RotateTimetableAppSecret($appId: ID!) {\n    rotateAppSecret(appId: $appId) {\n      clientSecret\n    }\n  }\n": typeof types.RotateTimetableAppSecretDocument,
    "\n  mutation RevokeTimetableApp($appId: ID!) {\n    revokeApp(appId: $appId) {\n      status\n    }\n  }\n": typeof types.RevokeTimetableAppDocument,
    "\n  query TimetableAppUsage($id: ID!) {\n    app(id: $id) {\n      usage {\n        operationName\n        calls\n        errors\n      }\n    }\n  }\n": typeof types.TimetableAppUsageDocument,
    "\n  query MyAppNames {\n    myApps {\n      name\n    }\n  }\n": typeof types.MyAppNamesDocument,
    "\n  mutation CreateCalendarFeed($trainerId: ID) {\n    createCalendarFeed(trainerId: $trainerId) {\n      url\n      feed {\n        id\n        createdAt\n        urlHint\n      }\n    }\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($trainerId: ID) {\n    revokeCalendarFeed(trainerId: $trainerId)\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query TrainerCalendarFeed($id: ID!) {\n    trainer(id: $id) {\n      id\n      calendarFeed {\n        id\n        urlHint\n      }\n    }\n  }\n": typeof types.TrainerCalendarFeedDocument,
    "\n  query TrainerOverview {\n    me {\n      email\n      trainer {\n        id\n        displayName\n        contracts {\n          studio {\n            id\n            name\n            timeZone\n          }\n          upcomingAppointments(first: 3) {\n            edges {\n              node {\n                id\n                startTime\n                participants {\n                  client {\n                    id\n                    firstName\n                    latestSessionNote {\n                      id\n                      sessionDate\n                      assessment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainerOverviewDocument,
    "\n  query InvoicePdfUrl($id: ID!) {\n    invoice(id: $id) {\n      id\n      pdfUrl\n    }\n  }\n": typeof types.InvoicePdfUrlDocument,
    "\n  query DoorClientRead($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n    }\n  }\n": typeof types.DoorClientReadDocument,
    "\n      mutation Remove($id: ID!) {\n        deleteClient(id: $id)\n      }\n    ": typeof types.RemoveDocument,
    "\n        query Me {\n          me {\n            id\n          }\n        }\n      ": typeof types.MeDocument,
    "\n  query MoneyWalkBillingProfile {\n    me {\n      trainer {\n        billingProfile {\n          gstHstNumber\n          businessName\n        }\n      }\n    }\n  }\n": typeof types.MoneyWalkBillingProfileDocument,
    "\n  query MoneyWalkPayables($studioId: ID!) {\n    studio(id: $studioId) {\n      payables {\n        asOf\n        total\n        trainers {\n          total\n          trainer {\n            displayName\n          }\n          months {\n            month\n            balance\n          }\n        }\n      }\n    }\n  }\n": typeof types.MoneyWalkPayablesDocument,
    "\n  mutation ScheduleWalkSession($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      id\n    }\n  }\n": typeof types.ScheduleWalkSessionDocument,
    "\n  mutation WalkRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": typeof types.WalkRecordPaymentDocument,
    "\n  query WalkLiamsInvoices {\n    me {\n      trainer {\n        invoices(first: 100) {\n          edges {\n            node {\n              invoiceNumber\n              status\n              periodStart\n              periodEnd\n              subtotal\n              total\n              balanceDue\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.WalkLiamsInvoicesDocument,
};
const documents: Documents = {
    "\n  mutation RegisterTimetableApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      clientSecret\n      app {\n        id\n        clientId\n        status\n        scopes\n        operations {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RegisterTimetableAppDocument,
    "\n  mutation RotateTimetableAppSecret($appId: ID!) {\n    rotateAppSecret(appId: $appId) {\n      clientSecret\n    }\n  }\n": types.RotateTimetableAppSecretDocument,
    "\n  mutation RevokeTimetableApp($appId: ID!) {\n    revokeApp(appId: $appId) {\n      status\n    }\n  }\n": types.RevokeTimetableAppDocument,
    "\n  query TimetableAppUsage($id: ID!) {\n    app(id: $id) {\n      usage {\n        operationName\n        calls\n        errors\n      }\n    }\n  }\n": types.TimetableAppUsageDocument,
    "\n  query MyAppNames {\n    myApps {\n      name\n    }\n  }\n": types.MyAppNamesDocument,
    "\n  mutation CreateCalendarFeed($trainerId: ID) {\n    createCalendarFeed(trainerId: $trainerId) {\n      url\n      feed {\n        id\n        createdAt\n        urlHint\n      }\n    }\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed($trainerId: ID) {\n    revokeCalendarFeed(trainerId: $trainerId)\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query TrainerCalendarFeed($id: ID!) {\n    trainer(id: $id) {\n      id\n      calendarFeed {\n        id\n        urlHint\n      }\n    }\n  }\n": types.TrainerCalendarFeedDocument,
    "\n  query TrainerOverview {\n    me {\n      email\n      trainer {\n        id\n        displayName\n        contracts {\n          studio {\n            id\n            name\n            timeZone\n          }\n          upcomingAppointments(first: 3) {\n            edges {\n              node {\n                id\n                startTime\n                participants {\n                  client {\n                    id\n                    firstName\n                    latestSessionNote {\n                      id\n                      sessionDate\n                      assessment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrainerOverviewDocument,
    "\n  query InvoicePdfUrl($id: ID!) {\n    invoice(id: $id) {\n      id\n      pdfUrl\n    }\n  }\n": types.InvoicePdfUrlDocument,
    "\n  query DoorClientRead($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n    }\n  }\n": types.DoorClientReadDocument,
    "\n      mutation Remove($id: ID!) {\n        deleteClient(id: $id)\n      }\n    ": types.RemoveDocument,
    "\n        query Me {\n          me {\n            id\n          }\n        }\n      ": types.MeDocument,
    "\n  query MoneyWalkBillingProfile {\n    me {\n      trainer {\n        billingProfile {\n          gstHstNumber\n          businessName\n        }\n      }\n    }\n  }\n": types.MoneyWalkBillingProfileDocument,
    "\n  query MoneyWalkPayables($studioId: ID!) {\n    studio(id: $studioId) {\n      payables {\n        asOf\n        total\n        trainers {\n          total\n          trainer {\n            displayName\n          }\n          months {\n            month\n            balance\n          }\n        }\n      }\n    }\n  }\n": types.MoneyWalkPayablesDocument,
    "\n  mutation ScheduleWalkSession($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      id\n    }\n  }\n": types.ScheduleWalkSessionDocument,
    "\n  mutation WalkRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n": types.WalkRecordPaymentDocument,
    "\n  query WalkLiamsInvoices {\n    me {\n      trainer {\n        invoices(first: 100) {\n          edges {\n            node {\n              invoiceNumber\n              status\n              periodStart\n              periodEnd\n              subtotal\n              total\n              balanceDue\n            }\n          }\n        }\n      }\n    }\n  }\n": types.WalkLiamsInvoicesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterTimetableApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      clientSecret\n      app {\n        id\n        clientId\n        status\n        scopes\n        operations {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterTimetableApp($input: RegisterAppInput!) {\n    registerApp(input: $input) {\n      clientSecret\n      app {\n        id\n        clientId\n        status\n        scopes\n        operations {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateTimetableAppSecret($appId: ID!) {\n    rotateAppSecret(appId: $appId) {\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateTimetableAppSecret($appId: ID!) {\n    rotateAppSecret(appId: $appId) {\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeTimetableApp($appId: ID!) {\n    revokeApp(appId: $appId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeTimetableApp($appId: ID!) {\n    revokeApp(appId: $appId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimetableAppUsage($id: ID!) {\n    app(id: $id) {\n      usage {\n        operationName\n        calls\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimetableAppUsage($id: ID!) {\n    app(id: $id) {\n      usage {\n        operationName\n        calls\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAppNames {\n    myApps {\n      name\n    }\n  }\n"): (typeof documents)["\n  query MyAppNames {\n    myApps {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed($trainerId: ID) {\n    createCalendarFeed(trainerId: $trainerId) {\n      url\n      feed {\n        id\n        createdAt\n        urlHint\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed($trainerId: ID) {\n    createCalendarFeed(trainerId: $trainerId) {\n      url\n      feed {\n        id\n        createdAt\n        urlHint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed($trainerId: ID) {\n    revokeCalendarFeed(trainerId: $trainerId)\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed($trainerId: ID) {\n    revokeCalendarFeed(trainerId: $trainerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainerCalendarFeed($id: ID!) {\n    trainer(id: $id) {\n      id\n      calendarFeed {\n        id\n        urlHint\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainerCalendarFeed($id: ID!) {\n    trainer(id: $id) {\n      id\n      calendarFeed {\n        id\n        urlHint\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainerOverview {\n    me {\n      email\n      trainer {\n        id\n        displayName\n        contracts {\n          studio {\n            id\n            name\n            timeZone\n          }\n          upcomingAppointments(first: 3) {\n            edges {\n              node {\n                id\n                startTime\n                participants {\n                  client {\n                    id\n                    firstName\n                    latestSessionNote {\n                      id\n                      sessionDate\n                      assessment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainerOverview {\n    me {\n      email\n      trainer {\n        id\n        displayName\n        contracts {\n          studio {\n            id\n            name\n            timeZone\n          }\n          upcomingAppointments(first: 3) {\n            edges {\n              node {\n                id\n                startTime\n                participants {\n                  client {\n                    id\n                    firstName\n                    latestSessionNote {\n                      id\n                      sessionDate\n                      assessment\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePdfUrl($id: ID!) {\n    invoice(id: $id) {\n      id\n      pdfUrl\n    }\n  }\n"): (typeof documents)["\n  query InvoicePdfUrl($id: ID!) {\n    invoice(id: $id) {\n      id\n      pdfUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoorClientRead($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n    }\n  }\n"): (typeof documents)["\n  query DoorClientRead($id: ID!) {\n    client(id: $id) {\n      id\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation Remove($id: ID!) {\n        deleteClient(id: $id)\n      }\n    "): (typeof documents)["\n      mutation Remove($id: ID!) {\n        deleteClient(id: $id)\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query Me {\n          me {\n            id\n          }\n        }\n      "): (typeof documents)["\n        query Me {\n          me {\n            id\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyWalkBillingProfile {\n    me {\n      trainer {\n        billingProfile {\n          gstHstNumber\n          businessName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyWalkBillingProfile {\n    me {\n      trainer {\n        billingProfile {\n          gstHstNumber\n          businessName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MoneyWalkPayables($studioId: ID!) {\n    studio(id: $studioId) {\n      payables {\n        asOf\n        total\n        trainers {\n          total\n          trainer {\n            displayName\n          }\n          months {\n            month\n            balance\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MoneyWalkPayables($studioId: ID!) {\n    studio(id: $studioId) {\n      payables {\n        asOf\n        total\n        trainers {\n          total\n          trainer {\n            displayName\n          }\n          months {\n            month\n            balance\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleWalkSession($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleWalkSession($input: ScheduleAppointmentInput!) {\n    scheduleAppointment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WalkRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation WalkRecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WalkLiamsInvoices {\n    me {\n      trainer {\n        invoices(first: 100) {\n          edges {\n            node {\n              invoiceNumber\n              status\n              periodStart\n              periodEnd\n              subtotal\n              total\n              balanceDue\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WalkLiamsInvoices {\n    me {\n      trainer {\n        invoices(first: 100) {\n          edges {\n            node {\n              invoiceNumber\n              status\n              periodStart\n              periodEnd\n              subtotal\n              total\n              balanceDue\n            }\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;