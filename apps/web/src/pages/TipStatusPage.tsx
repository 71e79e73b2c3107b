import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { AddTipInformationDocument, TipsterViewDocument } from '../operations/tips';
import { errorCode } from '../components/tips/tip-util';

const M = t.tips.status;

/** The same message for a wrong PIN and an unknown number (the server answers alike). */
function credentialMessage(error: unknown): string {
  const code = errorCode(error);
  if (code === 'ACCOUNT_LOCKED') return M.locked;
  if (code === 'INVALID_CREDENTIALS' || code === 'BAD_USER_INPUT') return M.denied;
  return t.app.error;
}

interface Question {
  id: string;
  question: string;
  requestedAt: string;
  state: string;
}

/** The tipster's page: receipt number + PIN → the questions asked, and a form to add information. */
export function TipStatusPage() {
  const [receiptNumber, setReceiptNumber] = useState('');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [view, setView] = useState<{ receiptNumber: string; questions: Question[] } | null>(null);
  const [requestId, setRequestId] = useState('');
  const [content, setContent] = useState('');
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [open, { loading: opening }] = useMutation(TipsterViewDocument);
  const [add, { loading: adding }] = useMutation(AddTipInformationDocument);

  const credentials = () => ({ receiptNumber: receiptNumber.trim().toUpperCase(), pin: pin.trim() });

  const show = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    if (!receiptNumber.trim() || !pin.trim()) return setMessage(M.required);
    try {
      const { data } = await open({ variables: { input: credentials() } });
      if (!data) return;
      setView(data.tipsterView);
      const firstOpen = data.tipsterView.questions.find((q) => q.state === 'OPEN');
      setRequestId(firstOpen?.id ?? '');
      setSent(false);
    } catch (error) {
      setView(null);
      setMessage(credentialMessage(error));
    }
  };

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!content.trim()) return setFormError(M.contentRequired);
    try {
      await add({ variables: { input: { ...credentials(), content: content.trim(), requestId: requestId || undefined } } });
      setContent('');
      setSent(true);
      // Read the questions again: the one answered is closed now.
      const { data } = await open({ variables: { input: credentials() } });
      if (data) setView(data.tipsterView);
      setRequestId('');
    } catch (error) {
      setFormError(credentialMessage(error));
    }
  };

  const close = () => {
    setView(null);
    setPin('');
    setReceiptNumber('');
    setSent(false);
  };

  if (!view) {
    return (
      <>
        <h1>{M.title}</h1>
        <p>{M.intro}</p>
        <form onSubmit={(e) => void show(e)} noValidate className="card" data-testid="tipster-login">
          {message && (
            <p role="alert" className="error-box" data-testid="tipster-error">
              {message}
            </p>
          )}
          <label htmlFor="tipster-receipt">{M.receiptNumber}</label>
          <input id="tipster-receipt" autoComplete="off" value={receiptNumber} onChange={(e) => setReceiptNumber(e.target.value)} />
          <label htmlFor="tipster-pin">{M.pin}</label>
          <input id="tipster-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value)} />
          <button type="submit" disabled={opening}>
            {opening ? M.checking : M.show}
          </button>
        </form>
      </>
    );
  }

  const openQuestions = view.questions.filter((q) => q.state === 'OPEN');
  return (
    <>
      <h1>{M.title}</h1>
      <section className="card" aria-labelledby="tipster-questions" data-testid="tipster-questions">
        <h2 id="tipster-questions">
          {M.questions}（{t.tips.form.receiptNumber}: {view.receiptNumber}）
        </h2>
        {view.questions.length === 0 ? (
          <p>{M.noQuestions}</p>
        ) : (
          <ul>
            {view.questions.map((q) => (
              <li key={q.id} data-question-id={q.id}>
                <p>{q.question}</p>
                <p className="muted">
                  {M.askedAt}: {formatDateTime(q.requestedAt)}
                  <span className={q.state === 'OPEN' ? 'tag tag-warn' : 'tag tag-ok'}>{t.tips.requestState[q.state] ?? q.state}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form className="card" onSubmit={(e) => void send(e)} noValidate data-testid="tipster-add">
        {sent && (
          <p role="status" className="ok-box">
            {M.sent}
          </p>
        )}
        {formError && (
          <p role="alert" className="error-box">
            {formError}
          </p>
        )}
        <label htmlFor="tipster-request">{M.answerFor}</label>
        <select id="tipster-request" value={requestId} onChange={(e) => setRequestId(e.target.value)}>
          {openQuestions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.question.length > 60 ? `${q.question.slice(0, 60)}…` : q.question}
            </option>
          ))}
          <option value="">{M.noQuestion}</option>
        </select>
        <label htmlFor="tipster-content">{M.information}</label>
        <textarea id="tipster-content" rows={6} maxLength={10000} value={content} onChange={(e) => setContent(e.target.value)} />
        <button type="submit" disabled={adding}>
          {adding ? M.sending : M.send}
        </button>
      </form>
      <button type="button" className="button-secondary" onClick={close}>
        {M.close}
      </button>
    </>
  );
}
