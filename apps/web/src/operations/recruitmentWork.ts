import { graphql } from '../gql';

// Recruitment case work (犯罪実行者募集情報): the takedown record and the investigation form on the
// case page. Operation names are prefixed `Rw`. Typed by codegen (`npm run codegen:web`).

export const RwCaseDocument = graphql(`
  query RwCase($id: ID!) {
    case(id: $id) {
      id
      type
      state
      recruitmentPost {
        id
        version
        suspectIdentity
        linkedCriminalCases
        investigationNotes
        redactedFields
      }
      recruitmentTakedowns {
        id
        kind
        channel
        templateId
        result
        reference
        occurredAt
        recheckDueAt
        redactedFields
      }
    }
  }
`);

export const RwRecordTakedownDocument = graphql(`
  mutation RwRecordTakedown($input: RecordRecruitmentTakedownInput!) {
    recordRecruitmentTakedown(input: $input) {
      id
      kind
      recheckDueAt
      redactedFields
    }
  }
`);

export const RwUpdateInvestigationDocument = graphql(`
  mutation RwUpdateInvestigation($input: UpdateRecruitmentInvestigationInput!) {
    updateRecruitmentInvestigation(input: $input) {
      id
      version
      suspectIdentity
      linkedCriminalCases
      investigationNotes
      redactedFields
    }
  }
`);
