import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { Link } from '../lib/router';
import { ErrorBox, Loading } from '../components/Status';
import { RewardLedgerDocument } from '../operations/tips';

const M = t.tips.ledger;

/** 情報料支払台帳: every payment, with totals per method (receiver and 警察庁). */
export function TipLedgerPage() {
  const { data, error } = useQuery(RewardLedgerDocument, { fetchPolicy: 'network-only' });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const l = data.rewardLedger;
  const yen = t.tips.detail.yen;
  return (
    <>
      <h1>{M.title}</h1>
      <section className="card" data-testid="ledger-totals">
        <dl className="fields">
          <dt>{M.count}</dt>
          <dd>{t.units.count(l.count)}</dd>
          <dt>{M.total}</dt>
          <dd>{yen(l.totalAmount)}</dd>
        </dl>
        <h2>{M.byMethod}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.tips.detail.method}</th>
              <th scope="col">{M.count}</th>
              <th scope="col">{M.total}</th>
            </tr>
          </thead>
          <tbody>
            {l.byMethod.map((m) => (
              <tr key={m.method}>
                <td>{t.tips.method[m.method]}</td>
                <td>{t.units.count(m.count)}</td>
                <td>{yen(m.totalAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {l.entries.length === 0 ? (
        <p>{M.empty}</p>
      ) : (
        <table data-testid="ledger-entries">
          <thead>
            <tr>
              <th scope="col">{t.tips.form.receiptNumber}</th>
              <th scope="col">{t.tips.detail.rewardAmount}</th>
              <th scope="col">{M.paidAt}</th>
              <th scope="col">{t.tips.detail.method}</th>
            </tr>
          </thead>
          <tbody>
            {l.entries.map((e) => (
              <tr key={e.tipId}>
                <td>
                  <Link to={`/tips/${e.tipId}`}>{e.receiptNumber}</Link>
                </td>
                <td>{yen(e.rewardAmount)}</td>
                <td>{formatDateTime(e.rewardPaidAt)}</td>
                <td>{t.tips.method[e.rewardPaymentMethod]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
