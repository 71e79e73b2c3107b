import { graphql } from '../gql';

// Case management on the case detail page (helper "cw"): assignees, ad-hoc tasks to outside
// agencies and their withdrawal. Typed by codegen from schema.graphql (`npm run codegen:web`).

/** What the management forms need beyond CtCase: the assignees and each task's version. */
/** What the management section shows of a task (the case's list and a created task). */
export const CwTaskFieldsFragment = graphql(`
  fragment CwTaskFields on Task {
    id
    agencyId
    kind
    state
    dueAt
    request
    version
    redactedFields
  }
`);

export const CwCaseDocument = graphql(`
  query CwCase($id: ID!) {
    case(id: $id) {
      id
      version
      state
      type
      owningAgencyId
      assigneeIds
      redactedFields
      tasks {
        ...CwTaskFields
      }
    }
  }
`);

/** The members of the owning agency the user may see (colleagues of the same station; HQ: its prefecture's police). */
export const CwUsersDocument = graphql(`
  query CwUsers($agencyId: ID!) {
    users(filter: { agencyId: $agencyId }, first: 200, sort: { field: USERNAME, direction: ASC }) {
      nodes {
        id
        username
        displayName
        role
        agencyId
        redactedFields
      }
    }
  }
`);

export const CwAssignCaseDocument = graphql(`
  mutation CwAssignCase($input: AssignCaseInput!) {
    assignCase(input: $input) {
      id
      version
      assigneeIds
      redactedFields
    }
  }
`);

export const CwCreateTaskDocument = graphql(`
  mutation CwCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...CwTaskFields
    }
  }
`);

export const CwWithdrawTaskDocument = graphql(`
  mutation CwWithdrawTask($input: TaskVersionInput!) {
    withdrawTask(input: $input) {
      id
      state
      version
      redactedFields
    }
  }
`);
