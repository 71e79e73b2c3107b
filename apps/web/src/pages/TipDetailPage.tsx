import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime, formatDue } from '../lib/format';
import { Link } from '../lib/router';
import { FieldRow } from '../components/Redacted';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { PAYMENT_METHODS, errorCode } from '../components/tips/tip-util';
import {
  ClassifyTipDocument,
  DecideTipRewardDocument,
  ForwardTipDocument,
  OpenCaseFromTipDocument,
  RecordRewardPaymentDocument,
  RecordTipInformationDocument,
  RequestTipInformationDocument,
  TipDocument,
  WithdrawTipInformationRequestDocument,
} from '../operations/tips';
import type { RewardPaymentMethod, TipClassification, TipQuery } from '../gql/graphql';

const M = t.tips.detail;
type Tip = TipQuery['tip'];

/** A failed desk action: the PIN checks get their own words, everything else the stable codes. */
function actionError(error: unknown): string {
  const code = errorCode(error);
  if (code === 'INVALID_CREDENTIALS') return M.denied;
  if (code === 'ACCOUNT_LOCKED') return M.locked;
  return errorMessage(error as Error);
}

/** One tip, with the actions of the role reading it (the server decides in the end). */
export function TipDetailPage({ id, role }: { id: string; role: string }) {
  const { data, error, refetch } = useQuery(TipDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const agencies = useAgencies();
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const tip = data.tip;
  const done = async () => {
    await refetch();
  };

  return (
    <>
      <p>
        <Link to="/tips">{t.app.back}</Link>
      </p>
      <h1>{M.title(tip.receiptNumber ?? '')}</h1>
      <section className="card" aria-labelledby="tip-basic" data-testid="tip-basic">
        <h2 id="tip-basic">{M.basic}</h2>
        <dl className="fields">
          <FieldRow label={t.tips.list.receivedAt} obj={tip} field="receivedAt">{formatDateTime(tip.receivedAt)}</FieldRow>
          <FieldRow label={t.tips.list.channel} obj={tip} field="channel">{tip.channel && t.tips.channel[tip.channel]}</FieldRow>
          <FieldRow label={t.tips.list.category} obj={tip} field="category">{tip.category && t.tips.category[tip.category]}</FieldRow>
          <FieldRow label={t.tips.list.urgent} obj={tip} field="urgent">{tip.urgent === null || tip.urgent === undefined ? null : tip.urgent ? M.yes : M.no}</FieldRow>
          <FieldRow label={M.content} obj={tip} field="content">
            <span style={{ whiteSpace: 'pre-wrap' }}>{tip.content}</span>
          </FieldRow>
        </dl>
      </section>

      <section className="card" aria-labelledby="tip-triage" data-testid="tip-triage">
        <h2 id="tip-triage">{M.triage}</h2>
        <dl className="fields">
          <FieldRow label={t.tips.list.classification} obj={tip} field="classification">{tip.classification && t.tips.classification[tip.classification]}</FieldRow>
          <FieldRow label={M.classifiedAt} obj={tip} field="classifiedAt">{formatDateTime(tip.classifiedAt)}</FieldRow>
          <FieldRow label={t.tips.list.forwardedTo} obj={tip} field="forwardedAgencyId">{agencies.name(tip.forwardedAgencyId)}</FieldRow>
          <FieldRow label={M.forwardedAt} obj={tip} field="forwardedAt">{formatDateTime(tip.forwardedAt)}</FieldRow>
          <FieldRow label={M.reportDueAt} obj={tip} field="reportDueAt">{formatDue(tip.reportDueAt)}</FieldRow>
          <FieldRow label={M.reportedAt} obj={tip} field="reportedAt">{formatDateTime(tip.reportedAt)}</FieldRow>
          <FieldRow label={M.caseId} obj={tip} field="caseId">{tip.caseId && <Link to={`/cases/${tip.caseId}`}>{M.openCaseLink}</Link>}</FieldRow>
        </dl>
        <h3>{M.infoRequests}</h3>
        <InfoRequests tip={tip} canWithdraw={role === 'npa.tipdesk'} onDone={done} />
        <h3>{M.additional}</h3>
        {tip.redactedFields.includes('additionalInformation') ? (
          <FieldRow label={M.additional} obj={tip} field="additionalInformation" />
        ) : (tip.additionalInformation ?? []).length === 0 ? (
          <p className="muted">{M.noAdditional}</p>
        ) : (
          <ul data-testid="tip-additional">
            {(tip.additionalInformation ?? []).map((a) => (
              <li key={a.id}>
                <p style={{ whiteSpace: 'pre-wrap' }}>{a.content}</p>
                <p className="muted">
                  {formatDateTime(a.receivedAt)} {t.tips.channel[a.channel]} / {M.reportDueAt}: {a.reportedAt ? t.tips.list.reported : formatDue(a.reportDueAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="tip-reward" data-testid="tip-reward">
        <h2 id="tip-reward">{M.rewardGroup}</h2>
        <dl className="fields">
          <FieldRow label={M.selfIdentification} obj={tip} field="selfIdentification">{tip.selfIdentification}</FieldRow>
          <FieldRow label={M.wantsReward} obj={tip} field="wantsReward">{tip.wantsReward === null || tip.wantsReward === undefined ? null : tip.wantsReward ? M.yes : M.no}</FieldRow>
          <FieldRow label={M.disqualifications} obj={tip} field="disqualifications">
            {tip.disqualifications && (tip.disqualifications.length === 0 ? t.app.none : tip.disqualifications.map((d) => t.tips.disqualification[d]).join('、'))}
          </FieldRow>
          <FieldRow label={M.rewardAmount} obj={tip} field="rewardAmount">{typeof tip.rewardAmount === 'number' ? M.yen(tip.rewardAmount) : null}</FieldRow>
          <FieldRow label={M.rewardDecidedAt} obj={tip} field="rewardDecidedAt">{formatDateTime(tip.rewardDecidedAt)}</FieldRow>
          <FieldRow label={M.rewardNoticePostedAt} obj={tip} field="rewardNoticePostedAt">{formatDateTime(tip.rewardNoticePostedAt)}</FieldRow>
          <FieldRow label={M.rewardNoticeRemovedAt} obj={tip} field="rewardNoticeRemovedAt">{formatDateTime(tip.rewardNoticeRemovedAt)}</FieldRow>
          <FieldRow label={M.rewardPaidAt} obj={tip} field="rewardPaidAt">{formatDateTime(tip.rewardPaidAt)}</FieldRow>
          <FieldRow label={M.rewardPaymentMethod} obj={tip} field="rewardPaymentMethod">{tip.rewardPaymentMethod && t.tips.method[tip.rewardPaymentMethod]}</FieldRow>
        </dl>
      </section>

      {role === 'npa.tipdesk' && (
        <>
          <ClassifyForm tip={tip} onDone={done} />
          <AskForm tip={tip} onDone={done} />
          <ForwardForm tip={tip} onDone={done} />
          <RewardForm tip={tip} onDone={done} />
        </>
      )}
      {role === 'tipline.receiver' && (
        <>
          <PhoneInfoForm tip={tip} onDone={done} />
          <PaymentForm tip={tip} onDone={done} />
        </>
      )}
      {role === 'hq.coordinator' && <OpenCaseForm tip={tip} onDone={done} />}
    </>
  );
}

function Result({ result }: { result: { ok: boolean; text: string } | null }) {
  if (!result) return null;
  return (
    <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok-box' : 'error-box'}>
      {result.text}
    </p>
  );
}

function ActionCard({ id, title, help, children }: { id: string; title: string; help?: string; children: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {help && <p className="muted">{help}</p>}
      {children}
    </section>
  );
}

/** Runs a desk action and reports its outcome in words from the catalogue. */
function useAction(onDone: () => Promise<void>) {
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (fn: () => Promise<unknown>, ok: string = M.done) => {
    setResult(null);
    try {
      await fn();
      setResult({ ok: true, text: ok });
      await onDone();
      return true;
    } catch (error) {
      setResult({ ok: false, text: actionError(error) });
      return false;
    }
  };
  return { result, setResult, run };
}

interface ActionProps {
  tip: Tip;
  onDone: () => Promise<void>;
}

function InfoRequests({ tip, canWithdraw, onDone }: ActionProps & { canWithdraw: boolean }) {
  const [withdraw, { loading }] = useMutation(WithdrawTipInformationRequestDocument);
  const { result, run } = useAction(onDone);
  if (tip.redactedFields.includes('infoRequests')) return <FieldRow label={M.infoRequests} obj={tip} field="infoRequests" />;
  const list = tip.infoRequests ?? [];
  if (list.length === 0) return <p className="muted">{M.noInfoRequests}</p>;
  return (
    <>
      <ul data-testid="tip-info-requests">
        {list.map((r) => (
          <li key={r.id}>
            <p>{r.question}</p>
            <p className="muted">
              {formatDateTime(r.requestedAt)}
              <span className={r.state === 'OPEN' ? 'tag tag-warn' : 'tag tag-ok'}>{t.tips.requestState[r.state]}</span>
              {canWithdraw && r.state === 'OPEN' && (
                <button type="button" className="button-secondary" disabled={loading} onClick={() => void run(() => withdraw({ variables: { input: { tipId: tip.id, requestId: r.id } } }))}>
                  {M.withdraw}
                </button>
              )}
            </p>
          </li>
        ))}
      </ul>
      <Result result={result} />
    </>
  );
}

function ClassifyForm({ tip, onDone }: ActionProps) {
  const [value, setValue] = useState<string>(tip.classification ?? '');
  const [classify, { loading }] = useMutation(ClassifyTipDocument);
  const { result, run } = useAction(onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!value) return;
    void run(() => classify({ variables: { input: { tipId: tip.id, version: tip.version ?? 1, classification: value as TipClassification } } }));
  };
  return (
    <ActionCard id="tip-classify" title={M.classifyTitle}>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t.tips.list.classification}</legend>
          {(['TARGET', 'REFERENCE'] as const).map((c) => (
            <label key={c} htmlFor={`classify-${c}`} style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontWeight: 'normal' }}>
              <input id={`classify-${c}`} type="radio" name="classification" value={c} checked={value === c} onChange={() => setValue(c)} style={{ width: 'auto', margin: 0 }} />
              <span>{t.tips.classification[c]}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={loading || !value}>
          {M.classify}
        </button>
        <Result result={result} />
      </form>
    </ActionCard>
  );
}

function AskForm({ tip, onDone }: ActionProps) {
  const [question, setQuestion] = useState('');
  const [ask, { loading }] = useMutation(RequestTipInformationDocument);
  const { result, setResult, run } = useAction(onDone);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!question.trim()) return setResult({ ok: false, text: M.questionRequired });
    if (await run(() => ask({ variables: { input: { tipId: tip.id, question: question.trim() } } }))) setQuestion('');
  };
  return (
    <ActionCard id="tip-ask" title={M.askTitle} help={M.askHelp}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="tip-question">{M.question}</label>
        <textarea id="tip-question" rows={3} maxLength={2000} value={question} onChange={(e) => setQuestion(e.target.value)} />
        <button type="submit" disabled={loading}>
          {M.ask}
        </button>
        <Result result={result} />
      </form>
    </ActionCard>
  );
}

function ForwardForm({ tip, onDone }: ActionProps) {
  const agencies = useAgencies();
  const [agencyId, setAgencyId] = useState(tip.forwardedAgencyId ?? '');
  const [forward, { loading }] = useMutation(ForwardTipDocument);
  const { result, setResult, run } = useAction(onDone);
  const hqs = agencies.list.filter((a) => a.kind === 'POLICE_HQ');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!agencyId) return setResult({ ok: false, text: M.chooseRequired });
    void run(() => forward({ variables: { input: { tipId: tip.id, version: tip.version ?? 1, agencyId } } }));
  };
  return (
    <ActionCard id="tip-forward" title={M.forwardTitle}>
      {tip.caseId ? (
        <p>{M.forwardLocked}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <label htmlFor="tip-forward-to">{M.forwardTo}</label>
          <select id="tip-forward-to" value={agencyId} onChange={(e) => setAgencyId(e.target.value)}>
            <option value="">{t.tips.form.choose}</option>
            {hqs.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={loading}>
            {M.forward}
          </button>
          <Result result={result} />
        </form>
      )}
    </ActionCard>
  );
}

function RewardForm({ tip, onDone }: ActionProps) {
  const [amount, setAmount] = useState('');
  const [decide, { loading }] = useMutation(DecideTipRewardDocument);
  const { result, setResult, run } = useAction(onDone);
  // Once decided, only the outcome of this screen's decision stays (the group above shows the amount).
  if (tip.rewardDecidedAt) return result ? <Result result={result} /> : null;
  const eligible = tip.classification === 'TARGET' && tip.wantsReward === true && (tip.disqualifications ?? []).length === 0;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(amount);
    if (!/^\d+$/.test(amount.trim()) || n < 1 || n > 1_000_000) return setResult({ ok: false, text: M.amountInvalid });
    void run(() => decide({ variables: { input: { tipId: tip.id, version: tip.version ?? 1, amount: n } } }));
  };
  return (
    <ActionCard id="tip-decide-reward" title={M.rewardTitle} help={M.rewardHelp}>
      {!eligible ? (
        <p>{M.rewardIneligible}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <label htmlFor="tip-amount">{M.amount}</label>
          <input id="tip-amount" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
          <button type="submit" disabled={loading}>
            {M.decide}
          </button>
          <Result result={result} />
        </form>
      )}
    </ActionCard>
  );
}

function PhoneInfoForm({ tip, onDone }: ActionProps) {
  const [pin, setPin] = useState('');
  const [content, setContent] = useState('');
  const [requestId, setRequestId] = useState('');
  const [record, { loading }] = useMutation(RecordTipInformationDocument);
  const { result, setResult, run } = useAction(onDone);
  const open = (tip.infoRequests ?? []).filter((r) => r.state === 'OPEN');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pin.trim()) return setResult({ ok: false, text: M.pinRequired });
    if (!content.trim()) return setResult({ ok: false, text: t.tips.status.contentRequired });
    const ok = await run(() => record({ variables: { input: { tipId: tip.id, pin: pin.trim(), content: content.trim(), requestId: requestId || undefined } } }));
    setPin('');
    if (ok) setContent('');
  };
  return (
    <ActionCard id="tip-phone-info" title={M.phoneInfoTitle} help={M.phoneInfoHelp}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="phone-info-pin">{M.tipsterPin}</label>
        <input id="phone-info-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value)} />
        <label htmlFor="phone-info-request">{t.tips.status.answerFor}</label>
        <select id="phone-info-request" value={requestId} onChange={(e) => setRequestId(e.target.value)}>
          <option value="">{t.tips.status.noQuestion}</option>
          {open.map((r) => (
            <option key={r.id} value={r.id}>
              {r.question.length > 60 ? `${r.question.slice(0, 60)}…` : r.question}
            </option>
          ))}
        </select>
        <label htmlFor="phone-info-content">{t.tips.status.information}</label>
        <textarea id="phone-info-content" rows={4} maxLength={10000} value={content} onChange={(e) => setContent(e.target.value)} />
        <button type="submit" disabled={loading}>
          {M.record}
        </button>
        <Result result={result} />
      </form>
    </ActionCard>
  );
}

function PaymentForm({ tip, onDone }: ActionProps) {
  const [pin, setPin] = useState('');
  const [method, setMethod] = useState<RewardPaymentMethod | ''>('');
  const [pay, { loading }] = useMutation(RecordRewardPaymentDocument);
  const [receipt, setReceipt] = useState<{ receiptNumber: string; amount: number; paidAt: string; method: string } | null>(null);
  const { result, setResult, run } = useAction(onDone);
  if (!tip.rewardDecidedAt || (tip.rewardPaidAt && !receipt)) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!pin.trim()) return setResult({ ok: false, text: M.pinRequired });
    if (!method) return setResult({ ok: false, text: t.tips.form.choose });
    await run(async () => {
      const { data } = await pay({ variables: { input: { tipId: tip.id, pin: pin.trim(), method } } });
      if (data) setReceipt(data.recordRewardPayment);
    }, M.paid);
    setPin('');
  };
  return (
    <ActionCard id="tip-payment" title={M.payTitle} help={M.payHelp}>
      {!receipt && (
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="pay-pin">{M.tipsterPin}</label>
        <input id="pay-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value)} />
        <label htmlFor="pay-method">{M.method}</label>
        <select id="pay-method" value={method} onChange={(e) => setMethod(e.target.value as RewardPaymentMethod)}>
          <option value="">{t.tips.form.choose}</option>
          {PAYMENT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t.tips.method[m]}
            </option>
          ))}
        </select>
        <button type="submit" disabled={loading}>
          {M.pay}
        </button>
      </form>
      )}
      <Result result={result} />
      {receipt && (
        <dl className="fields" data-testid="reward-receipt">
          <dt>{t.tips.form.receiptNumber}</dt>
          <dd>{receipt.receiptNumber}</dd>
          <dt>{M.rewardAmount}</dt>
          <dd>{M.yen(receipt.amount)}</dd>
          <dt>{M.rewardPaidAt}</dt>
          <dd>{formatDateTime(receipt.paidAt)}</dd>
          <dt>{M.method}</dt>
          <dd>{t.tips.method[receipt.method]}</dd>
        </dl>
      )}
    </ActionCard>
  );
}

function OpenCaseForm({ tip, onDone }: ActionProps) {
  const [platform, setPlatform] = useState('');
  const [url, setUrl] = useState('');
  const [text, setText] = useState('');
  const [handle, setHandle] = useState('');
  const [open, { loading }] = useMutation(OpenCaseFromTipDocument);
  const [opened, setOpened] = useState<{ caseId: string; reference: string } | null>(null);
  const { result, setResult, run } = useAction(onDone);
  if (tip.caseId && !opened) return null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!platform.trim() || !url.trim() || !text.trim()) return setResult({ ok: false, text: M.openCaseRequired });
    let ref = '';
    await run(async () => {
      const { data } = await open({ variables: { input: { tipId: tip.id, platform: platform.trim(), url: url.trim(), text: text.trim(), posterHandle: handle.trim() || undefined } } });
      if (data) {
        ref = data.openCaseFromTip.reference;
        setOpened(data.openCaseFromTip);
      }
    });
    if (ref) setResult({ ok: true, text: M.caseOpened(ref) });
  };
  return (
    <ActionCard id="tip-open-case" title={M.openCaseTitle} help={M.openCaseHelp}>
      {!opened && (
      <form onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor="open-platform">{M.platform}</label>
        <input id="open-platform" value={platform} maxLength={100} onChange={(e) => setPlatform(e.target.value)} />
        <label htmlFor="open-url">{M.url}</label>
        <input id="open-url" type="url" value={url} maxLength={2000} onChange={(e) => setUrl(e.target.value)} />
        <label htmlFor="open-text">{M.text}</label>
        <textarea id="open-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="open-handle">{M.posterHandle}</label>
        <input id="open-handle" value={handle} maxLength={200} onChange={(e) => setHandle(e.target.value)} />
        <button type="submit" disabled={loading}>
          {M.openCase}
        </button>
      </form>
      )}
      <Result result={result} />
      {opened && (
        <p>
          <Link to={`/cases/${opened.caseId}`}>{M.openCaseLink}</Link>
        </p>
      )}
    </ActionCard>
  );
}
