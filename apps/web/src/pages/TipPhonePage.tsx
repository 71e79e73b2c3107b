import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { t } from '../i18n';
import { Link } from '../lib/router';
import { errorMessage } from '../components/Status';
import { TipIntakeForm } from '../components/tips/TipIntakeForm';
import { RecordPhoneTipDocument } from '../operations/tips';
import type { TipIntakeInput } from '../gql/graphql';

const M = t.tips.form;

/** tipline.receiver: the intake form for a tip taken by phone; the receipt number is read out to the caller. */
export function TipPhonePage() {
  const [record, { loading }] = useMutation(RecordPhoneTipDocument);
  const [receipt, setReceipt] = useState<{ receiptNumber: string; urgent: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  const onSubmit = async (input: TipIntakeInput) => {
    setFailure(null);
    try {
      const { data } = await record({ variables: { input } });
      if (data) {
        setReceipt(data.recordPhoneTip);
        setRound((r) => r + 1);
      }
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <>
      <h1>{M.phoneTitle}</h1>
      <p>{M.phoneIntro}</p>
      {receipt && (
        <div role="status" className="ok-box" data-testid="phone-receipt">
          <p>{M.phoneRecorded(receipt.receiptNumber)}</p>
          {receipt.urgent && <p>{M.receivedUrgent}</p>}
          <p>
            <Link to="/tips">{t.tips.nav.list}</Link>
          </p>
        </div>
      )}
      {failure && (
        <p role="alert" className="error-box">
          {failure}
        </p>
      )}
      <TipIntakeForm key={round} idPrefix="phone" busy={loading} onSubmit={onSubmit} />
    </>
  );
}
