import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { AdminDeactivateWebhookDocument, AdminRegisterWebhookDocument, AdminWebhooksDocument } from '../operations/admin';

const M = t.admin.webhooks;

/** Webhook 送信先 (admin): list, register (the signing secret shown once), disable. */
export function AdminWebhooksPage() {
  const { data, error, refetch } = useQuery(AdminWebhooksDocument, { fetchPolicy: 'network-only' });
  const [register, registering] = useMutation(AdminRegisterWebhookDocument);
  const [deactivate] = useMutation(AdminDeactivateWebhookDocument);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  // The secret lives only in this component's state: gone on reload or navigation.
  const [secret, setSecret] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const eventTypes = events.split(/[,、\s]+/).map((x) => x.trim()).filter(Boolean);
    const errs: string[] = [];
    if (!url.trim()) errs.push(M.urlRequired);
    else if (!/^https?:\/\//.test(url.trim())) errs.push(M.urlInvalid);
    if (eventTypes.length === 0) errs.push(M.eventsRequired);
    setErrors(errs);
    if (errs.length) return;
    try {
      const res = await register({ variables: { input: { url: url.trim(), eventTypes } } });
      setSecret(res.data?.registerWebhookEndpoint.secret ?? null);
      setUrl('');
      setEvents('');
      void refetch();
    } catch (error) {
      setErrors([errorMessage(error as never)]);
    }
  }

  async function disable(id: string) {
    setConfirming(null);
    try {
      await deactivate({ variables: { id } });
      setNotice(M.disabled);
      void refetch();
    } catch (error) {
      setNotice(errorMessage(error as never));
    }
  }

  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const target = data.webhookEndpoints.find((w) => w.id === confirming);
  return (
    <>
      <h1>{M.title}</h1>
      <p className="muted">{M.lead}</p>
      {secret ? (
        <section className="card" role="alert" data-testid="webhook-secret">
          <h2>{M.secretTitle}</h2>
          <p className="error-box">{M.secretWarning}</p>
          <p>
            <code data-testid="webhook-secret-value">{secret}</code>
          </p>
          <button type="button" onClick={() => setSecret(null)}>
            {M.secretDone}
          </button>
        </section>
      ) : null}
      {notice ? <p role="status" className="notice">{notice}</p> : null}
      {target ? (
        <section className="card" role="alertdialog" aria-labelledby="disable-q">
          <p id="disable-q">{M.disableConfirm(target.url ?? target.id)}</p>
          <button type="button" onClick={() => void disable(target.id)} autoFocus>
            {M.disable}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setConfirming(null)}>
            {t.app.cancel}
          </button>
        </section>
      ) : null}
      {data.webhookEndpoints.length === 0 ? (
        <p>{M.empty}</p>
      ) : (
        <table data-testid="webhook-list">
          <thead>
            <tr>
              <th scope="col">{M.colUrl}</th>
              <th scope="col">{M.colEvents}</th>
              <th scope="col">{M.colActive}</th>
              <th scope="col">{M.colCreated}</th>
              <th scope="col">{M.colActions}</th>
            </tr>
          </thead>
          <tbody>
            {data.webhookEndpoints.map((w) => (
              <tr key={w.id}>
                <td><FieldValue obj={w} field="url">{w.url}</FieldValue></td>
                <td><FieldValue obj={w} field="eventTypes">{w.eventTypes?.join('、')}</FieldValue></td>
                <td><FieldValue obj={w} field="active">{w.active === null || w.active === undefined ? null : w.active ? M.active : M.inactive}</FieldValue></td>
                <td><FieldValue obj={w} field="createdAt">{w.createdAt ? formatDateTime(w.createdAt) : null}</FieldValue></td>
                <td>
                  {w.active ? (
                    <button type="button" className="button-secondary" onClick={() => setConfirming(w.id)} aria-label={`${M.disable}: ${w.url ?? ''}`}>
                      {M.disable}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="card" onSubmit={(e) => void submit(e)} data-testid="webhook-form" noValidate>
        <h2>{M.registerTitle}</h2>
        {errors.length ? (
          <ul role="alert" className="error-box">
            {errors.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        ) : null}
        <label>
          {M.url}
          <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          {M.events}
          <input value={events} onChange={(e) => setEvents(e.target.value)} />
        </label>
        <button type="submit" disabled={registering.loading}>
          {M.register}
        </button>
      </form>
    </>
  );
}
