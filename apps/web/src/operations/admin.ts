import { graphql } from '../gql';

// The auditor's audit log and the administrator's users, agencies and webhook endpoints.

export const AdminAuditLogDocument = graphql(`
  query AdminAuditLog($filter: AuditFilterInput, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        occurredAt
        actorUserId
        actorUsername
        actorAgencyId
        action
        outcome
        subjectType
        subjectId
        fields
        channel
        redactedFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AdminUsersDocument = graphql(`
  query AdminUsers($filter: UserFilterInput, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after, sort: { field: USERNAME, direction: ASC }) {
      nodes {
        id
        version
        username
        displayName
        role
        active
        agencyId
        agency {
          id
          name
          redactedFields
        }
        unitId
        unit {
          id
          name
        }
        lastLoginAt
        redactedFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AdminAgenciesDocument = graphql(`
  query AdminAgencies {
    agencies {
      id
      code
      name
      kind
      active
      parentAgencyId
      prefectureId
      redactedFields
      units {
        id
        code
        name
      }
    }
  }
`);

export const AdminUpdateUserDocument = graphql(`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      version
      role
      active
      unitId
      redactedFields
    }
  }
`);

export const AdminRevokeSessionsDocument = graphql(`
  mutation AdminRevokeSessions($userId: ID!) {
    revokeUserSessions(userId: $userId)
  }
`);

export const AdminWebhooksDocument = graphql(`
  query AdminWebhooks {
    webhookEndpoints {
      id
      url
      eventTypes
      active
      agencyId
      createdAt
      redactedFields
    }
  }
`);

export const AdminRegisterWebhookDocument = graphql(`
  mutation AdminRegisterWebhook($input: RegisterWebhookInput!) {
    registerWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        eventTypes
        active
        agencyId
        createdAt
        redactedFields
      }
    }
  }
`);

export const AdminDeactivateWebhookDocument = graphql(`
  mutation AdminDeactivateWebhook($id: ID!) {
    deactivateWebhookEndpoint(id: $id) {
      id
      active
      redactedFields
    }
  }
`);
