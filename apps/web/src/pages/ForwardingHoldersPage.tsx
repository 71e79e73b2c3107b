import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { Link } from '../lib/router';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { FwContractHoldersDocument } from '../operations/forwardingWork';

const H = () => t.forwardingWork.holders;

/** 契約者別集計 (police): numbers and cases per contract holder, the refusal recommendation, links to the cases. */
export function ForwardingHoldersPage() {
  const { data, error } = useQuery(FwContractHoldersDocument, { fetchPolicy: 'network-only' });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const { threshold, holders } = data.forwardingContractHolders;
  return (
    <>
      <h1>{H().title}</h1>
      <p>{H().intro(threshold)}</p>
      {holders.length === 0 ? (
        <p>{H().none}</p>
      ) : (
        <>
          <table data-testid="forwarding-holders">
            <caption>{H().caption}</caption>
            <thead>
              <tr>
                <th scope="col">{H().holder}</th>
                <th scope="col">{H().numberCount}</th>
                <th scope="col">{H().caseCount}</th>
                <th scope="col">{H().recommendation}</th>
                <th scope="col">{H().cases}</th>
              </tr>
            </thead>
            <tbody>
              {holders.map((h) => {
                const linked = h.cases;
                return (
                  <tr key={h.contractHolder} className={h.refusalRecommended ? 'row-overdue' : undefined}>
                    <th scope="row">{h.contractHolder}</th>
                    <td>{H().count(h.numberCount)}</td>
                    <td>{H().count(h.caseCount)}</td>
                    <td>{h.refusalRecommended ? <span className="tag tag-warn">{H().recommended}</span> : H().notRecommended}</td>
                    <td>
                      {linked.length === 0 ? (
                        <span className="muted">{H().casesUnknown}</span>
                      ) : (
                        <ul style={{ margin: 0, paddingLeft: '1.2rem' }}>
                          {linked.map((c) => (
                            <li key={c.id}>
                              <Link to={`/cases/${c.id}`}>{c.reference ?? c.id}</Link>{' '}
                              <FieldValue obj={c} field="title">{c.title}</FieldValue>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="muted">{H().casesNote}</p>
        </>
      )}
    </>
  );
}
