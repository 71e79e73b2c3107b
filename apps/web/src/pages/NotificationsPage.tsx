import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { ErrorBox, Loading } from '../components/Status';
import { MarkReadDocument, NotificationsDocument, UnreadCountDocument } from '../operations';

export function NotificationsPage() {
  const { data, error } = useQuery(NotificationsDocument);
  const [markRead] = useMutation(MarkReadDocument, { refetchQueries: [UnreadCountDocument] });
  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const list = data.notifications.nodes;
  const unread = list.filter((n) => !n.readAt).map((n) => n.id);
  return (
    <>
      <h1>{t.notifications.title}</h1>
      {unread.length > 0 && (
        <button type="button" onClick={() => void markRead({ variables: { ids: unread.slice(0, 200) } })}>
          {t.notifications.markRead}
        </button>
      )}
      {list.length === 0 ? (
        <p>{t.notifications.empty}</p>
      ) : (
        <ul className="notifications">
          {list.map((n) => (
            <li key={n.id} className={n.readAt ? undefined : 'unread'}>
              <time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
              {!n.readAt && <span className="tag">{t.notifications.unreadLabel}</span>}
              <strong>{n.title}</strong>
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
