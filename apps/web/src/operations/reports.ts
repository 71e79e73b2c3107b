import { graphql } from '../gql';

// Activity reports (施策実施報告), HQ totals, the dashboard's monthly compliance and exports.

export const ActivityReportFieldsFragment = graphql(`
  fragment ActivityReportFields on ActivityReport {
    id
    version
    state
    kind
    activityDate
    place
    participants
    foreignResidentsReached
    interpreters
    inspections
    arrests
    languages
    partnerAgencies
    notes
    stationAgencyId
    stationName
    returnReason
    createdAt
    submittedAt
    reviewedAt
    updatedAt
    redactedFields
  }
`);

export const ActivityReportsDocument = graphql(`
  query ActivityReports($filter: ActivityReportFilterInput) {
    activityReports(first: 200, filter: $filter) {
      totalCount
      nodes {
        ...ActivityReportFields
      }
    }
  }
`);

export const ActivityReportDocument = graphql(`
  query ActivityReport($id: ID!) {
    activityReport(id: $id) {
      ...ActivityReportFields
    }
  }
`);

export const ActivityReportTotalsDocument = graphql(`
  query ActivityReportTotals($from: String!, $to: String!, $groupBy: ActivityReportGroupBy!, $state: ActivityReportState) {
    activityReportTotals(from: $from, to: $to, groupBy: $groupBy, state: $state) {
      groupBy
      from
      to
      state
      overall {
        key
        label
        reports
        participants
        foreignResidentsReached
        interpreters
        inspections
        arrests
      }
      rows {
        key
        label
        reports
        participants
        foreignResidentsReached
        interpreters
        inspections
        arrests
      }
    }
  }
`);

export const CreateActivityReportDocument = graphql(`
  mutation CreateActivityReport($input: CreateActivityReportInput!) {
    createActivityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

export const UpdateActivityReportDocument = graphql(`
  mutation UpdateActivityReport($input: UpdateActivityReportInput!) {
    updateActivityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

export const SubmitActivityReportDocument = graphql(`
  mutation SubmitActivityReport($input: ActivityReportVersionInput!) {
    submitActivityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

export const ApproveActivityReportDocument = graphql(`
  mutation ApproveActivityReport($input: ActivityReportVersionInput!) {
    approveActivityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

export const ReturnActivityReportDocument = graphql(`
  mutation ReturnActivityReport($input: ReturnActivityReportInput!) {
    returnActivityReport(input: $input) {
      ...ActivityReportFields
    }
  }
`);

/** One month of deadline compliance (the dashboard is asked once per month). */
export const ComplianceOnlyDocument = graphql(`
  query ComplianceOnly($from: DateTime!, $to: DateTime!) {
    dashboard(from: $from, to: $to) {
      compliance {
        due
        answeredOnTime
        answeredLate
        stillOpen
        rate
      }
    }
  }
`);

export const ExportJobFieldsFragment = graphql(`
  fragment ExportJobFields on ExportJob {
    id
    source
    format
    state
    progress
    rowCount
    sizeBytes
    errorCode
    createdAt
    finishedAt
    expiresAt
    redactedFields
  }
`);

export const MyExportsDocument = graphql(`
  query MyExports {
    myExports(first: 100) {
      nodes {
        ...ExportJobFields
      }
    }
  }
`);

export const RequestCaseExportDocument = graphql(`
  mutation RequestCaseExport($format: ExportFormat!, $filter: CaseFilterInput, $sort: CaseSortInput) {
    requestCaseExport(format: $format, filter: $filter, sort: $sort) {
      ...ExportJobFields
    }
  }
`);

export const RequestTaskExportDocument = graphql(`
  mutation RequestTaskExport($format: ExportFormat!, $scope: TaskExportScope!) {
    requestTaskExport(format: $format, scope: $scope) {
      ...ExportJobFields
    }
  }
`);

export const RequestDashboardExportDocument = graphql(`
  mutation RequestDashboardExport($format: ExportFormat!, $from: DateTime!, $to: DateTime!) {
    requestDashboardExport(format: $format, from: $from, to: $to) {
      ...ExportJobFields
    }
  }
`);

export const RequestActivityReportExportDocument = graphql(`
  mutation RequestActivityReportExport($format: ExportFormat!, $filter: ActivityReportFilterInput) {
    requestActivityReportExport(format: $format, filter: $filter) {
      ...ExportJobFields
    }
  }
`);

/** The dashboard's agency drill-down: cases with open tasks for an agency, with their tasks. */
export const AgencyTasksDocument = graphql(`
  query AgencyTasks($filter: VisibleTaskFilterInput, $after: String) {
    tasks(first: 100, filter: $filter, after: $after) {
      nodes {
        id
        agencyId
        kind
        state
        dueAt
        request
        redactedFields
        case {
          id
          reference
          title
          redactedFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
