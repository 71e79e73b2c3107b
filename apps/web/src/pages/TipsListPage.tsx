import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime, formatDue, isOverdue } from '../lib/format';
import { Link } from '../lib/router';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { Checkbox } from '../components/tips/Checkbox';
import { TipsDocument } from '../operations/tips';
import type { TipClassification, TipFilterInput } from '../gql/graphql';

const M = t.tips.list;

/** The desks' tip list (newest first); for hq.coordinator, the tips forwarded to its HQ. Unclassified first is a client filter. */
export function TipsListPage({ role }: { role: string }) {
  const [classification, setClassification] = useState('');
  const [urgentOnly, setUrgentOnly] = useState(false);
  const [filter, setFilter] = useState<{ api: TipFilterInput; unclassified: boolean }>({ api: {}, unclassified: false });
  const { data, error, fetchMore } = useQuery(TipsDocument, { variables: { filter: filter.api } });
  const agencies = useAgencies();

  const apply = (e: FormEvent) => {
    e.preventDefault();
    const api: TipFilterInput = {};
    if (classification === 'TARGET' || classification === 'REFERENCE') api.classification = classification as TipClassification;
    if (urgentOnly) api.urgent = true;
    setFilter({ api, unclassified: classification === 'NONE' });
  };

  const title = role === 'hq.coordinator' ? M.forwardedTitle : M.title;
  const nodes = (data?.tips.nodes ?? []).filter((n) => !filter.unclassified || (!n.classification && !n.redactedFields.includes('classification')));

  return (
    <>
      <h1>{title}</h1>
      <form className="card form-grid" onSubmit={apply} aria-label={M.filter}>
        <div>
          <label htmlFor="tips-classification">{M.classificationFilter}</label>
          <select id="tips-classification" value={classification} onChange={(e) => setClassification(e.target.value)}>
            <option value="">{M.all}</option>
            <option value="NONE">{M.unclassified}</option>
            <option value="TARGET">{t.tips.classification.TARGET}</option>
            <option value="REFERENCE">{t.tips.classification.REFERENCE}</option>
          </select>
        </div>
        <div>
          <Checkbox id="tips-urgent" label={M.urgentOnly} checked={urgentOnly} onChange={setUrgentOnly} />
        </div>
        <div>
          <button type="submit">{M.apply}</button>
        </div>
      </form>
      {error && <ErrorBox error={error} />}
      {!data && !error && <Loading />}
      {data && nodes.length === 0 && <p>{M.empty}</p>}
      {nodes.length > 0 && (
        <table data-testid="tip-list">
          <thead>
            <tr>
              <th scope="col">{M.receiptNumber}</th>
              <th scope="col">{M.receivedAt}</th>
              <th scope="col">{M.channel}</th>
              <th scope="col">{M.category}</th>
              <th scope="col">{M.classification}</th>
              <th scope="col">{M.forwardedTo}</th>
              <th scope="col">{M.report}</th>
              <th scope="col">{M.case}</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.id} data-receipt={n.receiptNumber ?? ''}>
                <td>
                  <Link to={`/tips/${n.id}`}>{n.receiptNumber ?? M.open}</Link>
                  {n.urgent && <span className="tag tag-warn">{M.urgent}</span>}
                </td>
                <td>
                  <FieldValue obj={n} field="receivedAt">{formatDateTime(n.receivedAt)}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="channel">{n.channel && t.tips.channel[n.channel]}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="category">{n.category && t.tips.category[n.category]}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="classification">{n.classification && t.tips.classification[n.classification]}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="forwardedAgencyId">{agencies.name(n.forwardedAgencyId)}</FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="reportedAt">
                    {n.reportedAt ? M.reported : n.reportDueAt ? <span className={isOverdue(n.reportDueAt) ? 'tag tag-warn' : ''}>{M.notReported(formatDue(n.reportDueAt))}</span> : null}
                  </FieldValue>
                </td>
                <td>
                  <FieldValue obj={n} field="caseId">{n.caseId && M.caseOpened}</FieldValue>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data?.tips.pageInfo.hasNextPage && (
        <button type="button" className="button-secondary" onClick={() => void fetchMore({ variables: { after: data.tips.pageInfo.endCursor }, updateQuery: (prev, { fetchMoreResult }) => ({ tips: { ...fetchMoreResult.tips, nodes: [...prev.tips.nodes, ...fetchMoreResult.tips.nodes] } }) })}>
          {M.more}
        </button>
      )}
    </>
  );
}
