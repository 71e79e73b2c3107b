import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ExportsJobsModule } from '@renkei/exports';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * Activity reports, HQ's totals and dashboard drill-down, and exports, in a real browser against
 * the real API (with the export worker): 中央署's manager files and submits a report, its
 * supervisor approves it, 推進本部 sees it in the totals, drills down from a dashboard figure to
 * the case list, asks for an Excel export of that list and downloads it; 港署's manager never
 * sees 中央署's report. Screenshots: test/artifacts/browser/reports-NN-<step>.png.
 */
// Unique to this run: its absence from another station's pages is what the test checks.
const PLACE = '甲市中央公民館 多文化交流室（ブラウザ試験）';
const NOTES = '技能実習生向けに口座・携帯電話の譲渡の危険を説明（ブラウザ試験）';

jest.setTimeout(180_000);

function tokyoToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

describe('web client: activity reports, dashboard drill-down and exports in a browser', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let reportId: string | undefined;
  const today = tokyoToday();

  beforeAll(async () => {
    h = await startBrowserHarness({ extraModules: [ExportsJobsModule] });
    ({ t } = h);
  });

  afterAll(() => h?.close());

  const newPage = () => h.newPage();

  const login = (page: Page, username: string) => h.login(page, username);

  const logout = (page: Page) => h.logout(page);

  const nav = (page: Page) => page.getByRole('navigation', { name: 'メインメニュー' });

  it('station files and submits, the supervisor approves, HQ sees the totals, drills down, exports and downloads', async () => {
    // What HQ's totals say before (the page's default period: this year up to today, approved).
    const totals = async () =>
      (
        await t.gqlAs<{ activityReportTotals: { rows: { label: string; reports: number }[] } }>(
          'hq.director',
          'query($f: String!, $to: String!) { activityReportTotals(from: $f, to: $to, groupBy: STATION) { rows { label reports } } }',
          { f: `${today.slice(0, 4)}-01-01`, to: today },
        )
      ).body.data!.activityReportTotals.rows.find((r) => r.label.includes('中央'))?.reports ?? 0;
    const chuoBefore = await totals();

    // 1. 中央署 manager: the form's Japanese validation, then a draft, then submission.
    let page = await newPage();
    await login(page, 'chuo.manager');
    await nav(page).getByRole('link', { name: '施策実施報告' }).click();
    await page.getByRole('heading', { name: '施策実施報告' }).waitFor();
    await page.getByRole('link', { name: '新規報告' }).click();
    await page.getByRole('button', { name: '下書きを保存' }).click();
    const errors = page.getByTestId('report-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toContain('施策の種別を選択してください。');
    expect(await errors.innerText()).toContain('実施日を入力してください。');
    expect(await errors.innerText()).toContain('実施場所を入力してください。');
    // Focus went to the first invalid field (keyboard users land on it).
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('rp-kind');
    await page.getByLabel('施策の種別 *').selectOption({ label: 'やさしい日本語による広報啓発' });
    await page.getByLabel('実施日 *').fill('2099-01-01');
    await page.getByLabel('実施場所 *').fill(PLACE);
    await page.getByLabel('参加者数').fill('-3');
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.getByText('実施日に未来の日付は入力できません。').first().waitFor();
    await page.getByText('参加者数は0以上100000以下の整数で入力してください。').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'reports-01-station-validation.png'), fullPage: true });

    await page.getByLabel('実施日 *').fill(today);
    await page.getByLabel('参加者数').fill('6');
    await page.getByLabel('対象となった在留外国人の数').fill('42');
    await page.getByLabel('通訳官・通訳人の数').fill('2');
    await page.getByLabel('使用した言語（読点「、」区切り）').fill('やさしい日本語、ベトナム語');
    await page.getByLabel('連携した関係機関等（読点「、」区切り）').fill('甲市国際交流協会');
    await page.getByLabel('備考').fill(NOTES);
    await page.getByRole('button', { name: '下書きを保存' }).click();
    await page.getByTestId('report-done').getByText('保存しました。').waitFor();
    reportId = new URL(page.url()).pathname.split('/').pop()!;
    expect(reportId).toMatch(/^[0-9a-f-]{36}$/);
    const fields = await page.getByTestId('report-fields').innerText();
    expect(fields).toContain(PLACE);
    expect(fields).toContain('やさしい日本語、ベトナム語');
    expect(await page.locator('h1').innerText()).toContain('作成中');
    await page.screenshot({ path: join(SHOTS, 'reports-02-station-draft.png'), fullPage: true });

    await page.getByRole('button', { name: '提出する' }).click();
    await page.getByText('提出しました。統括責任者の承認を待っています。').waitFor();
    expect(await page.locator('h1').innerText()).toContain('提出済み');
    // History: created and submitted, not yet reviewed.
    expect(await page.getByTestId('report-history').innerText()).toMatch(/提出\s+\d{4}\/\d{2}\/\d{2}/);
    // Submitted: the manager can no longer edit or submit it.
    expect(await page.getByRole('button', { name: '提出する' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: '修正する' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'reports-03-station-submitted.png'), fullPage: true });
    await logout(page);

    // 2. 中央署 supervisor: the list shows it waiting; the return form needs a reason; approve.
    page = await newPage();
    await login(page, 'chuo.supervisor');
    await nav(page).getByRole('link', { name: '施策実施報告' }).click();
    const list = page.getByTestId('report-list');
    await list.getByText(PLACE).waitFor();
    await list.locator(`a[href="/reports/${reportId}"]`).click();
    await page.getByRole('button', { name: '承認する' }).waitFor();
    await page.getByRole('button', { name: '差し戻す' }).click();
    await page.getByText('差戻しの理由を入力してください。').waitFor();
    await page.getByRole('button', { name: '承認する' }).click();
    await page.getByTestId('report-done').getByText('承認しました。').waitFor();
    expect(await page.locator('h1').innerText()).toContain('承認済み');
    expect(await page.getByRole('button', { name: '承認する' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'reports-04-supervisor-approved.png'), fullPage: true });
    await logout(page);

    // 3. 推進本部: the totals count the approved report; the prefecture's list shows it.
    page = await newPage();
    await login(page, 'hq.director');
    await nav(page).getByRole('link', { name: '施策実施報告の集計' }).click();
    const byStation = page.getByTestId('totals-STATION');
    const chuoRow = byStation.locator('tbody tr', { hasText: '中央' });
    await chuoRow.locator('.bar-value', { hasText: new RegExp(`^${chuoBefore + 1}$`) }).waitFor();
    await page.getByTestId('totals-KIND').locator('tr[data-key="OUTREACH"]').waitFor();
    await page.getByTestId('totals-MONTH').locator(`tr[data-key="${today.slice(0, 7)}"]`).waitFor();
    await page.screenshot({ path: join(SHOTS, 'reports-05-hq-totals.png'), fullPage: true });
    await nav(page).getByRole('link', { name: '施策実施報告', exact: true }).click();
    await page.getByTestId('report-list').getByText(PLACE).waitFor();

    // 4. The dashboard: drill down from an open-cases figure to the case list behind it.
    await nav(page).getByRole('link', { name: 'ダッシュボード' }).click();
    await page.getByTestId('compliance-trend').locator('tbody tr').nth(5).waitFor();
    expect(await page.getByTestId('compliance-trend').locator('tbody tr').count()).toBe(6);
    const figure = page.locator('[data-case-type="DEPARTING_RESIDENT"] tr[data-state="OPEN"]');
    const expected = Number(await figure.locator('.bar-value').innerText());
    expect(expected).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'reports-06-hq-dashboard.png'), fullPage: true });

    // An agency's figure opens its task list: as many open tasks as the dashboard counts.
    const agencyRow = page.getByTestId('tasks-by-agency').locator('tbody tr').first();
    const agencyName = (await agencyRow.locator('th').innerText()).trim();
    const openTasks = Number(await agencyRow.locator('td').first().locator('.bar-value').innerText());
    expect(openTasks).toBeGreaterThan(0);
    await agencyRow.getByRole('link').click();
    await page.waitForURL((u) => u.pathname === '/dashboard/tasks' && !!u.searchParams.get('agency'));
    await page.getByRole('heading', { name: new RegExp(agencyName) }).waitFor();
    const agencyTasks = page.getByTestId('agency-tasks');
    await agencyTasks.locator('tbody tr').nth(openTasks - 1).waitFor();
    expect(await agencyTasks.locator('tbody tr').count()).toBe(openTasks);
    await page.screenshot({ path: join(SHOTS, 'reports-06b-hq-agency-tasks.png'), fullPage: true });
    await page.getByRole('link', { name: 'ダッシュボードに戻る' }).click();
    await page.getByTestId('open-cases').waitFor();
    await figure.getByRole('link').click();
    await page.waitForURL((u) => u.pathname === '/cases' && u.searchParams.get('type') === 'DEPARTING_RESIDENT' && u.searchParams.get('state') === 'OPEN');
    const cases = page.getByTestId('case-list');
    await cases.waitFor();
    expect(await page.getByLabel('類型').inputValue()).toBe('DEPARTING_RESIDENT');
    expect(await page.getByLabel('状態').inputValue()).toBe('OPEN');
    await cases.locator('tbody tr').nth(expected - 1).waitFor();
    expect(await cases.locator('tbody tr').count()).toBe(expected);
    for (const row of await cases.locator('tbody tr').all()) {
      expect(await row.locator('td').nth(1).innerText()).toBe('帰国する在留外国人の口座・携帯電話');
      expect(await row.locator('td').nth(3).innerText()).toBe('受理');
    }
    await page.screenshot({ path: join(SHOTS, 'reports-07-hq-drilldown-cases.png'), fullPage: true });

    // 5. Excel export of that list, then its download (fetched with the token, saved as a Blob).
    await page.getByTestId('case-export').getByRole('button', { name: 'Excelで出力' }).click();
    await page.getByText('エクスポートを依頼しました。').waitFor();
    await page.getByTestId('case-export').getByRole('link', { name: 'エクスポート' }).click();
    const exportsTable = page.getByTestId('export-list');
    const job = exportsTable.locator('tbody tr').first();
    await job.waitFor();
    expect(await job.innerText()).toContain('事案一覧');
    expect(await job.innerText()).toContain('Excel');
    await exportsTable.locator('tbody tr[data-state="DONE"]').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'reports-08-hq-exports.png'), fullPage: true });
    const [download] = await Promise.all([page.waitForEvent('download'), job.getByRole('button', { name: /^ダウンロード/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(bytes.length).toBeGreaterThan(1000);
    await logout(page);
  });

  it("港署's manager never sees 中央署's report: not in the list, not by its address", async () => {
    expect(reportId).toBeDefined();
    const page = await newPage();
    await login(page, 'minato.manager');
    await nav(page).getByRole('link', { name: '施策実施報告' }).click();
    await page.getByTestId('report-count').waitFor();
    let html = await page.content();
    expect(html).not.toContain(PLACE);
    expect(html).not.toContain(NOTES);
    expect(html).not.toContain(reportId!);
    await page.screenshot({ path: join(SHOTS, 'reports-09-minato-list.png'), fullPage: true });

    // Opening the report by its address answers "not found", exactly as an unknown id.
    await page.evaluate(`history.pushState(null, '', '/reports/${reportId}'); dispatchEvent(new PopStateEvent('popstate'))`);
    await page.getByText('該当するデータが見つかりません（存在しないか、閲覧権限がありません）。').waitFor();
    html = await page.content();
    expect(html).not.toContain(PLACE);
    expect(html).not.toContain(NOTES);
    expect(html).not.toContain('やさしい日本語、ベトナム語');
    await page.screenshot({ path: join(SHOTS, 'reports-10-minato-not-found.png'), fullPage: true });
    await logout(page);
  });
});
