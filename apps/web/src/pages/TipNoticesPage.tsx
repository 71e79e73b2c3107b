import { useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { ErrorBox, Loading } from '../components/Status';
import { TipNoticesDocument } from '../operations/tips';

const M = t.tips.notices;

/** The public lists: receipt numbers only (asked for more information; on the reward list). */
export function TipNoticesPage() {
  const { data, error } = useQuery(TipNoticesDocument, { fetchPolicy: 'network-only' });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const n = data.tipNotices;
  const list = (id: string, title: string, help: string, items: readonly { receiptNumber: string; postedAt: string }[]) => (
    <section className="card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      <p>{help}</p>
      {items.length === 0 ? (
        <p className="muted">{M.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.tips.form.receiptNumber}</th>
              <th scope="col">{M.postedAt}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.receiptNumber}>
                <td>{x.receiptNumber}</td>
                <td>{formatDateTime(x.postedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
  return (
    <>
      <h1>{M.title}</h1>
      <p>{M.intro}</p>
      {list('notices-info', M.infoRequested, M.infoRequestedHelp, n.infoRequested)}
      {list('notices-rewards', M.rewards, M.rewardsHelp, n.rewards)}
    </>
  );
}
