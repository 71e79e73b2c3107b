import type { ResidentFieldsFragment } from '../gql/graphql';
import { t } from '../i18n';
import { formatCalendarDate, formatPhone } from '../lib/format';
import { FieldRow, FieldValue } from './Redacted';
import { useAgencies } from './useAgencies';

const PERSON_FIELDS: [keyof ResidentFieldsFragment & string, 'date' | 'text'][] = [
  ['romajiName', 'text'],
  ['kanaName', 'text'],
  ['dateOfBirth', 'date'],
  ['residenceCardNumber', 'text'],
  ['nationality', 'text'],
  ['statusOfResidence', 'text'],
  ['address', 'text'],
  ['residenceExpiry', 'date'],
  ['plannedDeparture', 'date'],
  ['confirmedDeparture', 'date'],
];

/** The departing resident as the server projected it for this user: 非表示 where redacted. */
export function ResidentView({ resident, showNotes = true }: { resident: ResidentFieldsFragment; showNotes?: boolean }) {
  const agencies = useAgencies();
  return (
    <section aria-labelledby="resident-title">
      <h3 id="resident-title">{t.caseDetail.resident}</h3>
      <dl className="fields">
        {PERSON_FIELDS.map(([field, kind]) => {
          const v = resident[field] as string | null | undefined;
          return (
            <FieldRow key={field} label={t.resident[field]} obj={resident} field={field}>
              {kind === 'date' ? formatCalendarDate(v) : v}
            </FieldRow>
          );
        })}
      </dl>
      {resident.accounts.length > 0 && (
        <>
          <h4>{t.caseDetail.accounts}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.account.bank}</th>
                <th scope="col">{t.account.branchName}</th>
                <th scope="col">{t.account.accountType}</th>
                <th scope="col">{t.account.accountNumber}</th>
                <th scope="col">{t.account.status}</th>
              </tr>
            </thead>
            <tbody>
              {resident.accounts.map((a) => (
                <tr key={a.id}>
                  <td><FieldValue obj={a} field="bankAgencyId">{agencies.name(a.bankAgencyId)}</FieldValue></td>
                  <td><FieldValue obj={a} field="branchName">{a.branchName}</FieldValue></td>
                  <td><FieldValue obj={a} field="accountType">{a.accountType ? t.accountType[a.accountType] : ''}</FieldValue></td>
                  <td><FieldValue obj={a} field="accountNumber">{a.accountNumber}</FieldValue></td>
                  <td><FieldValue obj={a} field="status">{a.status ? t.rowStatus[a.status] : t.answer.unanswered}</FieldValue></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {resident.contracts.length > 0 && (
        <>
          <h4>{t.caseDetail.contracts}</h4>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.contract.carrier}</th>
                <th scope="col">{t.contract.number}</th>
                <th scope="col">{t.contract.contractType}</th>
                <th scope="col">{t.account.status}</th>
              </tr>
            </thead>
            <tbody>
              {resident.contracts.map((c) => (
                <tr key={c.id}>
                  <td><FieldValue obj={c} field="carrierAgencyId">{agencies.name(c.carrierAgencyId)}</FieldValue></td>
                  <td><FieldValue obj={c} field="number">{formatPhone(c.number)}</FieldValue></td>
                  <td><FieldValue obj={c} field="contractType">{c.contractType ? t.contractType[c.contractType] : ''}</FieldValue></td>
                  <td><FieldValue obj={c} field="status">{c.status ? t.rowStatus[c.status] : t.answer.unanswered}</FieldValue></td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {showNotes && resident.riskNotes.length > 0 && (
        <>
          <h4>{t.caseDetail.riskNotes}</h4>
          <ul>{resident.riskNotes.map((n) => <li key={n.id}>{n.body}</li>)}</ul>
        </>
      )}
      {showNotes && resident.immigrationNotes.length > 0 && (
        <>
          <h4>{t.caseDetail.immigrationNotes}</h4>
          <ul>{resident.immigrationNotes.map((n) => <li key={n.id}>{n.body}</li>)}</ul>
        </>
      )}
    </section>
  );
}
