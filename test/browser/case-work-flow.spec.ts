import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * Case management on the case page, in a real browser against the real API (screenshots
 * test/artifacts/browser/case-work-NN-*.png): 中央署's manager assigns the investigator to demo
 * case 2, adds a request to みどり銀行 (after the Japanese checks, a holiday due date among them)
 * and withdraws it after a confirmation; a second request, acknowledged by the bank meanwhile,
 * gets the conflict explained; the supervisor and the investigator see only what their roles may
 * do; the bank's liaison sees the request as withdrawn, never the management forms nor the
 * assignee's name.
 */
const DEMO_URL = 'https://x.example.com/kanto_job/status/1790000000000000001';
const INVESTIGATOR = '中央署 捜査員';
const REQUEST_A = '募集投稿の連絡先に関連する口座の有無をご照会ください（ブラウザ試験A）';
const REQUEST_B = '同一名義の口座の取引記録の保全をお願いします（ブラウザ試験B）';

jest.setTimeout(180_000);

/** The first Saturday after today in Tokyo (an administrative holiday), as YYYY-MM-DD. */
function nextSaturday(): string {
  const tokyo = new Date(Date.now() + 9 * 3_600_000);
  const day = tokyo.getUTCDay();
  const add = ((6 - day + 7) % 7) || 7;
  return new Date(tokyo.getTime() + add * 86_400_000).toISOString().slice(0, 10);
}

describe('web client: case management (assignees, ad-hoc requests, withdrawal)', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;
  let caseId: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
    caseId = (await t.dataSource.query(`SELECT case_id FROM recruitment_posts WHERE url = $1`, [DEMO_URL]))[0].case_id;
  });

  afterAll(() => h?.close());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `case-work-${name}.png`), fullPage: true });

  async function openCase(username: string): Promise<Page> {
    const page = await h.newPage();
    await h.login(page, username);
    await page.goto(`${base}/cases/${caseId}`);
    await page.getByRole('heading', { name: /事案の詳細/ }).waitFor();
    return page;
  }

  it('the manager assigns, requests and withdraws; other roles see only what they may', async () => {
    // 1. chuo.manager: no assignee yet on demo case 2; assigns the investigator.
    let page = await openCase('chuo.manager');
    const assignees = page.getByTestId('cw-assignees');
    await assignees.getByText('担当者は指定されていません。').waitFor();
    const investigatorBox = page.getByLabel(`${INVESTIGATOR}（捜査員）`);
    await investigatorBox.check();
    await page.getByRole('button', { name: '担当者を保存' }).click();
    await page.getByTestId('cw-assign-result').getByText('担当者を 1 名に更新しました。').waitFor();
    await page.getByTestId('cw-assignee-list').getByText(`${INVESTIGATOR}（捜査員）`).waitFor();
    expect(await page.getByLabel(`${INVESTIGATOR}（捜査員）`).isChecked()).toBe(true);
    const stored = await t.dataSource.query(`SELECT u.username FROM case_assignees a JOIN users u ON u.id = a.user_id WHERE a.case_id = $1`, [caseId]);
    expect(stored).toEqual([{ username: 'chuo.investigator' }]);
    await shot(page, '01-manager-assigned');

    // 2. 依頼の追加: the Japanese checks first (nothing chosen, then a Saturday as the due date).
    const create = page.getByTestId('cw-create');
    // The default due date: 5 business days ahead, once the holiday table is loaded.
    const dueInput = page.getByLabel('回答期限');
    await page.waitForFunction(`!!document.getElementById('cw-due') && document.getElementById('cw-due').value !== ''`);
    const defaultDue = await dueInput.inputValue();
    expect(defaultDue > new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10)).toBe(true);
    await page.getByLabel('回答期限').fill('');
    await page.getByRole('button', { name: '依頼を作成' }).click();
    await page.getByTestId('cw-create-errors').waitFor();
    const createText = await create.innerText();
    for (const m of ['依頼先の機関を選択してください。', '依頼の種類を選択してください。', '依頼する内容を入力してください。', '回答期限を入力してください。']) {
      expect(createText).toContain(m);
    }
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('cw-agencyId');
    await page.getByLabel('依頼先の機関').selectOption({ label: 'みどり銀行' });
    await page.getByLabel('依頼の種類').selectOption({ label: '照会' });
    await page.getByLabel('依頼する内容').fill(REQUEST_A);
    await page.getByLabel('回答期限').fill(nextSaturday());
    await page.getByRole('button', { name: '依頼を作成' }).click();
    await create.getByText('は行政機関の休日です。営業日を指定してください。', { exact: false }).waitFor();
    expect(await create.innerText()).not.toContain('依頼先の機関を選択してください。');
    await shot(page, '02-create-validation');
    await create.screenshot({ path: join(SHOTS, 'case-work-02b-create-form.png') });

    // The default (a business day) goes through.
    await dueInput.fill(defaultDue);
    await page.getByRole('button', { name: '依頼を作成' }).click();
    await page.getByTestId('cw-create-result').getByText('みどり銀行への依頼を作成しました。').waitFor();
    const openTasks = page.getByTestId('cw-open-tasks');
    const rowA = openTasks.locator('tr', { hasText: REQUEST_A });
    await rowA.waitFor();
    expect(await rowA.innerText()).toContain('照会');
    expect(await rowA.innerText()).toContain('未対応');
    await page.getByTestId('case-tasks').getByText('みどり銀行').waitFor();
    await shot(page, '03-task-created');

    // 3. 取下げ with a confirmation: やめる keeps it, 取り下げる withdraws it.
    await rowA.getByRole('button', { name: 'みどり銀行への「照会」を取り下げる' }).click();
    const confirm = page.getByTestId('cw-withdraw-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('元に戻せません');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('取り下げる');
    await confirm.getByRole('button', { name: 'やめる' }).click();
    expect(await confirm.count()).toBe(0);
    expect(await t.dataSource.query(`SELECT state FROM tasks WHERE request = $1`, [REQUEST_A])).toEqual([{ state: 'OPEN' }]);
    await rowA.getByRole('button', { name: 'みどり銀行への「照会」を取り下げる' }).click();
    await shot(page, '04-withdraw-confirm');
    await page.getByTestId('cw-withdraw').screenshot({ path: join(SHOTS, 'case-work-04b-withdraw-confirm.png') });
    await page.getByRole('button', { name: '取り下げる', exact: true }).click();
    await page.getByTestId('cw-withdraw-result').getByText('みどり銀行への依頼を取り下げました。').waitFor();
    await openTasks.locator('tr', { hasText: REQUEST_A }).waitFor({ state: 'detached' });
    expect(await t.dataSource.query(`SELECT state FROM tasks WHERE request = $1`, [REQUEST_A])).toEqual([{ state: 'WITHDRAWN' }]);
    await page.getByTestId('case-tasks').locator('tr', { hasText: 'みどり銀行' }).getByText('取下げ').waitFor();

    // 4. A second request, acknowledged by the bank while the page still shows version 1: CONFLICT, explained.
    await page.getByLabel('依頼先の機関').selectOption({ label: 'みどり銀行' });
    await page.getByLabel('依頼の種類').selectOption({ label: '記録の保全の依頼' });
    await page.getByLabel('依頼する内容').fill(REQUEST_B);
    await page.getByRole('button', { name: '依頼を作成' }).click();
    await page.getByTestId('cw-create-result').getByText('みどり銀行への依頼を作成しました。').waitFor();
    const rowB = openTasks.locator('tr', { hasText: REQUEST_B });
    await rowB.waitFor();
    const [b] = await t.dataSource.query(`SELECT id, version FROM tasks WHERE request = $1`, [REQUEST_B]);
    const ack = await t.gqlAs('midori.liaison', 'mutation($i: TaskVersionInput!) { acknowledgeTask(input: $i) { state } }', { i: { taskId: b.id, version: b.version } });
    expect(ack.body.errors).toBeUndefined();
    await rowB.getByRole('button', { name: 'みどり銀行への「記録の保全の依頼」を取り下げる' }).click();
    await page.getByRole('button', { name: '取り下げる', exact: true }).click();
    const conflict = page.getByTestId('cw-withdraw-result');
    await conflict.getByText('他の利用者（依頼先の受領・回答など）によって更新されていました', { exact: false }).waitFor();
    expect(await conflict.getAttribute('role')).toBe('alert');
    // The latest state was loaded: 受領済み, still open.
    await rowB.getByText('受領済み').waitFor();
    expect(await t.dataSource.query(`SELECT state FROM tasks WHERE request = $1`, [REQUEST_B])).toEqual([{ state: 'ACKNOWLEDGED' }]);
    await shot(page, '05-withdraw-conflict');
    await h.logout(page);

    // 5. chuo.supervisor: reads the assignee, gets no management form.
    page = await openCase('chuo.supervisor');
    await page.getByTestId('cw-assignee-list').getByText(`${INVESTIGATOR}（捜査員）`).waitFor();
    expect(await page.getByTestId('cw-assign-form').count()).toBe(0);
    expect(await page.getByTestId('cw-create').count()).toBe(0);
    expect(await page.getByTestId('cw-withdraw').count()).toBe(0);
    await shot(page, '06-supervisor-read-only');
    await h.logout(page);

    // 6. chuo.investigator (now assigned, so the case is theirs): requests and withdrawals, no assignment.
    page = await openCase('chuo.investigator');
    await page.getByTestId('cw-create').waitFor();
    await page.getByTestId('cw-open-tasks').locator('tr', { hasText: REQUEST_B }).waitFor();
    expect(await page.getByTestId('cw-assign-form').count()).toBe(0);
    await h.logout(page);

    // 7. みどり銀行's liaison: the withdrawn request shows as 取下げ in the inbox, closed on its page, and no management anywhere.
    page = await h.newPage();
    await h.login(page, 'midori.liaison');
    const inbox = page.getByTestId('task-inbox');
    await inbox.waitFor();
    const inboxA = inbox.locator('tr', { hasText: REQUEST_A });
    await inboxA.waitFor();
    expect(await inboxA.innerText()).toContain('取下げ');
    expect(await inbox.locator('tr', { hasText: REQUEST_B }).innerText()).toContain('受領済み');
    await shot(page, '07-liaison-inbox');
    await inboxA.getByRole('link').click();
    await page.getByTestId('task-detail').waitFor();
    await page.getByText('この依頼は完了しています。').waitFor();
    for (const id of ['cw-assignees', 'cw-assign-form', 'cw-create', 'cw-withdraw']) expect(await page.getByTestId(id).count()).toBe(0);
    expect(await page.getByRole('button', { name: /取り下げる|取下げ|担当者を保存|依頼を作成/ }).count()).toBe(0);
    expect(await page.content()).not.toContain(INVESTIGATOR);
    await shot(page, '08-liaison-task-withdrawn');
    // Even on the case page itself, a liaison gets no management section and no assignee.
    await page.goto(`${base}/cases/${caseId}`);
    await page.getByRole('heading', { name: /事案の詳細/ }).waitFor();
    await page.getByTestId('case-tasks').waitFor();
    for (const id of ['cw-assignees', 'cw-assign-form', 'cw-create', 'cw-withdraw']) expect(await page.getByTestId(id).count()).toBe(0);
    const html = await page.content();
    expect(html).not.toContain(INVESTIGATOR);
    expect(html).not.toContain('担当者の指定');
    expect(html).not.toContain('依頼の追加');
    await shot(page, '09-liaison-case-page');
    await h.logout(page);
  });
});
