import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CtCaseQuery, DwNoteFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { FieldValue, Redacted } from '../Redacted';
import { errorMessage } from '../Status';
import { MeDocument } from '../../operations';
import { DwAddImmigrationNoteDocument, DwAddRiskNoteDocument, DwDepartureNotesDocument } from '../../operations/departureWork';
import { TextField, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
const N = () => t.departureWork.notes;

/** The police roles that write risk notes (VISIBILITY.md §3: police RW; hq.director and station.supervisor read). */
const RISK_WRITERS = ['station.manager', 'station.investigator', 'hq.coordinator'];
const POLICE = ['station.manager', 'station.supervisor', 'station.investigator', 'hq.director', 'hq.coordinator'];

/**
 * The notes of a departure case: immigration's (出国確認・再入国許可; the police read them) and the
 * police risk notes (police only), each as the server projected it (a body it withholds shows
 * 非表示; a list this user may not read is marked 非表示, whether or not it holds anything), and
 * the form for the kind of note this user may add. The server decides in the end.
 */
export function DepartureWork({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  if (c.type !== 'DEPARTING_RESIDENT' || !c.departingResident) return null;
  return <Notes caseId={c.id} role={role} onChange={onChange} />;
}

function Notes({ caseId, role, onChange }: { caseId: string; role: string; onChange: () => Promise<unknown> }) {
  const me = useQuery(MeDocument, { fetchPolicy: 'cache-first' }).data?.me;
  const { data, error, refetch } = useQuery(DwDepartureNotesDocument, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const resident = data?.case.departingResident;
  const immigration = role === 'liaison' && me?.agency.kind === 'IMMIGRATION';
  const police = POLICE.includes(role);
  const reload = async () => {
    await Promise.all([refetch(), onChange()]);
  };

  return (
    <section className="card" aria-labelledby="dw-notes-title" data-testid="departure-notes">
      <h2 id="dw-notes-title">{N().title}</h2>
      {error && !data ? <p role="alert" className="error-box">{errorMessage(error)}</p> : null}
      <div data-testid="immigration-notes">
        <h3>{N().immigrationTitle}</h3>
        {police || immigration ? <NoteList notes={resident?.immigrationNotes} /> : <p><Redacted /></p>}
        {immigration && <NoteForm kind="IMMIGRATION" caseId={caseId} onAdded={reload} />}
      </div>
      <div data-testid="risk-notes">
        <h3>{N().riskTitle}</h3>
        {police ? <NoteList notes={resident?.riskNotes} /> : <p><Redacted /></p>}
        {RISK_WRITERS.includes(role) && <NoteForm kind="POLICE_RISK" caseId={caseId} onAdded={reload} />}
      </div>
    </section>
  );
}

function NoteList({ notes }: { notes: readonly DwNoteFieldsFragment[] | undefined }) {
  if (!notes) return null;
  if (notes.length === 0) return <p className="muted">{N().none}</p>;
  return (
    <ol className="timeline">
      {notes.map((n) => (
        <li key={n.id}>
          <time dateTime={n.createdAt ?? undefined}>
            <FieldValue obj={n} field="createdAt">{formatDateTime(n.createdAt)}</FieldValue>
          </time>
          <p style={{ whiteSpace: 'pre-wrap', margin: '0.25rem 0 0' }}>
            <FieldValue obj={n} field="body">{n.body}</FieldValue>
          </p>
        </li>
      ))}
    </ol>
  );
}

function NoteForm({ kind, caseId, onAdded }: { kind: 'IMMIGRATION' | 'POLICE_RISK'; caseId: string; onAdded: () => Promise<unknown> }) {
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [addImmigration, immigrationState] = useMutation(DwAddImmigrationNoteDocument);
  const [addRisk, riskState] = useMutation(DwAddRiskNoteDocument);
  const busy = immigrationState.loading || riskState.loading;
  const prefix = kind === 'IMMIGRATION' ? 'dw-imm' : 'dw-risk';
  const f: FormErrors = { prefix, errors };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const text = body.trim();
    const errs: Record<string, string> = {};
    if (!text) errs.body = N().bodyRequired;
    else if (text.length > 2000) errs.body = N().bodyTooLong;
    setErrors(errs);
    setResult(null);
    if (errs.body) {
      document.getElementById(`${prefix}-body`)?.focus();
      return;
    }
    try {
      const input = { caseId, body: text };
      if (kind === 'IMMIGRATION') await addImmigration({ variables: { input } });
      else await addRisk({ variables: { input } });
      setBody('');
      setResult({ ok: true, text: N().added });
      await onAdded();
    } catch (error) {
      setResult({ ok: false, text: errorMessage(error as Error) });
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={kind === 'IMMIGRATION' ? 'immigration-note-form' : 'risk-note-form'}>
      <h4>{kind === 'IMMIGRATION' ? N().addImmigration : N().addRisk}</h4>
      <p className="muted" id={`${prefix}-hint`}>{kind === 'IMMIGRATION' ? N().immigrationHint : N().riskHint}</p>
      <TextField f={f} k="body" label={kind === 'IMMIGRATION' ? N().immigrationLabel : N().riskLabel} value={body} onChange={setBody} required multiline maxLength={2000} />
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>
          {result.text}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? N().submitting : N().submit}
      </button>
    </form>
  );
}
