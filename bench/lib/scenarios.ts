import type { GqlRequest } from './types';

/**
 * The GraphQL requests of scenarios 1–5 (issue 8). The floor server (floor-server.ts) answers
 * scenarios 2 and 3 with the same fields from hand-written SQL; statement counts use the same
 * requests.
 */

/** 1. A bank liaison's inbox: its 50 open tasks due first, each with its case reference. */
export const INBOX: GqlRequest = {
  username: 'sakura.liaison',
  query: `query Inbox($first: Int!) { myTasks(first: $first, filter: { states: [OPEN, ACKNOWLEDGED, OVERDUE] }) { nodes { id caseId kind state dueAt request answeredAt redactedFields case { id reference redactedFields } } pageInfo { hasNextPage endCursor } } }`,
  variables: { first: 50 },
};

/** 2. HQ's case list: 50 cases with their tasks. */
export const CASE_LIST: GqlRequest = {
  username: 'hq.director',
  query: `query CaseList($first: Int!) { cases(first: $first) { nodes { id reference type state title priority filedAt updatedAt redactedFields tasks { id agencyId kind state dueAt redactedFields } } pageInfo { hasNextPage endCursor } } }`,
  variables: { first: 50 },
};

/** 3. A departure case with 20 accounts and 20 phones, as a bank liaison (masking-heavy). */
export function departureDetail(caseId: string): GqlRequest {
  return {
    username: 'sakura.liaison',
    query: `query Departure($id: ID!) { case(id: $id) { id reference type state redactedFields departingResident {
      id romajiName kanaName dateOfBirth nationality statusOfResidence residenceCardNumber residenceExpiry gracePeriodEnd plannedDeparture address redactedFields
      accounts { id bankAgencyId branchName accountType accountNumber holderKana status statusOn legalBasis redactedFields }
      contracts { id carrierAgencyId number contractType status statusOn redactedFields } } } }`,
    variables: { id: caseId },
  };
}

const DASHBOARD_QUERY = `query Dashboard($from: DateTime!, $to: DateTime!) { dashboard(from: $from, to: $to) {
  openCases { type state count } tasksByAgency { agencyId open overdue }
  compliance { due answeredOnTime answeredLate stillOpen rate } oldestOverdue { id request agencyId dueAt } } }`;

/** 4. The dashboard over the last 30 days, as HQ and as a liaison. */
export function dashboard(username: 'hq.director' | 'sakura.liaison', now = new Date()): GqlRequest {
  return { username, query: DASHBOARD_QUERY, variables: { from: new Date(now.getTime() - 30 * 86_400_000).toISOString(), to: now.toISOString() } };
}

/** 5. Login (argon2id verification: CPU-bound by design). */
export const LOGIN_QUERY = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken } }';
