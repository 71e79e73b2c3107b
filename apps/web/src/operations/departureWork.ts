import { graphql } from '../gql';

// Departure intake by immigration (prefecture choice) and the departure notes on the case detail,
// typed by codegen from schema.graphql (`npm run codegen:web`). Names prefixed `Dw`.

/**
 * The police HQs of the directory with their prefecture: the API has no list of prefectures, so
 * immigration chooses the owning prefecture through its police HQ (`agencies` is readable by all).
 */
export const DwAgenciesDocument = graphql(`
  query DwAgencies {
    agencies {
      id
      name
      kind
      prefectureId
      prefecture {
        id
        name
      }
      redactedFields
    }
  }
`);

/** The notes of a departure case as the server projects them for this user (rows it may not read are absent). */
export const DwDepartureNotesDocument = graphql(`
  query DwDepartureNotes($id: ID!) {
    case(id: $id) {
      id
      departingResident {
        id
        redactedFields
        immigrationNotes {
          ...DwNoteFields
        }
        riskNotes {
          ...DwNoteFields
        }
      }
    }
  }
`);

export const DwNoteFieldsFragment = graphql(`
  fragment DwNoteFields on DepartureNote {
    id
    caseId
    body
    createdAt
    redactedFields
  }
`);

export const DwAddImmigrationNoteDocument = graphql(`
  mutation DwAddImmigrationNote($input: AddDepartureNoteInput!) {
    addDepartureImmigrationNote(input: $input) {
      ...DwNoteFields
    }
  }
`);

export const DwAddRiskNoteDocument = graphql(`
  mutation DwAddRiskNote($input: AddDepartureNoteInput!) {
    addDepartureRiskNote(input: $input) {
      ...DwNoteFields
    }
  }
`);
