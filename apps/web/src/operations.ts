import { graphql } from './gql';

// Every operation of the client, typed by codegen from schema.graphql (`npm run codegen:web`).

export const LoginDocument = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      expiresAt
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      role
      roleName
      agencyId
      agency {
        id
        name
        kind
      }
      user {
        id
        displayName
        username
      }
    }
  }
`);

export const AgenciesDocument = graphql(`
  query Agencies {
    agencies {
      id
      name
      kind
    }
  }
`);

export const UnreadCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications {
    notifications(first: 100) {
      nodes {
        id
        title
        body
        kind
        createdAt
        readAt
        subjectType
        subjectId
      }
    }
  }
`);

export const MarkReadDocument = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      id
      readAt
    }
  }
`);

/**
 * The inbox: the open tasks (every one up to 200, earliest due first) and, after them, closed
 * ones (50). Without the split, an agency with years of answered tasks would see only those:
 * the list is ordered by due date whatever the state.
 */
export const InboxTaskFragment = graphql(`
  fragment InboxTask on Task {
    id
    caseId
    kind
    state
    dueAt
    request
    answeredAt
    redactedFields
    case {
      id
      reference
      redactedFields
    }
  }
`);

export const MyTasksDocument = graphql(`
  query MyTasks {
    open: myTasks(first: 200, filter: { states: [OPEN, ACKNOWLEDGED, OVERDUE] }) {
      nodes {
        ...InboxTask
      }
    }
    closed: myTasks(first: 50, filter: { states: [ANSWERED, REJECTED, WITHDRAWN] }) {
      nodes {
        ...InboxTask
      }
    }
  }
`);

export const TaskDocument = graphql(`
  query Task($id: ID!) {
    task(id: $id) {
      id
      caseId
      kind
      state
      dueAt
      request
      legalBasis
      answer
      answeredAt
      scopeRefs
      version
      redactedFields
    }
  }
`);

export const ResidentFieldsFragment = graphql(`
  fragment ResidentFields on DepartingResident {
    id
    romajiName
    kanaName
    dateOfBirth
    residenceCardNumber
    nationality
    statusOfResidence
    address
    residenceExpiry
    plannedDeparture
    confirmedDeparture
    redactedFields
    accounts {
      id
      version
      bankAgencyId
      branchName
      accountType
      accountNumber
      holderKana
      status
      legalBasis
      statusOn
      answeredAt
      taskId
      redactedFields
    }
    contracts {
      id
      version
      carrierAgencyId
      number
      contractType
      status
      legalBasis
      statusOn
      answeredAt
      taskId
      redactedFields
    }
    riskNotes {
      id
      body
    }
    immigrationNotes {
      id
      body
    }
  }
`);

export const CaseForTaskDocument = graphql(`
  query CaseForTask($id: ID!) {
    case(id: $id) {
      id
      reference
      type
      state
      title
      redactedFields
      departingResident {
        ...ResidentFields
      }
    }
  }
`);

export const AnswerAccountDocument = graphql(`
  mutation AnswerDepartureAccount($input: AnswerDepartureRowInput!) {
    answerDepartureAccount(input: $input) {
      id
      version
      status
      legalBasis
      statusOn
      answeredAt
      redactedFields
    }
  }
`);

export const AnswerContractDocument = graphql(`
  mutation AnswerDepartureContract($input: AnswerDepartureRowInput!) {
    answerDepartureContract(input: $input) {
      id
      version
      status
      legalBasis
      statusOn
      answeredAt
      redactedFields
    }
  }
`);

export const CasesDocument = graphql(`
  query Cases($filter: CaseFilterInput, $sort: CaseSortInput) {
    cases(first: 200, filter: $filter, sort: $sort) {
      nodes {
        id
        reference
        type
        state
        title
        priority
        filedAt
        updatedAt
        redactedFields
      }
    }
  }
`);

export const CaseDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      id
      reference
      type
      state
      title
      priority
      filedAt
      updatedAt
      owningAgencyId
      redactedFields
      tasks {
        id
        agencyId
        kind
        state
        dueAt
        answer
        answeredAt
        redactedFields
      }
      timeline {
        id
        type
        occurredAt
        taskId
        redactedFields
      }
      departingResident {
        ...ResidentFields
      }
    }
  }
`);

export const FileDepartureDocument = graphql(`
  mutation FileDepartingResident($input: FileDepartingResidentInput!) {
    fileDepartingResident(input: $input) {
      id
      reference
    }
  }
`);

export const DashboardDocument = graphql(`
  query Dashboard($from: DateTime!, $to: DateTime!) {
    dashboard(from: $from, to: $to) {
      openCases {
        type
        state
        count
      }
      tasksByAgency {
        agencyId
        open
        overdue
      }
      compliance {
        due
        answeredOnTime
        answeredLate
        stillOpen
        rate
      }
      oldestOverdue {
        id
        caseId
        agencyId
        kind
        dueAt
        state
      }
    }
  }
`);
