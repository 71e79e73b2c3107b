import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * Recruitment case work in a real browser on demo case 2 (犯罪実行者募集情報): chuo.manager opens
 * it from the case list, records a 送信防止措置依頼 (IHC), a 返信による警告 (with its template) and a
 * re-check result (掲載継続),
 * edits the investigation (values present after a reload, stored with a new version) and is told
 * in Japanese when someone else changed it first; then labour.liaison, who reads the post through
 * its 職安法63条 task, sees the takedown history but neither the investigation values nor any form.
 * Screenshots: test/artifacts/browser/recruitment-work-NN-*.png.
 */
const DEMO_URL = 'https://x.example.com/kanto_job/status/1790000000000000001';
const DEMO_SUSPECT = '田中 一郎';
const IHC_REF = 'IHC-20261122-0815';
const SUSPECT = '田中 一郎（本名 田中 壱郎、ブラウザ試験）';
const LINKED = ['甲-2026-009901', '甲-2026-009902'];
const NOTES = '送金先口座の名義人を照会中（ブラウザ試験）';
const API_NOTES = '本部で追記: 同一アカウントの別投稿あり（ブラウザ試験）';
const REDACTED_TOOLTIP = 'この項目は貴機関には表示されません';

const HOUR = 3_600_000;
/** An instant as a datetime-local value in Tokyo (YYYY-MM-DDTHH:mm). */
const tokyoLocal = (d: Date) => new Date(d.getTime() + 9 * HOUR).toISOString().slice(0, 16);

jest.setTimeout(120_000);

describe('web client: recruitment takedowns and investigation', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
  });

  afterAll(() => h?.close());

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `recruitment-work-${name}.png`), fullPage: true });

  it('the station records takedown steps and the investigation; the labour bureau sees neither the investigation nor the forms', async () => {
    const [{ case_id: caseId, version: v0 }] = await t.dataSource.query('SELECT case_id, version FROM recruitment_posts WHERE url = $1', [DEMO_URL]);

    // 1. chuo.manager: 事案一覧 → demo case 2.
    let page = await h.newPage();
    await h.login(page, 'chuo.manager');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事案一覧', exact: true }).click();
    await page.getByTestId('case-list').locator(`a[href="/cases/${caseId}"]`).click();
    const work = page.getByTestId('recruitment-work');
    await work.waitFor();
    expect(await work.getByTestId('takedown-history').count()).toBe(0);
    expect(await work.innerText()).toContain('まだ記録はありません。');

    // 2. A removal request: the form's checks, then the request to the hotline centre.
    const td = page.getByTestId('takedown-form');
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('記録する内容を選択してください。').waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('rw-td-kind');
    await td.getByLabel('記録する内容').selectOption({ label: '送信防止措置依頼' });
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('依頼先を選択してください。').waitFor();
    await td.getByLabel('依頼先').selectOption({ label: 'インターネット・ホットラインセンター経由' });
    await td.getByLabel(/参照番号/).fill(IHC_REF);
    // 実施日時 is Tokyo wall time: not in the future, stored as that instant.
    await td.getByLabel('実施日時（空欄なら現在）').fill(tokyoLocal(new Date(Date.now() + 2 * HOUR)));
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('実施日時に未来の日時は指定できません。').waitFor();
    const requestedAt = new Date(Math.floor((Date.now() - 2 * HOUR) / 60_000) * 60_000);
    await td.getByLabel('実施日時（空欄なら現在）').fill(tokyoLocal(requestedAt));
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText(/^送信防止措置依頼を記録しました。 再確認の期限は \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} です。$/).waitFor();
    const history = page.getByTestId('takedown-history');
    const removal = history.locator('tr[data-kind="REMOVAL_REQUEST"]');
    await removal.waitFor();
    expect(await removal.innerText()).toContain('宛先: インターネット・ホットラインセンター経由');
    expect(await removal.innerText()).toContain(IHC_REF);
    expect(await removal.innerText()).toContain(tokyoLocal(requestedAt).replace(/-/g, '/').replace('T', ' '));
    expect(await removal.innerText()).toContain('再確認待ち');
    await shot(page, '01-station-removal-request');

    // 3. A reply warning with its template (the text shown before recording).
    await td.getByLabel('記録する内容').selectOption({ label: '返信による警告' });
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('テンプレートを選択してください。').waitFor();
    await td.getByLabel('警告文のテンプレート').selectOption({ label: '高額報酬をうたう投稿（REPLY-WARN-02）' });
    expect(await td.getByTestId('template-preview').innerText()).toContain('即日即金');
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('返信による警告を記録しました。').waitFor();
    const warning = history.locator('tr[data-kind="REPLY_WARNING"]');
    await warning.waitFor();
    expect(await warning.innerText()).toContain('テンプレート: 高額報酬をうたう投稿（REPLY-WARN-02）');
    await shot(page, '02-station-reply-warning');

    // 3b. The re-check: the post is still up; the removal request's re-check is then done.
    await td.getByLabel('記録する内容').selectOption({ label: '再確認の結果' });
    await td.getByLabel('再確認の結果').selectOption({ label: '掲載継続' });
    await td.getByRole('button', { name: '記録する' }).click();
    await td.getByText('再確認の結果を記録しました。').waitFor();
    expect(await history.locator('tr[data-kind="RESULT"]').innerText()).toContain('確認結果: 掲載継続');
    await removal.getByText('確認済み').waitFor();
    expect(await history.locator('tbody tr').first().getAttribute('data-kind')).toBe('REMOVAL_REQUEST');
    const stored = await t.dataSource.query('SELECT kind, channel, template_id, reference, result, occurred_at, recheck_due_at FROM recruitment_takedowns WHERE case_id = $1 ORDER BY created_at', [caseId]);
    expect(stored.map((r: { kind: string }) => r.kind)).toEqual(['REMOVAL_REQUEST', 'REPLY_WARNING', 'RESULT']);
    expect(stored[2]).toMatchObject({ result: 'STILL_UP' });
    expect(stored[0]).toMatchObject({ channel: 'IHC', reference: IHC_REF });
    expect(new Date(stored[0].occurred_at).toISOString()).toBe(requestedAt.toISOString());
    expect(stored[0].recheck_due_at).not.toBeNull();
    expect(stored[1]).toMatchObject({ template_id: 'REPLY-WARN-02', channel: null });
    await shot(page, '02b-station-recheck-result');

    // 4. The investigation, on the version shown; the values are there after a reload.
    const inv = page.getByTestId('investigation-form');
    expect(await inv.getByLabel('被疑者の特定情報').inputValue()).toBe(DEMO_SUSPECT);
    await inv.getByLabel('被疑者の特定情報').fill(SUSPECT);
    await inv.getByLabel('関連する刑事事件（1行に1件）').fill(LINKED.join('\n'));
    await inv.getByLabel('捜査メモ').fill(NOTES);
    await inv.getByRole('button', { name: '捜査情報を保存' }).click();
    await page.getByTestId('investigation-outcome').getByText('捜査情報を保存しました。').waitFor();
    await page.reload();
    const post = page.getByTestId('recruitment-post');
    await post.locator('[data-field="suspectIdentity"] dd', { hasText: SUSPECT }).waitFor();
    expect(await post.locator('[data-field="linkedCriminalCases"] dd').innerText()).toBe(LINKED.join('、'));
    expect(await post.locator('[data-field="investigationNotes"] dd').innerText()).toBe(NOTES);
    expect(await inv.getByLabel('捜査メモ').inputValue()).toBe(NOTES);
    expect(await inv.innerText()).toContain(`版数 ${v0 + 1} を編集しています。`);
    // The takedowns survive the reload too.
    expect(await history.locator('tbody tr').count()).toBe(3);
    const [row] = await t.dataSource.query('SELECT suspect_identity, linked_criminal_cases, investigation_notes, version FROM recruitment_posts WHERE case_id = $1', [caseId]);
    expect(row).toMatchObject({ suspect_identity: SUSPECT, linked_criminal_cases: LINKED, investigation_notes: NOTES, version: v0 + 1 });
    await shot(page, '03-station-investigation-saved');

    // 5. Someone else saves first: the stale version is refused and the user is told in Japanese.
    const other = await t.gqlAs('hq.coordinator', 'mutation($i: UpdateRecruitmentInvestigationInput!) { updateRecruitmentInvestigation(input: $i) { version } }', {
      i: { caseId, version: v0 + 1, investigationNotes: API_NOTES },
    });
    expect(other.body.errors).toBeUndefined();
    await inv.getByLabel('捜査メモ').fill('この入力は競合で保存されない');
    await inv.getByRole('button', { name: '捜査情報を保存' }).click();
    const conflict = page.getByTestId('investigation-outcome');
    await conflict.getByText('他の利用者がこの捜査情報を先に変更しました。最新の内容を読み込み、確認してからもう一度保存してください。').waitFor();
    expect(await conflict.getAttribute('role')).toBe('alert');
    await shot(page, '04-station-investigation-conflict');
    await page.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await page.getByTestId('investigation-outcome').getByText('最新の内容を読み込みました。').waitFor();
    expect(await inv.getByLabel('捜査メモ').inputValue()).toBe(API_NOTES);
    expect(await post.locator('[data-field="investigationNotes"] dd').innerText()).toBe(API_NOTES);
    const [{ investigation_notes: notesNow }] = await t.dataSource.query('SELECT investigation_notes FROM recruitment_posts WHERE case_id = $1', [caseId]);
    expect(notesNow).toBe(API_NOTES);
    await h.logout(page);

    // 6. 甲労働局 through its 63条 task: the post, 非表示 for the investigation, no values, no forms.
    const tasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string; kind: string }[] } }>('labour.liaison', '{ myTasks { nodes { id caseId kind } } }');
    const taskId = tasks.body.data!.myTasks.nodes.find((x) => x.caseId === caseId && x.kind === 'LABOUR_REFERRAL')!.id;
    page = await h.newPage();
    await h.login(page, 'labour.liaison');
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${taskId}"]`).click();
    const caseBox = page.getByTestId('task-case');
    await caseBox.getByText(DEMO_URL).waitFor();
    for (const field of ['suspectIdentity', 'linkedCriminalCases', 'investigationNotes']) {
      const cell = caseBox.locator(`[data-field="${field}"] dd`);
      expect(await cell.innerText()).toContain('非表示');
      expect(await cell.locator('[data-redacted="true"]').getAttribute('title')).toBe(REDACTED_TOOLTIP);
    }
    const secrets = [DEMO_SUSPECT, SUSPECT, ...LINKED, NOTES, API_NOTES];
    let html = await page.content();
    for (const s of secrets) expect(html).not.toContain(s);
    expect(await page.getByTestId('takedown-form').count()).toBe(0);
    expect(await page.getByTestId('investigation-form').count()).toBe(0);
    await shot(page, '05-labour-task');

    // The case page itself (the bureau may read the takedowns): the history, still nothing else.
    await page.goto(`${base}/cases/${caseId}`);
    const labourWork = page.getByTestId('recruitment-work');
    await labourWork.getByTestId('takedown-history').locator('tr[data-kind="REPLY_WARNING"]').waitFor();
    expect(await labourWork.innerText()).toContain(IHC_REF);
    expect(await page.getByTestId('takedown-form').count()).toBe(0);
    expect(await page.getByTestId('investigation-form').count()).toBe(0);
    expect(await page.getByRole('button', { name: '捜査情報を保存' }).count()).toBe(0);
    html = await page.content();
    for (const s of secrets) expect(html).not.toContain(s);
    await shot(page, '06-labour-case-page');
    await h.logout(page);
  });
});
