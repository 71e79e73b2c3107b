import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CtCaseQuery, RecruitmentTakedownChannel, RecruitmentTakedownKind, RecruitmentTakedownResult, RwCaseQuery } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatDateTime, isOverdue } from '../../lib/format';
import { RwCaseDocument, RwRecordTakedownDocument, RwUpdateInvestigationDocument } from '../../operations/recruitmentWork';
import { FieldValue } from '../Redacted';
import { ErrorBox, Loading, errorMessage } from '../Status';
import { ErrorSummary, FieldError, SelectField, TextField, aria, fieldId, focusFirst, optionsOf, type FormErrors } from './form';

type Case = CtCaseQuery['case'];
type Post = NonNullable<RwCaseQuery['case']['recruitmentPost']>;
type Takedown = RwCaseQuery['case']['recruitmentTakedowns'][number];
type Result = { ok: boolean; text: string } | null;

const W = () => t.recruitmentWork;
const label = (map: Record<string, string>, v: string | null | undefined) => (v ? (map[v] ?? v) : '');

/** Roles whose grants write the investigation and record takedowns (agencies' *recruitment* grants). */
const WRITER_ROLES = ['station.manager', 'station.investigator', 'hq.coordinator'];
const INVESTIGATION_FIELDS = ['suspectIdentity', 'linkedCriminalCases', 'investigationNotes'];

function Outcome({ r, testId }: { r: Result; testId?: string }) {
  return r ? (
    <p role={r.ok ? 'status' : 'alert'} className={r.ok ? 'ok-box' : 'error-box'} data-testid={testId}>
      {r.text}
    </p>
  ) : null;
}

const codesOf = (error: unknown): string[] =>
  ((error as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors ?? []).map((x) => x.extensions?.code ?? '');

/**
 * 犯罪実行者募集情報: the takedown history (送信防止措置依頼, 返信による警告, re-check results with
 * the re-check deadline), and for the police roles that may write: the form recording each step
 * and the investigation form (suspect identity, linked criminal cases, notes) on the post's
 * version. Nothing for other case types, or when the server lets the user read neither the post
 * nor a takedown.
 */
export function RecruitmentWork({ c, role, onChange }: { c: Case; role: string; onChange: () => Promise<unknown> }) {
  const isRecruitment = c.type === 'RECRUITMENT_POST';
  const { data, error, refetch } = useQuery(RwCaseDocument, { variables: { id: c.id }, skip: !isRecruitment });
  if (!isRecruitment) return null;
  if (error && !data) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const post = data.case.recruitmentPost;
  const takedowns = data.case.recruitmentTakedowns;
  if (!post && takedowns.length === 0) return null;
  const writer = WRITER_ROLES.includes(role) && !!post && !INVESTIGATION_FIELDS.some((f) => post.redactedFields.includes(f));
  const reload = async () => {
    await Promise.all([refetch(), onChange()]);
  };
  return (
    <section className="card" aria-labelledby="rw-title" data-testid="recruitment-work">
      <h2 id="rw-title">{writer ? W().title : W().historyOnlyTitle}</h2>
      <TakedownHistory takedowns={takedowns} />
      {writer && <TakedownForm caseId={c.id} onDone={reload} />}
      {writer && post && <Investigation caseId={c.id} post={post} onReload={reload} />}
    </section>
  );
}

function TakedownHistory({ takedowns }: { takedowns: readonly Takedown[] }) {
  const H = W().history;
  // Oldest first; the server's order (occurredAt, then id) is kept for equal times.
  const rows = takedowns.map((x, i) => ({ x, i })).sort((a, b) => (a.x.occurredAt ?? '').localeCompare(b.x.occurredAt ?? '') || a.i - b.i).map((r) => r.x);
  const lastResultAt = rows.filter((x) => x.kind === 'RESULT').reduce((m, x) => ((x.occurredAt ?? '') > m ? (x.occurredAt ?? '') : m), '');
  const recheck = (x: Takedown) => {
    if (x.kind !== 'REMOVAL_REQUEST' || !x.recheckDueAt) return null;
    const done = lastResultAt !== '' && lastResultAt >= (x.occurredAt ?? '');
    return (
      <>
        {H.recheckDue(formatDateTime(x.recheckDueAt))}
        {done ? (
          <span className="tag tag-ok">{H.recheckDone}</span>
        ) : isOverdue(x.recheckDueAt) ? (
          <span className="tag tag-warn">{H.recheckOverdue}</span>
        ) : (
          <span className="tag">{H.recheckWaiting}</span>
        )}
      </>
    );
  };
  return (
    <>
      <h3>{H.title}</h3>
      {rows.length === 0 ? (
        <p>{H.empty}</p>
      ) : (
        <table data-testid="takedown-history">
          <thead>
            <tr>
              <th scope="col">{H.occurredAt}</th>
              <th scope="col">{H.kind}</th>
              <th scope="col">{H.detail}</th>
              <th scope="col">{H.reference}</th>
              <th scope="col">{H.recheck}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => {
              const template = x.templateId ? W().templates[x.templateId] : undefined;
              return (
                <tr key={x.id} data-kind={x.kind ?? undefined}>
                  <td>
                    <FieldValue obj={x} field="occurredAt">
                      {x.occurredAt && <time dateTime={x.occurredAt}>{formatDateTime(x.occurredAt)}</time>}
                    </FieldValue>
                  </td>
                  <td><FieldValue obj={x} field="kind">{label(W().kind, x.kind)}</FieldValue></td>
                  <td>
                    {x.kind === 'REMOVAL_REQUEST' && <FieldValue obj={x} field="channel">{x.channel && H.channel(label(W().channel, x.channel))}</FieldValue>}
                    {x.kind === 'REPLY_WARNING' && (
                      <FieldValue obj={x} field="templateId">{x.templateId && H.template(template?.name ?? x.templateId, x.templateId)}</FieldValue>
                    )}
                    {x.kind === 'RESULT' && <FieldValue obj={x} field="result">{x.result && H.result(label(W().result, x.result))}</FieldValue>}
                  </td>
                  <td><FieldValue obj={x} field="reference">{x.reference}</FieldValue></td>
                  <td>{x.redactedFields.includes('recheckDueAt') ? <FieldValue obj={x} field="recheckDueAt" /> : recheck(x)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}

/** A datetime-local value (Tokyo wall time) as an ISO instant, or null when it does not parse. */
function tokyoInstant(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const d = new Date(`${local}:00+09:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

function TakedownForm({ caseId, onDone }: { caseId: string; onDone: () => Promise<unknown> }) {
  const F = W().takedownForm;
  const [record, { loading }] = useMutation(RwRecordTakedownDocument);
  const [kind, setKind] = useState('');
  const [channel, setChannel] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [result, setResult] = useState('');
  const [reference, setReference] = useState('');
  const [occurredAt, setOccurredAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Result>(null);
  const f: FormErrors = { prefix: 'rw-td', errors };
  const templates = Object.entries(W().templates).map(([value, x]) => ({ value, label: `${x.name}（${value}）` }));

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setOutcome(null);
    const e: Record<string, string> = {};
    if (!kind) e.kind = F.kindRequired;
    if (kind === 'REMOVAL_REQUEST' && !channel) e.channel = F.channelRequired;
    if (kind === 'REPLY_WARNING' && !templateId) e.templateId = F.templateRequired;
    if (kind === 'RESULT' && !result) e.result = F.resultRequired;
    if (reference.trim().length > 100) e.reference = F.referenceTooLong;
    const at = occurredAt ? tokyoInstant(occurredAt) : null;
    if (occurredAt && !at) e.occurredAt = F.occurredAtInvalid;
    else if (at && new Date(at).getTime() > Date.now() + 60_000) e.occurredAt = F.occurredAtFuture;
    setErrors(e);
    if (Object.keys(e).length) return focusFirst(f, e);
    try {
      const res = await record({
        variables: {
          input: {
            caseId,
            kind: kind as RecruitmentTakedownKind,
            channel: kind === 'REMOVAL_REQUEST' ? (channel as RecruitmentTakedownChannel) : undefined,
            templateId: kind === 'REPLY_WARNING' ? templateId : undefined,
            result: kind === 'RESULT' ? (result as RecruitmentTakedownResult) : undefined,
            reference: reference.trim() || undefined,
            occurredAt: at ?? undefined,
          },
        },
      });
      const due = res.data?.recordRecruitmentTakedown.recheckDueAt;
      setOutcome({ ok: true, text: `${F.recorded(label(W().kind, kind))}${due ? ` ${F.recheckScheduled(formatDateTime(due))}` : ''}` });
      setKind('');
      setChannel('');
      setTemplateId('');
      setResult('');
      setReference('');
      setOccurredAt('');
      await onDone();
    } catch (error) {
      setOutcome({ ok: false, text: codesOf(error).includes('FORBIDDEN') ? W().forbidden : errorMessage(error as Error) });
    }
  };

  const preview = templateId ? W().templates[templateId]?.text : undefined;
  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate data-testid="takedown-form" aria-labelledby="rw-td-title">
      <h3 id="rw-td-title">{F.title}</h3>
      <ErrorSummary count={Object.keys(errors).length} testId="takedown-errors" />
      <div className="form-grid">
        <SelectField f={f} k="kind" label={F.kind} value={kind} onChange={setKind} options={optionsOf(W().kind)} required />
        {kind === 'REMOVAL_REQUEST' && <SelectField f={f} k="channel" label={F.channel} value={channel} onChange={setChannel} options={optionsOf(W().channel)} required />}
        {kind === 'REPLY_WARNING' && <SelectField f={f} k="templateId" label={F.template} value={templateId} onChange={setTemplateId} options={templates} required />}
        {kind === 'RESULT' && <SelectField f={f} k="result" label={F.result} value={result} onChange={setResult} options={optionsOf(W().result)} required />}
        <TextField f={f} k="reference" label={F.reference} value={reference} onChange={setReference} maxLength={100} />
        <div>
          <label htmlFor={fieldId(f, 'occurredAt')}>{F.occurredAt}</label>
          <input {...aria(f, 'occurredAt')} type="datetime-local" value={occurredAt} onChange={(ev) => setOccurredAt(ev.target.value)} />
          <FieldError f={f} k="occurredAt" />
        </div>
      </div>
      {preview && (
        <figure data-testid="template-preview">
          <figcaption>{F.templatePreview}</figcaption>
          <blockquote>{preview}</blockquote>
        </figure>
      )}
      <button type="submit" disabled={loading}>{F.submit}</button>
      <Outcome r={outcome} testId="takedown-outcome" />
    </form>
  );
}

/** The investigation form on the version shown (the stored values are in the post's fields above). */
function Investigation({ caseId, post, onReload }: { caseId: string; post: Post; onReload: () => Promise<unknown> }) {
  const [outcome, setOutcome] = useState<Result>(null);
  const [conflict, setConflict] = useState(false);
  const I = W().investigation;
  const reload = async () => {
    await onReload();
    setConflict(false);
    setOutcome({ ok: true, text: I.reloaded });
  };
  return (
    <section aria-labelledby="rw-inv-title" data-testid="investigation">
      <h3 id="rw-inv-title">{I.title}</h3>
      {/* Re-mounted on each new version, so the form starts from what the server holds. */}
      <InvestigationForm
        key={post.version}
        caseId={caseId}
        post={post}
        onSaved={async () => {
          setConflict(false);
          setOutcome({ ok: true, text: I.saved });
          await onReload();
        }}
        onFailed={(text, isConflict) => {
          setConflict(isConflict);
          setOutcome({ ok: false, text });
        }}
        onStart={() => setOutcome(null)}
      />
      <Outcome r={outcome} testId="investigation-outcome" />
      {conflict && (
        <button type="button" onClick={() => void reload()}>
          {I.reload}
        </button>
      )}
    </section>
  );
}

function InvestigationForm(props: {
  caseId: string;
  post: Post;
  onSaved: () => Promise<unknown>;
  onFailed: (text: string, conflict: boolean) => void;
  onStart: () => void;
}) {
  const { caseId, post } = props;
  const I = W().investigation;
  const [update, { loading }] = useMutation(RwUpdateInvestigationDocument);
  const [suspect, setSuspect] = useState(post.suspectIdentity ?? '');
  const [cases, setCases] = useState((post.linkedCriminalCases ?? []).join('\n'));
  const [notes, setNotes] = useState(post.investigationNotes ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const f: FormErrors = { prefix: 'rw-inv', errors };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    props.onStart();
    const list = cases
      .split(/[\n、,]/)
      .map((x) => x.trim())
      .filter(Boolean);
    const e: Record<string, string> = {};
    if (suspect.trim().length > 500) e.suspectIdentity = I.suspectTooLong;
    if (list.length > 50) e.linkedCriminalCases = I.casesTooMany;
    else if (list.some((x) => x.length > 60)) e.linkedCriminalCases = I.caseTooLong;
    if (notes.length > 10000) e.investigationNotes = I.notesTooLong;
    setErrors(e);
    if (Object.keys(e).length) return focusFirst(f, e);
    try {
      await update({
        variables: {
          input: {
            caseId,
            version: post.version,
            suspectIdentity: suspect.trim() || null,
            linkedCriminalCases: list,
            investigationNotes: notes.trim() ? notes : null,
          },
        },
      });
      await props.onSaved();
    } catch (error) {
      const codes = codesOf(error);
      if (codes.includes('CONFLICT')) props.onFailed(I.conflict, true);
      else props.onFailed(codes.includes('FORBIDDEN') ? W().forbidden : errorMessage(error as Error), false);
    }
  };

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate data-testid="investigation-form">
      <p className="muted">{I.version(post.version)}</p>
      <ErrorSummary count={Object.keys(errors).length} testId="investigation-errors" />
      <div className="form-grid">
        <TextField f={f} k="suspectIdentity" label={I.suspectIdentity} value={suspect} onChange={setSuspect} maxLength={500} />
        <TextField f={f} k="linkedCriminalCases" label={I.linkedCriminalCases} value={cases} onChange={setCases} multiline />
        <TextField f={f} k="investigationNotes" label={I.investigationNotes} value={notes} onChange={setNotes} multiline maxLength={10000} />
      </div>
      <button type="submit" disabled={loading}>{I.submit}</button>
    </form>
  );
}
