/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      role\n      roleName\n      agencyId\n      agency {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.AgenciesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 100) {\n      nodes {\n        id\n        title\n        body\n        kind\n        createdAt\n        readAt\n        subjectType\n        subjectId\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query MyTasks {\n    myTasks(first: 200) {\n      nodes {\n        id\n        caseId\n        kind\n        state\n        dueAt\n        request\n        answeredAt\n        redactedFields\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      caseId\n      kind\n      state\n      dueAt\n      request\n      legalBasis\n      answer\n      answeredAt\n      scopeRefs\n      version\n      redactedFields\n    }\n  }\n": typeof types.TaskDocument,
    "\n  fragment ResidentFields on DepartingResident {\n    id\n    romajiName\n    kanaName\n    dateOfBirth\n    residenceCardNumber\n    nationality\n    statusOfResidence\n    address\n    residenceExpiry\n    plannedDeparture\n    confirmedDeparture\n    redactedFields\n    accounts {\n      id\n      version\n      bankAgencyId\n      branchName\n      accountType\n      accountNumber\n      holderKana\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    contracts {\n      id\n      version\n      carrierAgencyId\n      number\n      contractType\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    riskNotes {\n      id\n      body\n    }\n    immigrationNotes {\n      id\n      body\n    }\n  }\n": typeof types.ResidentFieldsFragmentDoc,
    "\n  query CaseForTask($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      redactedFields\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n": typeof types.CaseForTaskDocument,
    "\n  mutation AnswerDepartureAccount($input: AnswerDepartureRowInput!) {\n    answerDepartureAccount(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n": typeof types.AnswerDepartureAccountDocument,
    "\n  mutation AnswerDepartureContract($input: AnswerDepartureRowInput!) {\n    answerDepartureContract(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n": typeof types.AnswerDepartureContractDocument,
    "\n  query Cases($filter: CaseFilterInput, $sort: CaseSortInput) {\n    cases(first: 200, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        reference\n        type\n        state\n        title\n        priority\n        filedAt\n        updatedAt\n        redactedFields\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      priority\n      filedAt\n      updatedAt\n      owningAgencyId\n      redactedFields\n      tasks {\n        id\n        agencyId\n        kind\n        state\n        dueAt\n        answer\n        answeredAt\n        redactedFields\n      }\n      timeline {\n        id\n        type\n        occurredAt\n        taskId\n        redactedFields\n      }\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation FileDepartingResident($input: FileDepartingResidentInput!) {\n    fileDepartingResident(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.FileDepartingResidentDocument,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    dashboard(from: $from, to: $to) {\n      openCases {\n        type\n        state\n        count\n      }\n      tasksByAgency {\n        agencyId\n        open\n        overdue\n      }\n      compliance {\n        due\n        answeredOnTime\n        answeredLate\n        stillOpen\n        rate\n      }\n      oldestOverdue {\n        id\n        caseId\n        agencyId\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": typeof types.DashboardDocument,
};
const documents: Documents = {
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      role\n      roleName\n      agencyId\n      agency {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        displayName\n        username\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n": types.AgenciesDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications {\n    notifications(first: 100) {\n      nodes {\n        id\n        title\n        body\n        kind\n        createdAt\n        readAt\n        subjectType\n        subjectId\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query MyTasks {\n    myTasks(first: 200) {\n      nodes {\n        id\n        caseId\n        kind\n        state\n        dueAt\n        request\n        answeredAt\n        redactedFields\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      caseId\n      kind\n      state\n      dueAt\n      request\n      legalBasis\n      answer\n      answeredAt\n      scopeRefs\n      version\n      redactedFields\n    }\n  }\n": types.TaskDocument,
    "\n  fragment ResidentFields on DepartingResident {\n    id\n    romajiName\n    kanaName\n    dateOfBirth\n    residenceCardNumber\n    nationality\n    statusOfResidence\n    address\n    residenceExpiry\n    plannedDeparture\n    confirmedDeparture\n    redactedFields\n    accounts {\n      id\n      version\n      bankAgencyId\n      branchName\n      accountType\n      accountNumber\n      holderKana\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    contracts {\n      id\n      version\n      carrierAgencyId\n      number\n      contractType\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    riskNotes {\n      id\n      body\n    }\n    immigrationNotes {\n      id\n      body\n    }\n  }\n": types.ResidentFieldsFragmentDoc,
    "\n  query CaseForTask($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      redactedFields\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n": types.CaseForTaskDocument,
    "\n  mutation AnswerDepartureAccount($input: AnswerDepartureRowInput!) {\n    answerDepartureAccount(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n": types.AnswerDepartureAccountDocument,
    "\n  mutation AnswerDepartureContract($input: AnswerDepartureRowInput!) {\n    answerDepartureContract(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n": types.AnswerDepartureContractDocument,
    "\n  query Cases($filter: CaseFilterInput, $sort: CaseSortInput) {\n    cases(first: 200, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        reference\n        type\n        state\n        title\n        priority\n        filedAt\n        updatedAt\n        redactedFields\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      priority\n      filedAt\n      updatedAt\n      owningAgencyId\n      redactedFields\n      tasks {\n        id\n        agencyId\n        kind\n        state\n        dueAt\n        answer\n        answeredAt\n        redactedFields\n      }\n      timeline {\n        id\n        type\n        occurredAt\n        taskId\n        redactedFields\n      }\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n": types.CaseDocument,
    "\n  mutation FileDepartingResident($input: FileDepartingResidentInput!) {\n    fileDepartingResident(input: $input) {\n      id\n      reference\n    }\n  }\n": types.FileDepartingResidentDocument,
    "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    dashboard(from: $from, to: $to) {\n      openCases {\n        type\n        state\n        count\n      }\n      tasksByAgency {\n        agencyId\n        open\n        overdue\n      }\n      compliance {\n        due\n        answeredOnTime\n        answeredLate\n        stillOpen\n        rate\n      }\n      oldestOverdue {\n        id\n        caseId\n        agencyId\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n": types.DashboardDocument,
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
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      role\n      roleName\n      agencyId\n      agency {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      role\n      roleName\n      agencyId\n      agency {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        displayName\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Agencies {\n    agencies {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications {\n    notifications(first: 100) {\n      nodes {\n        id\n        title\n        body\n        kind\n        createdAt\n        readAt\n        subjectType\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications {\n    notifications(first: 100) {\n      nodes {\n        id\n        title\n        body\n        kind\n        createdAt\n        readAt\n        subjectType\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks {\n    myTasks(first: 200) {\n      nodes {\n        id\n        caseId\n        kind\n        state\n        dueAt\n        request\n        answeredAt\n        redactedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTasks {\n    myTasks(first: 200) {\n      nodes {\n        id\n        caseId\n        kind\n        state\n        dueAt\n        request\n        answeredAt\n        redactedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      caseId\n      kind\n      state\n      dueAt\n      request\n      legalBasis\n      answer\n      answeredAt\n      scopeRefs\n      version\n      redactedFields\n    }\n  }\n"): (typeof documents)["\n  query Task($id: ID!) {\n    task(id: $id) {\n      id\n      caseId\n      kind\n      state\n      dueAt\n      request\n      legalBasis\n      answer\n      answeredAt\n      scopeRefs\n      version\n      redactedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentFields on DepartingResident {\n    id\n    romajiName\n    kanaName\n    dateOfBirth\n    residenceCardNumber\n    nationality\n    statusOfResidence\n    address\n    residenceExpiry\n    plannedDeparture\n    confirmedDeparture\n    redactedFields\n    accounts {\n      id\n      version\n      bankAgencyId\n      branchName\n      accountType\n      accountNumber\n      holderKana\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    contracts {\n      id\n      version\n      carrierAgencyId\n      number\n      contractType\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    riskNotes {\n      id\n      body\n    }\n    immigrationNotes {\n      id\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment ResidentFields on DepartingResident {\n    id\n    romajiName\n    kanaName\n    dateOfBirth\n    residenceCardNumber\n    nationality\n    statusOfResidence\n    address\n    residenceExpiry\n    plannedDeparture\n    confirmedDeparture\n    redactedFields\n    accounts {\n      id\n      version\n      bankAgencyId\n      branchName\n      accountType\n      accountNumber\n      holderKana\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    contracts {\n      id\n      version\n      carrierAgencyId\n      number\n      contractType\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      taskId\n      redactedFields\n    }\n    riskNotes {\n      id\n      body\n    }\n    immigrationNotes {\n      id\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseForTask($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      redactedFields\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseForTask($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      redactedFields\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDepartureAccount($input: AnswerDepartureRowInput!) {\n    answerDepartureAccount(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerDepartureAccount($input: AnswerDepartureRowInput!) {\n    answerDepartureAccount(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerDepartureContract($input: AnswerDepartureRowInput!) {\n    answerDepartureContract(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerDepartureContract($input: AnswerDepartureRowInput!) {\n    answerDepartureContract(input: $input) {\n      id\n      version\n      status\n      legalBasis\n      statusOn\n      answeredAt\n      redactedFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($filter: CaseFilterInput, $sort: CaseSortInput) {\n    cases(first: 200, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        reference\n        type\n        state\n        title\n        priority\n        filedAt\n        updatedAt\n        redactedFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($filter: CaseFilterInput, $sort: CaseSortInput) {\n    cases(first: 200, filter: $filter, sort: $sort) {\n      nodes {\n        id\n        reference\n        type\n        state\n        title\n        priority\n        filedAt\n        updatedAt\n        redactedFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      priority\n      filedAt\n      updatedAt\n      owningAgencyId\n      redactedFields\n      tasks {\n        id\n        agencyId\n        kind\n        state\n        dueAt\n        answer\n        answeredAt\n        redactedFields\n      }\n      timeline {\n        id\n        type\n        occurredAt\n        taskId\n        redactedFields\n      }\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      id\n      reference\n      type\n      state\n      title\n      priority\n      filedAt\n      updatedAt\n      owningAgencyId\n      redactedFields\n      tasks {\n        id\n        agencyId\n        kind\n        state\n        dueAt\n        answer\n        answeredAt\n        redactedFields\n      }\n      timeline {\n        id\n        type\n        occurredAt\n        taskId\n        redactedFields\n      }\n      departingResident {\n        ...ResidentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileDepartingResident($input: FileDepartingResidentInput!) {\n    fileDepartingResident(input: $input) {\n      id\n      reference\n    }\n  }\n"): (typeof documents)["\n  mutation FileDepartingResident($input: FileDepartingResidentInput!) {\n    fileDepartingResident(input: $input) {\n      id\n      reference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    dashboard(from: $from, to: $to) {\n      openCases {\n        type\n        state\n        count\n      }\n      tasksByAgency {\n        agencyId\n        open\n        overdue\n      }\n      compliance {\n        due\n        answeredOnTime\n        answeredLate\n        stillOpen\n        rate\n      }\n      oldestOverdue {\n        id\n        caseId\n        agencyId\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($from: DateTime!, $to: DateTime!) {\n    dashboard(from: $from, to: $to) {\n      openCases {\n        type\n        state\n        count\n      }\n      tasksByAgency {\n        agencyId\n        open\n        overdue\n      }\n      compliance {\n        due\n        answeredOnTime\n        answeredLate\n        stillOpen\n        rate\n      }\n      oldestOverdue {\n        id\n        caseId\n        agencyId\n        kind\n        dueAt\n        state\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;