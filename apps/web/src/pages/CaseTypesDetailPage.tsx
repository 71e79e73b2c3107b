import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { usePath } from '../lib/router';
import { FieldRow, FieldValue } from '../components/Redacted';
import { ErrorBox, Loading } from '../components/Status';
import { TypeFields } from '../components/case-types/TypeViews';
import { TasksTable, Timeline, Transitions, TypeActions, stateLabel } from '../components/case-types/CaseActivity';
import { Discussion } from '../components/case-types/Discussion';
import { EvidenceReceived } from '../components/case-types/FollowUp';
import { RecruitmentWork } from '../components/case-types/RecruitmentWork';
import { ForwardingWork } from '../components/case-types/ForwardingWork';
import { DepartureWork } from '../components/case-types/DepartureWork';
import { CaseWork } from '../components/case-types/CaseWork';
import { CtCaseDocument } from '../operations/caseTypes';

/**
 * A case of any type as the server projected it for this user: the summary, the type's own
 * fields, the transitions the user may take, the requests to agencies, tasks, timeline, comments
 * and attachments.
 */
export function CaseTypesDetailPage({ id, role }: { id: string; role: string }) {
  const { data, error, refetch } = useQuery(CtCaseDocument, { variables: { id } });
  const { query } = usePath();
  const filed = query.get('filed');
  const known = query.get('known');
  if (error && !data) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const c = data.case;
  const reload = () => refetch();
  return (
    <>
      <h1>
        {t.caseDetail.title}: <FieldValue obj={c} field="reference">{c.reference}</FieldValue>
      </h1>
      {filed && <p role="status" className="ok-box">{t.caseTypes.filing.filed(filed)}</p>}
      {known !== null && <p role="status" className="ok-box">{known ? t.caseTypes.filing.alreadyKnown(known) : t.caseTypes.filing.elsewhere}</p>}
      <section className="card" aria-labelledby="summary-title">
        <h2 id="summary-title">{t.caseTypes.summary}</h2>
        <dl className="fields">
          <FieldRow label={t.cases.type} obj={c} field="type">{t.caseType[c.type ?? ''] ?? c.type}</FieldRow>
          <FieldRow label={t.cases.caseTitle} obj={c} field="title">{c.title}</FieldRow>
          <FieldRow label={t.cases.state} obj={c} field="state">{stateLabel(c.state)}</FieldRow>
          <FieldRow label={t.cases.priority} obj={c} field="priority">{t.priority[c.priority ?? ''] ?? c.priority}</FieldRow>
          <FieldRow label={t.cases.filedAt} obj={c} field="filedAt">{formatDateTime(c.filedAt)}</FieldRow>
          <FieldRow label={t.cases.updatedAt} obj={c} field="updatedAt">{formatDateTime(c.updatedAt)}</FieldRow>
        </dl>
        <TypeFields c={c} withWork />
      </section>
      <Transitions c={c} onChange={reload} />
      <TypeActions c={c} role={role} onChange={reload} />
      <EvidenceReceived c={c} role={role} onChange={reload} />
      <RecruitmentWork c={c} role={role} onChange={reload} />
      <ForwardingWork c={c} role={role} onChange={reload} />
      <DepartureWork c={c} role={role} onChange={reload} />
      <CaseWork c={c} role={role} onChange={reload} />
      <section className="card" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t.caseTypes.tasks}</h2>
        <TasksTable c={c} />
      </section>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t.caseTypes.timeline}</h2>
        <Timeline c={c} />
      </section>
      <Discussion c={c} onChange={reload} />
    </>
  );
}
