import { graphql } from '../gql';

// Call-forwarding work (悪質な電話転送サービス事業者): the numbers CSV import's progress (the upload
// itself is POST /forwarding-imports), the stock-number batch restriction and the per-holder
// counts. Operation names start with `Fw`.

/** One import's progress and, once FAILED, its rejected lines (line number and reason code, no value). */
export const FwImportDocument = graphql(`
  query FwImport($id: ID!) {
    forwardingImport(id: $id) {
      id
      caseId
      state
      fileName
      totalRows
      processedRows
      importedRows
      errorCount
      errors {
        line
        reason
      }
      failure
      allOrNothing
      finishedAt
    }
  }
`);

/** The carrier agencies with their codes: the `carrier` column of the CSV names them by code. */
export const FwCarriersDocument = graphql(`
  query FwCarriers {
    agencies {
      id
      name
      kind
      code
      active
    }
  }
`);

/** 在庫番号一括利用制限: every stock number restricted, one task per carrier for its unrequested ones. */
export const FwRestrictStockDocument = graphql(`
  mutation FwRestrictStock($caseId: ID!) {
    restrictStockNumbers(caseId: $caseId) {
      restrictedCount
      taskIds
    }
  }
`);

/** 契約者別集計 (police only): numbers and cases per contract holder, and the refusal recommendation. */
export const FwContractHoldersDocument = graphql(`
  query FwContractHolders {
    forwardingContractHolders {
      threshold
      holders {
        contractHolder
        numberCount
        caseCount
        refusalRecommended
        cases {
          id
          reference
          title
          redactedFields
        }
      }
    }
  }
`);

