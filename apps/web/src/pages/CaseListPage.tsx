import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CaseSortDirection, CaseSortField } from '../gql/graphql';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { Link, usePath } from '../lib/router';
import { canFileDeparture } from '../lib/roles';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { CasesDocument } from '../operations';
import { ExportButtons } from '../components/reports/ExportButtons';
import { useAgencies } from '../components/useAgencies';
import { RequestCaseExportDocument } from '../operations/reports';

const SORT_FIELDS: CaseSortField[] = ['FILED_AT', 'UPDATED_AT', 'REFERENCE', 'TITLE', 'STATE', 'PRIORITY'];

interface Filters {
  text: string;
  type: string;
  state: string;
  overdue: boolean;
  /** Set by the dashboard's drill-down: cases with open tasks for this agency. */
  agency: string;
  field: CaseSortField;
  direction: CaseSortDirection;
}

/** Cases the user may read, filtered and sorted by the server (hidden fields cannot be filter keys). */
export function CaseListPage({ role }: { role: string }) {
  const { query } = usePath();
  // The dashboard's drill-down opens this list with ?type=&state= or ?agency=&overdue=1.
  const [draft, setDraft] = useState<Filters>(() => ({
    text: '',
    type: query.get('type') ?? '',
    state: query.get('state') ?? '',
    overdue: query.get('overdue') === '1',
    agency: query.get('agency') ?? '',
    field: 'FILED_AT',
    direction: 'DESC',
  }));
  const agencies = useAgencies();
  const [requestExport] = useMutation(RequestCaseExportDocument);
  const [applied, setApplied] = useState<Filters>(draft);
  const filter = {
    ...(applied.text.trim() ? { text: applied.text.trim() } : {}),
    ...(applied.type ? { types: [applied.type] } : {}),
    ...(applied.state ? { states: [applied.state] } : {}),
    ...(applied.overdue ? { overdue: true } : {}),
    ...(applied.agency ? { agencyWithOpenTasks: applied.agency } : {}),
  };
  const sort = { field: applied.field, direction: applied.direction };
  const { data, error, loading } = useQuery(CasesDocument, { variables: { filter, sort } });
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => setDraft({ ...draft, [k]: v });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied(draft);
  };

  return (
    <>
      <h1>{t.cases.title}</h1>
      {canFileDeparture(role) && role.startsWith('station.') && (
        <p>
          <Link to="/cases/new/departure" className="button-link">{t.nav.fileDeparture}</Link>
        </p>
      )}
      <form className="filters" onSubmit={submit} aria-label={t.cases.filters}>
        <div>
          <label htmlFor="f-text">{t.cases.text}</label>
          <input id="f-text" type="search" value={draft.text} onChange={(e) => set('text', e.target.value)} />
        </div>
        <div>
          <label htmlFor="f-type">{t.cases.type}</label>
          <select id="f-type" value={draft.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">{t.cases.allTypes}</option>
            {Object.entries(t.caseType).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-state">{t.cases.state}</label>
          <select id="f-state" value={draft.state} onChange={(e) => set('state', e.target.value)}>
            <option value="">{t.cases.allStates}</option>
            {Object.entries(t.caseState).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-sort">{t.cases.sort}</label>
          <select id="f-sort" value={draft.field} onChange={(e) => set('field', e.target.value as CaseSortField)}>
            {SORT_FIELDS.map((f) => <option key={f} value={f}>{t.cases.sortField[f]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="f-dir">{t.cases.direction}</label>
          <select id="f-dir" value={draft.direction} onChange={(e) => set('direction', e.target.value as CaseSortDirection)}>
            <option value="DESC">{t.cases.desc}</option>
            <option value="ASC">{t.cases.asc}</option>
          </select>
        </div>
        <div className="check">
          <input id="f-overdue" type="checkbox" checked={draft.overdue} onChange={(e) => set('overdue', e.target.checked)} />
          <label htmlFor="f-overdue">{t.cases.overdueOnly}</label>
        </div>
        <button type="submit">{t.cases.apply}</button>
      </form>
      {applied.agency && (
        <p className="muted" data-testid="agency-filter">
          {t.reports.caseListFromDashboard} {t.reports.agencyFilter(agencies.name(applied.agency))}
        </p>
      )}
      <ExportButtons testId="case-export" request={(format) => requestExport({ variables: { format, filter, sort } })} />
      {error && <ErrorBox error={error} />}
      {loading && !data && <Loading />}
      {data && data.cases.nodes.length === 0 && <p>{t.cases.empty}</p>}
      {data && data.cases.nodes.length > 0 && (
        <table data-testid="case-list">
          <thead>
            <tr>
              <th scope="col">{t.cases.reference}</th>
              <th scope="col">{t.cases.type}</th>
              <th scope="col">{t.cases.caseTitle}</th>
              <th scope="col">{t.cases.state}</th>
              <th scope="col">{t.cases.priority}</th>
              <th scope="col">{t.cases.filedAt}</th>
            </tr>
          </thead>
          <tbody>
            {data.cases.nodes.map((c) => (
              <tr key={c.id}>
                <td><Link to={`/cases/${c.id}`}><FieldValue obj={c} field="reference">{c.reference}</FieldValue></Link></td>
                <td><FieldValue obj={c} field="type">{t.caseType[c.type ?? ''] ?? c.type}</FieldValue></td>
                <td><FieldValue obj={c} field="title">{c.title}</FieldValue></td>
                <td><FieldValue obj={c} field="state">{t.caseState[c.state ?? ''] ?? c.state}</FieldValue></td>
                <td><FieldValue obj={c} field="priority">{t.priority[c.priority ?? ''] ?? c.priority}</FieldValue></td>
                <td><FieldValue obj={c} field="filedAt">{formatDateTime(c.filedAt)}</FieldValue></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
