/* eslint-disable */
import * as types from './graphql';
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
    "\n  query AppShellQuery {\n    me {\n      id\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n      trainer {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AppShellQueryDocument,
    "\n  mutation SignOutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutMutationDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSessionMutation($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionMutationDocument,
    "\n  fragment CalendarAppointment_appointment on Appointment {\n    id\n    startTime\n    endTime\n    timeZone\n    status\n    headCount\n    classType {\n      id\n      name\n      category\n      color\n    }\n    studio {\n      id\n      name\n    }\n  }\n": typeof types.CalendarAppointment_AppointmentFragmentDoc,
    "\n  fragment ClientCard_client on Client {\n    id\n    displayName\n    email\n    phone\n    status\n    goals\n    latestSessionNote {\n      id\n      sessionDate\n    }\n  }\n": typeof types.ClientCard_ClientFragmentDoc,
    "\n  fragment FollowUpList_client on Client {\n    id\n    displayName\n    status\n    latestSessionNote {\n      id\n      sessionDate\n    }\n    upcomingAppointments(first: 1) {\n      id\n      startTime\n    }\n  }\n": typeof types.FollowUpList_ClientFragmentDoc,
    "\n  mutation NewClientFormMutation($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n    }\n  }\n": typeof types.NewClientFormMutationDocument,
    "\n  fragment RevenueChart_invoice on Invoice {\n    id\n    status\n    periodStart\n    periodEnd\n    subtotal\n  }\n": typeof types.RevenueChart_InvoiceFragmentDoc,
    "\n  fragment SessionNoteCard_sessionNote on SessionNote {\n    id\n    sessionDate\n    subjective\n    objective\n    assessment\n    plan\n    exercises {\n      name\n      sets\n      reps\n      weightKg\n    }\n    measurements {\n      weightKg\n      bodyFatPercent\n    }\n    privateNotes\n  }\n": typeof types.SessionNoteCard_SessionNoteFragmentDoc,
    "\n  fragment StudioScheduleSlot_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n": typeof types.StudioScheduleSlot_AppointmentFragmentDoc,
    "\n  fragment StudioSessionsCard_studio on Studio {\n    id\n    name\n    timeZone\n    address {\n      city\n    }\n  }\n": typeof types.StudioSessionsCard_StudioFragmentDoc,
    "\n  fragment StudioSessionsCard_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n": typeof types.StudioSessionsCard_AppointmentFragmentDoc,
    "\n  fragment UnpaidInvoices_invoice on Invoice {\n    id\n    invoiceNumber\n    status\n    dueDate\n    total\n    amountPaid\n    balanceDue\n    studio {\n      id\n      name\n    }\n  }\n": typeof types.UnpaidInvoices_InvoiceFragmentDoc,
    "\n  mutation LoginRouteMutation($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.LoginRouteMutationDocument,
    "\n  mutation LoginRouteVerifyMfaMutation($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      ...SessionFields\n    }\n  }\n": typeof types.LoginRouteVerifyMfaMutationDocument,
    "\n  query StudioInvoicesRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      invoices(first: 100) {\n        edges {\n          node {\n            id\n            invoiceNumber\n            status\n            invoiceDate\n            dueDate\n            subtotal\n            total\n            balanceDue\n            taxLines {\n              tax\n              rate\n              amount\n            }\n            trainer {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.StudioInvoicesRouteQueryDocument,
    "\n  query StudioScheduleRouteQuery($studioId: ID!, $from: DateTime!, $to: DateTime!) {\n    studio(id: $studioId) {\n      id\n      name\n      timeZone\n      appointments(from: $from, to: $to, first: 100) {\n        edges {\n          node {\n            id\n            trainer {\n              id\n              displayName\n            }\n            ...StudioScheduleSlot_appointment\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.StudioScheduleRouteQueryDocument,
    "\n  query StudioTrainersRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      contracts {\n        id\n        role\n        status\n        commissionRate\n        startDate\n        endDate\n        classRates {\n          category\n          rate\n        }\n        trainer {\n          id\n          displayName\n          specializations\n        }\n      }\n    }\n  }\n": typeof types.StudioTrainersRouteQueryDocument,
    "\n  query CalendarRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              ...CalendarAppointment_appointment\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": typeof types.CalendarRouteQueryDocument,
    "\n  query ClientDetailRouteQuery($id: ID!, $notesAfter: String) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      phone\n      dateOfBirth\n      status\n      source\n      goals\n      emergencyContact {\n        name\n        phone\n        relationship\n      }\n      medicalInfo {\n        conditions\n        medications\n        allergies\n      }\n      upcomingAppointments(first: 5) {\n        id\n        startTime\n        timeZone\n        status\n        classType {\n          id\n          name\n          color\n        }\n        studio {\n          id\n          name\n        }\n      }\n      sessionNotes(first: 10, after: $notesAfter) {\n        edges {\n          cursor\n          node {\n            id\n            ...SessionNoteCard_sessionNote\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ClientDetailRouteQueryDocument,
    "\n  query ClientsRouteQuery($search: String, $first: Int!, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ClientCard_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ClientsRouteQueryDocument,
    "\n  query DashboardRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        displayName\n        studios {\n          id\n          ...StudioSessionsCard_studio\n        }\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              studio {\n                id\n              }\n              ...StudioSessionsCard_appointment\n            }\n          }\n        }\n        invoices(first: 100) {\n          edges {\n            node {\n              id\n              ...UnpaidInvoices_invoice\n              ...RevenueChart_invoice\n            }\n          }\n        }\n        clients(first: 100) {\n          edges {\n            node {\n              id\n              ...FollowUpList_client\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.DashboardRouteQueryDocument,
    "\n  query TrainerZoneQuery {\n    me {\n      id\n      trainer {\n        id\n        timeZone\n      }\n    }\n  }\n": typeof types.TrainerZoneQueryDocument,
};
const documents: Documents = {
    "\n  query AppShellQuery {\n    me {\n      id\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n      trainer {\n        id\n        displayName\n      }\n    }\n  }\n": types.AppShellQueryDocument,
    "\n  mutation SignOutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.SignOutMutationDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation RefreshSessionMutation($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionMutationDocument,
    "\n  fragment CalendarAppointment_appointment on Appointment {\n    id\n    startTime\n    endTime\n    timeZone\n    status\n    headCount\n    classType {\n      id\n      name\n      category\n      color\n    }\n    studio {\n      id\n      name\n    }\n  }\n": types.CalendarAppointment_AppointmentFragmentDoc,
    "\n  fragment ClientCard_client on Client {\n    id\n    displayName\n    email\n    phone\n    status\n    goals\n    latestSessionNote {\n      id\n      sessionDate\n    }\n  }\n": types.ClientCard_ClientFragmentDoc,
    "\n  fragment FollowUpList_client on Client {\n    id\n    displayName\n    status\n    latestSessionNote {\n      id\n      sessionDate\n    }\n    upcomingAppointments(first: 1) {\n      id\n      startTime\n    }\n  }\n": types.FollowUpList_ClientFragmentDoc,
    "\n  mutation NewClientFormMutation($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n    }\n  }\n": types.NewClientFormMutationDocument,
    "\n  fragment RevenueChart_invoice on Invoice {\n    id\n    status\n    periodStart\n    periodEnd\n    subtotal\n  }\n": types.RevenueChart_InvoiceFragmentDoc,
    "\n  fragment SessionNoteCard_sessionNote on SessionNote {\n    id\n    sessionDate\n    subjective\n    objective\n    assessment\n    plan\n    exercises {\n      name\n      sets\n      reps\n      weightKg\n    }\n    measurements {\n      weightKg\n      bodyFatPercent\n    }\n    privateNotes\n  }\n": types.SessionNoteCard_SessionNoteFragmentDoc,
    "\n  fragment StudioScheduleSlot_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n": types.StudioScheduleSlot_AppointmentFragmentDoc,
    "\n  fragment StudioSessionsCard_studio on Studio {\n    id\n    name\n    timeZone\n    address {\n      city\n    }\n  }\n": types.StudioSessionsCard_StudioFragmentDoc,
    "\n  fragment StudioSessionsCard_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n": types.StudioSessionsCard_AppointmentFragmentDoc,
    "\n  fragment UnpaidInvoices_invoice on Invoice {\n    id\n    invoiceNumber\n    status\n    dueDate\n    total\n    amountPaid\n    balanceDue\n    studio {\n      id\n      name\n    }\n  }\n": types.UnpaidInvoices_InvoiceFragmentDoc,
    "\n  mutation LoginRouteMutation($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.LoginRouteMutationDocument,
    "\n  mutation LoginRouteVerifyMfaMutation($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      ...SessionFields\n    }\n  }\n": types.LoginRouteVerifyMfaMutationDocument,
    "\n  query StudioInvoicesRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      invoices(first: 100) {\n        edges {\n          node {\n            id\n            invoiceNumber\n            status\n            invoiceDate\n            dueDate\n            subtotal\n            total\n            balanceDue\n            taxLines {\n              tax\n              rate\n              amount\n            }\n            trainer {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.StudioInvoicesRouteQueryDocument,
    "\n  query StudioScheduleRouteQuery($studioId: ID!, $from: DateTime!, $to: DateTime!) {\n    studio(id: $studioId) {\n      id\n      name\n      timeZone\n      appointments(from: $from, to: $to, first: 100) {\n        edges {\n          node {\n            id\n            trainer {\n              id\n              displayName\n            }\n            ...StudioScheduleSlot_appointment\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.StudioScheduleRouteQueryDocument,
    "\n  query StudioTrainersRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      contracts {\n        id\n        role\n        status\n        commissionRate\n        startDate\n        endDate\n        classRates {\n          category\n          rate\n        }\n        trainer {\n          id\n          displayName\n          specializations\n        }\n      }\n    }\n  }\n": types.StudioTrainersRouteQueryDocument,
    "\n  query CalendarRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              ...CalendarAppointment_appointment\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n": types.CalendarRouteQueryDocument,
    "\n  query ClientDetailRouteQuery($id: ID!, $notesAfter: String) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      phone\n      dateOfBirth\n      status\n      source\n      goals\n      emergencyContact {\n        name\n        phone\n        relationship\n      }\n      medicalInfo {\n        conditions\n        medications\n        allergies\n      }\n      upcomingAppointments(first: 5) {\n        id\n        startTime\n        timeZone\n        status\n        classType {\n          id\n          name\n          color\n        }\n        studio {\n          id\n          name\n        }\n      }\n      sessionNotes(first: 10, after: $notesAfter) {\n        edges {\n          cursor\n          node {\n            id\n            ...SessionNoteCard_sessionNote\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ClientDetailRouteQueryDocument,
    "\n  query ClientsRouteQuery($search: String, $first: Int!, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ClientCard_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ClientsRouteQueryDocument,
    "\n  query DashboardRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        displayName\n        studios {\n          id\n          ...StudioSessionsCard_studio\n        }\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              studio {\n                id\n              }\n              ...StudioSessionsCard_appointment\n            }\n          }\n        }\n        invoices(first: 100) {\n          edges {\n            node {\n              id\n              ...UnpaidInvoices_invoice\n              ...RevenueChart_invoice\n            }\n          }\n        }\n        clients(first: 100) {\n          edges {\n            node {\n              id\n              ...FollowUpList_client\n            }\n          }\n        }\n      }\n    }\n  }\n": types.DashboardRouteQueryDocument,
    "\n  query TrainerZoneQuery {\n    me {\n      id\n      trainer {\n        id\n        timeZone\n      }\n    }\n  }\n": types.TrainerZoneQueryDocument,
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
export function graphql(source: "\n  query AppShellQuery {\n    me {\n      id\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n      trainer {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AppShellQuery {\n    me {\n      id\n      email\n      roles {\n        role\n        scopeType\n        scopeId\n      }\n      trainer {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation SignOutMutation($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n"): (typeof documents)["\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSessionMutation($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSessionMutation($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarAppointment_appointment on Appointment {\n    id\n    startTime\n    endTime\n    timeZone\n    status\n    headCount\n    classType {\n      id\n      name\n      category\n      color\n    }\n    studio {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarAppointment_appointment on Appointment {\n    id\n    startTime\n    endTime\n    timeZone\n    status\n    headCount\n    classType {\n      id\n      name\n      category\n      color\n    }\n    studio {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientCard_client on Client {\n    id\n    displayName\n    email\n    phone\n    status\n    goals\n    latestSessionNote {\n      id\n      sessionDate\n    }\n  }\n"): (typeof documents)["\n  fragment ClientCard_client on Client {\n    id\n    displayName\n    email\n    phone\n    status\n    goals\n    latestSessionNote {\n      id\n      sessionDate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpList_client on Client {\n    id\n    displayName\n    status\n    latestSessionNote {\n      id\n      sessionDate\n    }\n    upcomingAppointments(first: 1) {\n      id\n      startTime\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpList_client on Client {\n    id\n    displayName\n    status\n    latestSessionNote {\n      id\n      sessionDate\n    }\n    upcomingAppointments(first: 1) {\n      id\n      startTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NewClientFormMutation($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  mutation NewClientFormMutation($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevenueChart_invoice on Invoice {\n    id\n    status\n    periodStart\n    periodEnd\n    subtotal\n  }\n"): (typeof documents)["\n  fragment RevenueChart_invoice on Invoice {\n    id\n    status\n    periodStart\n    periodEnd\n    subtotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionNoteCard_sessionNote on SessionNote {\n    id\n    sessionDate\n    subjective\n    objective\n    assessment\n    plan\n    exercises {\n      name\n      sets\n      reps\n      weightKg\n    }\n    measurements {\n      weightKg\n      bodyFatPercent\n    }\n    privateNotes\n  }\n"): (typeof documents)["\n  fragment SessionNoteCard_sessionNote on SessionNote {\n    id\n    sessionDate\n    subjective\n    objective\n    assessment\n    plan\n    exercises {\n      name\n      sets\n      reps\n      weightKg\n    }\n    measurements {\n      weightKg\n      bodyFatPercent\n    }\n    privateNotes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioScheduleSlot_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment StudioScheduleSlot_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioSessionsCard_studio on Studio {\n    id\n    name\n    timeZone\n    address {\n      city\n    }\n  }\n"): (typeof documents)["\n  fragment StudioSessionsCard_studio on Studio {\n    id\n    name\n    timeZone\n    address {\n      city\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StudioSessionsCard_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n"): (typeof documents)["\n  fragment StudioSessionsCard_appointment on Appointment {\n    id\n    startTime\n    endTime\n    status\n    headCount\n    classType {\n      id\n      name\n      color\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnpaidInvoices_invoice on Invoice {\n    id\n    invoiceNumber\n    status\n    dueDate\n    total\n    amountPaid\n    balanceDue\n    studio {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UnpaidInvoices_invoice on Invoice {\n    id\n    invoiceNumber\n    status\n    dueDate\n    total\n    amountPaid\n    balanceDue\n    studio {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginRouteMutation($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n      user {\n        id\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LoginRouteMutation($input: LoginInput!) {\n    login(input: $input) {\n      ...SessionFields\n      mfaRequired\n      mfaToken\n      mfaEnrollmentRequired\n      user {\n        id\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginRouteVerifyMfaMutation($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation LoginRouteVerifyMfaMutation($mfaToken: String!, $code: String!) {\n    verifyMfa(mfaToken: $mfaToken, code: $code) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioInvoicesRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      invoices(first: 100) {\n        edges {\n          node {\n            id\n            invoiceNumber\n            status\n            invoiceDate\n            dueDate\n            subtotal\n            total\n            balanceDue\n            taxLines {\n              tax\n              rate\n              amount\n            }\n            trainer {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioInvoicesRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      invoices(first: 100) {\n        edges {\n          node {\n            id\n            invoiceNumber\n            status\n            invoiceDate\n            dueDate\n            subtotal\n            total\n            balanceDue\n            taxLines {\n              tax\n              rate\n              amount\n            }\n            trainer {\n              id\n              displayName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioScheduleRouteQuery($studioId: ID!, $from: DateTime!, $to: DateTime!) {\n    studio(id: $studioId) {\n      id\n      name\n      timeZone\n      appointments(from: $from, to: $to, first: 100) {\n        edges {\n          node {\n            id\n            trainer {\n              id\n              displayName\n            }\n            ...StudioScheduleSlot_appointment\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioScheduleRouteQuery($studioId: ID!, $from: DateTime!, $to: DateTime!) {\n    studio(id: $studioId) {\n      id\n      name\n      timeZone\n      appointments(from: $from, to: $to, first: 100) {\n        edges {\n          node {\n            id\n            trainer {\n              id\n              displayName\n            }\n            ...StudioScheduleSlot_appointment\n          }\n        }\n        pageInfo {\n          hasNextPage\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StudioTrainersRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      contracts {\n        id\n        role\n        status\n        commissionRate\n        startDate\n        endDate\n        classRates {\n          category\n          rate\n        }\n        trainer {\n          id\n          displayName\n          specializations\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StudioTrainersRouteQuery($studioId: ID!) {\n    studio(id: $studioId) {\n      id\n      name\n      contracts {\n        id\n        role\n        status\n        commissionRate\n        startDate\n        endDate\n        classRates {\n          category\n          rate\n        }\n        trainer {\n          id\n          displayName\n          specializations\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              ...CalendarAppointment_appointment\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CalendarRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              ...CalendarAppointment_appointment\n            }\n          }\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientDetailRouteQuery($id: ID!, $notesAfter: String) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      phone\n      dateOfBirth\n      status\n      source\n      goals\n      emergencyContact {\n        name\n        phone\n        relationship\n      }\n      medicalInfo {\n        conditions\n        medications\n        allergies\n      }\n      upcomingAppointments(first: 5) {\n        id\n        startTime\n        timeZone\n        status\n        classType {\n          id\n          name\n          color\n        }\n        studio {\n          id\n          name\n        }\n      }\n      sessionNotes(first: 10, after: $notesAfter) {\n        edges {\n          cursor\n          node {\n            id\n            ...SessionNoteCard_sessionNote\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientDetailRouteQuery($id: ID!, $notesAfter: String) {\n    client(id: $id) {\n      id\n      displayName\n      email\n      phone\n      dateOfBirth\n      status\n      source\n      goals\n      emergencyContact {\n        name\n        phone\n        relationship\n      }\n      medicalInfo {\n        conditions\n        medications\n        allergies\n      }\n      upcomingAppointments(first: 5) {\n        id\n        startTime\n        timeZone\n        status\n        classType {\n          id\n          name\n          color\n        }\n        studio {\n          id\n          name\n        }\n      }\n      sessionNotes(first: 10, after: $notesAfter) {\n        edges {\n          cursor\n          node {\n            id\n            ...SessionNoteCard_sessionNote\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientsRouteQuery($search: String, $first: Int!, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ClientCard_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientsRouteQuery($search: String, $first: Int!, $after: String) {\n    clients(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          ...ClientCard_client\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        displayName\n        studios {\n          id\n          ...StudioSessionsCard_studio\n        }\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              studio {\n                id\n              }\n              ...StudioSessionsCard_appointment\n            }\n          }\n        }\n        invoices(first: 100) {\n          edges {\n            node {\n              id\n              ...UnpaidInvoices_invoice\n              ...RevenueChart_invoice\n            }\n          }\n        }\n        clients(first: 100) {\n          edges {\n            node {\n              id\n              ...FollowUpList_client\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardRouteQuery($from: DateTime!, $to: DateTime!) {\n    me {\n      id\n      trainer {\n        id\n        displayName\n        studios {\n          id\n          ...StudioSessionsCard_studio\n        }\n        appointments(from: $from, to: $to, first: 100) {\n          edges {\n            node {\n              id\n              studio {\n                id\n              }\n              ...StudioSessionsCard_appointment\n            }\n          }\n        }\n        invoices(first: 100) {\n          edges {\n            node {\n              id\n              ...UnpaidInvoices_invoice\n              ...RevenueChart_invoice\n            }\n          }\n        }\n        clients(first: 100) {\n          edges {\n            node {\n              id\n              ...FollowUpList_client\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainerZoneQuery {\n    me {\n      id\n      trainer {\n        id\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainerZoneQuery {\n    me {\n      id\n      trainer {\n        id\n        timeZone\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;