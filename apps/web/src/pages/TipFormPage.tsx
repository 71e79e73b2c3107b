import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { t } from '../i18n';
import { Link } from '../lib/router';
import { errorMessage } from '../components/Status';
import { TipIntakeForm } from '../components/tips/TipIntakeForm';
import { SubmitTipDocument } from '../operations/tips';
import type { TipIntakeInput } from '../gql/graphql';

const M = t.tips.form;

/** The public tip form (no login). After sending: the receipt number and what happens next. */
export function TipFormPage() {
  const [submitTip, { loading }] = useMutation(SubmitTipDocument);
  const [receipt, setReceipt] = useState<{ receiptNumber: string; urgent: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const onSubmit = async (input: TipIntakeInput) => {
    setFailure(null);
    try {
      const { data } = await submitTip({ variables: { input } });
      if (data) setReceipt(data.submitTip);
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  if (receipt) {
    return (
      <section aria-labelledby="tip-received" className="card" data-testid="tip-receipt">
        <h1 id="tip-received">{M.receivedTitle}</h1>
        <p>
          {M.receiptNumber}: <strong data-testid="receipt-number">{receipt.receiptNumber}</strong>
        </p>
        {receipt.urgent && (
          <p role="alert" className="error-box">
            {M.receivedUrgent}
          </p>
        )}
        <h2>{M.next}</h2>
        <ol>
          <li>{M.next1}</li>
          <li>{M.next2}</li>
          <li>{M.next3}</li>
          <li>{M.next4}</li>
        </ol>
        <p>
          <Link to="/tip/status">{t.tips.toStatus}</Link>
        </p>
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setReceipt(null);
            setRound((r) => r + 1);
          }}
        >
          {M.another}
        </button>
      </section>
    );
  }

  return (
    <>
      <h1>{M.title}</h1>
      <p role="note" className="error-box">
        {M.emergency}
      </p>
      <p>{M.intro}</p>
      {failure && (
        <p role="alert" className="error-box">
          {failure}
        </p>
      )}
      <TipIntakeForm key={round} idPrefix="tip" busy={loading} onSubmit={onSubmit} />
    </>
  );
}
