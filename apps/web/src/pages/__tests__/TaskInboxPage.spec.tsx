/** @jest-environment jsdom */
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, within } from '@testing-library/react';
import { Observable } from 'rxjs';
import { TaskInboxPage } from '../TaskInboxPage';

type Row = { id: string; state: string; dueAt: string | null; request: string | null; redactedFields: string[]; caseRef: string | null };

/** A client whose link answers MyTasks with these rows (the component under test, not the server). */
function clientWith(rows: Row[]) {
  const link = new ApolloLink(
    () =>
      new Observable((o) => {
        // The page asks for open and closed tasks under two aliases.
        const node = (r: Row) => ({
          __typename: 'Task', id: r.id, caseId: `case-${r.id}`, kind: 'DEPARTURE_ACCOUNT_CHECK', state: r.state, dueAt: r.dueAt,
          request: r.request, answeredAt: null, redactedFields: r.redactedFields,
          case: r.caseRef === null ? null : { __typename: 'Case', id: `case-${r.id}`, reference: r.caseRef, redactedFields: [] },
        });
        const open = rows.filter((r) => ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'].includes(r.state));
        const closed = rows.filter((r) => !open.includes(r));
        o.next({
          data: {
            open: { __typename: 'TaskConnection', nodes: open.map(node) },
            closed: { __typename: 'TaskConnection', nodes: closed.map(node) },
          },
        });
        o.complete();
      }),
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

describe('the liaison inbox', () => {
  it('puts overdue tasks on top, then by due date, closed ones last; marks 期限超過; 非表示 where withheld', async () => {
    const rows: Row[] = [
      { id: 'later', state: 'OPEN', dueAt: '2099-12-01T15:00:00Z', request: '後の依頼', redactedFields: [], caseRef: '甲-2026-000002' },
      { id: 'done', state: 'ANSWERED', dueAt: '2000-01-01T00:00:00Z', request: '回答済み', redactedFields: [], caseRef: '甲-2026-000003' },
      { id: 'late', state: 'OPEN', dueAt: '2001-01-01T00:00:00Z', request: '期限切れ', redactedFields: [], caseRef: '甲-2026-000001' },
      { id: 'sooner', state: 'ACKNOWLEDGED', dueAt: '2099-11-01T15:00:00Z', request: null, redactedFields: ['request'], caseRef: null },
    ];
    render(
      <ApolloProvider client={clientWith(rows)}>
        <TaskInboxPage />
      </ApolloProvider>,
    );
    const table = await screen.findByTestId('task-inbox');
    const body = within(table).getAllByRole('row').slice(1);
    expect(body.map((tr) => tr.querySelector('a')!.getAttribute('href'))).toEqual(['/tasks/late', '/tasks/sooner', '/tasks/later', '/tasks/done']);
    // Only the task past its due date carries the overdue tag (an answered one never does).
    expect(body.map((tr) => tr.textContent!.includes('期限超過'))).toEqual([true, false, false, false]);
    expect(body[0].className).toBe('row-overdue');
    // The withheld request and the unreadable case are 非表示, not blank.
    expect(within(body[1]).getAllByText('非表示')).toHaveLength(2);
    expect(body[0].textContent).toContain('甲-2026-000001');
  });

  it('says so when the agency has no task', async () => {
    render(
      <ApolloProvider client={clientWith([])}>
        <TaskInboxPage />
      </ApolloProvider>,
    );
    expect(await screen.findByText('現在、貴機関あての依頼はありません。')).toBeTruthy();
  });
});
