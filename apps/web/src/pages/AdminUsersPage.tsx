import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { t } from '../i18n';
import { formatDateTime } from '../lib/format';
import { FieldValue } from '../components/Redacted';
import { ErrorBox, Loading, errorMessage } from '../components/Status';
import { AdminAgenciesDocument, AdminRevokeSessionsDocument, AdminUpdateUserDocument, AdminUsersDocument } from '../operations/admin';
import type { AdminUsersQuery } from '../gql/graphql';

const M = t.admin.users;
const ROLES = Object.keys(t.admin.role);
type UserRow = AdminUsersQuery['users']['nodes'][number];

/** 利用者 (admin): list with agency and role; edit role / active / unit with the version; revoke sessions. */
export function AdminUsersPage() {
  const { data, error, fetchMore, refetch } = useQuery(AdminUsersDocument, { variables: { first: 200 }, fetchPolicy: 'network-only' });
  const [editing, setEditing] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revoke, revokeState] = useMutation(AdminRevokeSessionsDocument);
  // The units of each agency (Agency.units: the administrator reads every agency's).
  const directory = useQuery(AdminAgenciesDocument);

  if (error) return <ErrorBox error={error} />;
  if (!data) return <Loading />;
  const users = data.users.nodes;
  const toEdit = users.find((u) => u.id === editing);
  const toRevoke = users.find((u) => u.id === revoking);

  async function confirmRevoke(u: UserRow) {
    setNotice(null);
    const res = await revoke({ variables: { userId: u.id } }).catch((e: unknown) => ({ error: e as Error, data: undefined }));
    setRevoking(null);
    if (res.data) setNotice(M.revoked(u.username ?? u.id, res.data.revokeUserSessions));
    else setNotice(errorMessage(res.error as never));
  }

  return (
    <>
      <h1>{M.title}</h1>
      {notice ? <p role="status" className="notice" data-testid="users-notice">{notice}</p> : null}
      {toRevoke ? (
        <section className="card" role="alertdialog" aria-labelledby="revoke-q" data-testid="revoke-confirm">
          <p id="revoke-q">{M.revokeConfirm(toRevoke.username ?? toRevoke.id)}</p>
          <button type="button" disabled={revokeState.loading} onClick={() => void confirmRevoke(toRevoke)} autoFocus>
            {M.revokeYes}
          </button>{' '}
          <button type="button" className="button-secondary" onClick={() => setRevoking(null)}>
            {t.app.cancel}
          </button>
        </section>
      ) : null}
      {toEdit ? (
        <EditUser
          key={`${toEdit.id}:${toEdit.version}`}
          user={toEdit}
          units={directory.data?.agencies.find((a) => a.id === toEdit.agencyId)?.units ?? []}
          onDone={(saved) => {
            setEditing(null);
            if (saved) {
              setNotice(M.saved);
              void refetch();
            }
          }}
        />
      ) : null}
      <table data-testid="user-list">
        <thead>
          <tr>
            <th scope="col">{M.colUsername}</th>
            <th scope="col">{M.colName}</th>
            <th scope="col">{M.colAgency}</th>
            <th scope="col">{M.colRole}</th>
            <th scope="col">{M.colUnit}</th>
            <th scope="col">{M.colActive}</th>
            <th scope="col">{M.colLastLogin}</th>
            <th scope="col">{M.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} data-username={u.username ?? ''}>
              <td><FieldValue obj={u} field="username">{u.username}</FieldValue></td>
              <td><FieldValue obj={u} field="displayName">{u.displayName}</FieldValue></td>
              <td><FieldValue obj={u} field="agencyId">{u.agency?.name ?? u.agencyId}</FieldValue></td>
              <td><FieldValue obj={u} field="role">{u.role ? (t.admin.role[u.role] ?? u.role) : null}</FieldValue></td>
              <td><FieldValue obj={u} field="unitId">{u.unit?.name ?? (u.unitId ? u.unitId : M.noUnit)}</FieldValue></td>
              <td><FieldValue obj={u} field="active">{u.active === null || u.active === undefined ? null : u.active ? M.active : M.inactive}</FieldValue></td>
              <td><FieldValue obj={u} field="lastLoginAt">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : null}</FieldValue></td>
              <td>
                <button type="button" className="button-secondary" onClick={() => setEditing(u.id)} aria-label={`${M.edit}: ${u.username ?? ''}`}>
                  {M.edit}
                </button>{' '}
                <button type="button" className="button-secondary" onClick={() => setRevoking(u.id)} aria-label={`${M.revoke}: ${u.username ?? ''}`}>
                  {M.revoke}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.users.pageInfo.hasNextPage ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() =>
            void fetchMore({
              variables: { after: data.users.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({ users: { ...fetchMoreResult.users, nodes: [...prev.users.nodes, ...fetchMoreResult.users.nodes] } }),
            })
          }
        >
          {M.more}
        </button>
      ) : null}
    </>
  );
}

function EditUser({ user, units, onDone }: { user: UserRow; units: { id: string; name: string }[]; onDone: (saved: boolean) => void }) {
  const [role, setRole] = useState(user.role ?? '');
  const [active, setActive] = useState(user.active ?? true);
  const [unitId, setUnitId] = useState(user.unitId ?? '');
  const [err, setErr] = useState<string | null>(null);
  const [update, state] = useMutation(AdminUpdateUserDocument);
  const choices = units;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setErr(null);
    try {
      await update({
        variables: {
          input: {
            id: user.id,
            version: user.version ?? 0,
            ...(role !== user.role ? { role } : {}),
            ...(active !== user.active ? { active } : {}),
            ...(unitId !== (user.unitId ?? '') && unitId ? { unitId } : {}),
          },
        },
      });
      onDone(true);
    } catch (error) {
      setErr(errorMessage(error as never));
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} data-testid="user-edit">
      <h2>{M.editTitle(user.username ?? user.id)}</h2>
      <p className="muted">{M.versionNote(user.version ?? 0)}</p>
      {err ? <p role="alert" className="error-box">{err}</p> : null}
      <label>
        {M.role}
        <select value={role} onChange={(e) => setRole(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.admin.role[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {M.unit}
        <select value={unitId} onChange={(e) => setUnitId(e.target.value)}>
          <option value="">{M.noUnit}</option>
          {choices.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> {M.activeLabel}
      </label>
      <button type="submit" disabled={state.loading}>
        {t.app.save}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => onDone(false)}>
        {t.app.cancel}
      </button>
    </form>
  );
}
