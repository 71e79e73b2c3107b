import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import type { INestApplicationContext } from '@nestjs/common';
import type { Page } from 'playwright-core';
import { loadConfig } from '@renkei/core';
import { WorkerModule } from '../../apps/api/src/worker.module';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * Call-forwarding work in a real browser (Debian's chromium via playwright-core) against the real
 * API and a worker role running the import jobs, on demo case 3 (合同会社ブルーライン転送):
 * 中央署 uploads a numbers CSV with one bad line (its line number and reason, nothing imported),
 * then a good one (the numbers appear in the case), and restricts the stock numbers (a confirm
 * step, then the count and the carriers' tasks); hq.director reads 契約者別集計 with the holder
 * of the case's numbers and its refusal recommendation, linked to the case; 甲テレコム's liaison
 * has no such entry, is refused the page, and never sees the damage or the victim.
 * Screenshots: test/artifacts/browser/forwarding-work-NN-*.png.
 */
const PROVIDER = '合同会社ブルーライン転送';
const HOLDER = '株式会社ブルー回線（ブラウザ試験）';
const VICTIM = '佐藤 花子';
const DAMAGE = '4,800,000';

const BAD_CSV = ['number,type,carrier,usage,contract_holder', `03-5555-0303,fixed,kotel,fraud,${HOLDER}`, '050-5555-0404,050,no-such-carrier,stock,', ''].join('\n');
const GOOD_CSV = [
  'number,type,carrier,usage,contract_holder',
  `03-5555-0303,fixed,kotel,fraud,${HOLDER}`,
  `050-5555-0404,050,otsu-mobile,stock,${HOLDER}`,
  '050-5555-0505,050,kotel,stock,',
  '',
].join('\n');

jest.setTimeout(180_000);

describe('web client: call-forwarding numbers import, stock restriction and contract-holder counts', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;
  let worker: INestApplicationContext;
  let caseId = '';

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
    // The imports run as BullMQ jobs: a worker role on the same database, Redis prefix and files.
    const config = loadConfig({
      NODE_ENV: 'test', DATABASE_URL: t.config.databaseUrl, REDIS_URL: t.config.redisUrl, REDIS_PREFIX: t.config.redisPrefix,
      ATTACHMENTS_DIR: t.config.attachments.dir, LOG_LEVEL: 'silent',
    });
    worker = await Test.createTestingModule({ imports: [WorkerModule.forRoot(config)] }).compile();
    await worker.init();
    caseId = (await t.dataSource.query('SELECT case_id FROM forwarding_providers WHERE name = $1', [PROVIDER]))[0].case_id;
  });

  afterAll(async () => {
    await worker?.close();
    await h?.close();
  });

  async function login(username: string): Promise<Page> {
    const page = await h.newPage();
    await h.login(page, username);
    return page;
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `forwarding-work-${name}.png`), fullPage: true });
  const numberCount = async () => Number((await t.dataSource.query('SELECT count(*) AS n FROM forwarding_numbers WHERE case_id = $1', [caseId]))[0].n);

  it('station imports (bad file refused whole, good file in), restricts stock; HQ reads the holders; the carrier sees none of it', async () => {
    // 0. 甲テレコム answers the demo request for its number with the contract holder (API): the
    //    holder then has the demo number and the two imported below.
    const kotelCase = await t.gqlAs<{ case: { forwardingProvider: { numbers: { id: string; number: string; version: number }[] } } }>(
      'kotel.liaison', 'query($id: ID!) { case(id: $id) { forwardingProvider { numbers { id number version } } } }', { id: caseId },
    );
    const demoNumber = kotelCase.body.data!.case.forwardingProvider.numbers.find((n) => n.number === '+81355550101')!;
    const answered = await t.gqlAs(
      'kotel.liaison',
      'mutation($input: AnswerSuspensionInput!) { answerSuspension(input: $input) { id contractHolder } }',
      { input: { numberId: demoNumber.id, version: demoNumber.version, result: 'SUSPENDED', suspendedOn: '2026-11-21', contractHolder: HOLDER } },
    );
    expect(answered.body.errors).toBeUndefined();

    // 1. 中央署 on demo case 3: the import form describes the columns and the carrier codes.
    let page = await login('chuo.manager');
    await page.goto(`${base}/cases/${caseId}`);
    const work = page.getByTestId('forwarding-work');
    await work.waitFor();
    const columns = await page.getByTestId('forwarding-import-columns').innerText();
    for (const col of ['number', 'type', 'carrier', 'usage', 'contract_holder']) expect(columns).toContain(col);
    expect(await page.getByTestId('forwarding-import-carriers').innerText()).toMatch(/甲テレコム\s+kotel/);
    // Keyboard and labels: submitting without a file says so and focuses the file input.
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('CSVファイルを選択してください。').waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('fw-import-file');

    // 2. A file with a bad line 3 (unknown carrier): nothing imported, line 3 and its reason shown.
    const before = await numberCount();
    await page.getByLabel('CSVファイル').setInputFiles({ name: 'numbers-bad.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await page.getByRole('button', { name: '取り込む' }).click();
    const result = page.getByTestId('forwarding-import-result');
    await result.waitFor({ timeout: 30_000 });
    const rejected = await result.innerText();
    expect(rejected).toContain('1件も取り込んでいません');
    const errorsTable = await page.getByTestId('forwarding-import-errors').innerText();
    expect(errorsTable).toContain('3 行目');
    expect(errorsTable).toContain('通信事業者コード（carrier）が登録されていません。');
    expect(errorsTable).not.toContain('2 行目');
    expect(await result.getAttribute('role')).toBe('alert');
    expect(await numberCount()).toBe(before);
    expect(await page.getByTestId('forwarding-numbers').innerText()).not.toContain('03-5555-0303');
    await shot(page, '01-station-import-rejected');

    // 3. The corrected file: every row in, the numbers table shows them.
    await page.getByLabel('CSVファイル').setInputFiles({ name: 'numbers.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await page.getByRole('button', { name: '取り込む' }).click();
    await page.getByText('「numbers.csv」の電話番号 3 件を取り込みました。', { exact: false }).waitFor({ timeout: 30_000 });
    const numbers = page.getByTestId('forwarding-numbers');
    await numbers.getByText('050-5555-0505').waitFor();
    const table = await numbers.innerText();
    for (const n of ['03-5555-0303', '050-5555-0404', '050-5555-0505', HOLDER]) expect(table).toContain(n);
    expect(await page.getByTestId('forwarding-import-errors').count()).toBe(0);
    expect(await numberCount()).toBe(before + 3);
    await shot(page, '02-station-import-succeeded');

    // 4. 在庫番号一括利用制限: three stock numbers (the demo's and two imported), confirm, then the result.
    const stock = page.getByTestId('stock-restriction');
    expect(await stock.innerText()).toContain('在庫番号 3 件（うち利用制限済み 0 件）');
    await stock.getByRole('button', { name: '在庫番号を一括して利用制限する…' }).click();
    const confirm = page.getByTestId('stock-confirm');
    await confirm.waitFor();
    expect(await confirm.innerText()).toContain('在庫番号 3 件を利用制限とし');
    // Cancelling restricts nothing.
    await confirm.getByRole('button', { name: 'やめる' }).click();
    expect(await page.getByTestId('stock-confirm').count()).toBe(0);
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM forwarding_numbers WHERE case_id = $1 AND restricted_at IS NOT NULL', [caseId]))[0].n)).toBe(0);
    await stock.getByRole('button', { name: '在庫番号を一括して利用制限する…' }).click();
    await shot(page, '03-station-stock-confirm');
    await page.getByTestId('stock-confirm').getByRole('button', { name: '利用制限を実行する' }).click();
    const done = page.getByTestId('stock-result');
    await done.waitFor();
    await done.getByText('乙モバイルへの利用停止等要請（在庫番号一括利用制限）').waitFor();
    const doneText = await done.innerText();
    expect(doneText).toContain('在庫番号 3 件を利用制限にしました。');
    expect(doneText).toContain('作成した依頼（通信事業者ごと）: 2 件');
    expect(doneText).toContain('甲テレコムへの利用停止等要請（在庫番号一括利用制限）');
    expect(await stock.innerText()).toContain('在庫番号 3 件（うち利用制限済み 3 件）');
    expect(Number((await t.dataSource.query('SELECT count(*) AS n FROM forwarding_numbers WHERE case_id = $1 AND restricted_at IS NOT NULL', [caseId]))[0].n)).toBe(3);
    await shot(page, '04-station-stock-restricted');
    // Nothing left to restrict: no second run offered.
    await page.reload();
    await page.getByTestId('stock-restriction').getByText('在庫番号はすべて利用制限済みです。').waitFor();
    expect(await page.getByRole('button', { name: '在庫番号を一括して利用制限する…' }).count()).toBe(0);
    await h.logout(page);

    // 5. hq.director: 契約者別集計 in the navigation, the holder with 3 numbers in 1 case, refusal recommended, linked to the case.
    page = await login('hq.director');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '契約者別集計' }).click();
    const holders = page.getByTestId('forwarding-holders');
    await holders.waitFor();
    const row = holders.getByRole('row').filter({ hasText: HOLDER });
    await row.locator(`a[href="/cases/${caseId}"]`).waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('3 件');
    expect(rowText).toContain('1 件');
    expect(rowText).toContain('推奨');
    expect(await page.getByText('3 件以上の契約者').count()).toBe(1);
    await shot(page, '05-hq-holders');
    // The director reads the case but may not write its numbers: no import or restriction there.
    await row.locator(`a[href="/cases/${caseId}"]`).click();
    await page.getByTestId('forwarding-numbers').getByText('050-5555-0505').waitFor();
    expect(await page.getByTestId('forwarding-work').count()).toBe(0);
    await h.logout(page);

    // 6. 甲テレコム: no 契約者別集計 entry, the page refused, no damage or victim anywhere it goes.
    page = await login('kotel.liaison');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await nav.getByRole('link').first().waitFor();
    expect(await nav.getByRole('link', { name: '契約者別集計' }).count()).toBe(0);
    const tasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string; state: string }[] } }>('kotel.liaison', '{ myTasks { nodes { id caseId state } } }');
    const stockTask = tasks.body.data!.myTasks.nodes.find((x) => x.caseId === caseId && x.state !== 'ANSWERED')!;
    expect(stockTask).toBeDefined();
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${stockTask.id}"]`).click();
    await page.getByTestId('forwarding-numbers').getByText('050-5555-0505').waitFor();
    let html = await page.content();
    for (const secret of [VICTIM, DAMAGE, '4800000', '050-5555-0404', '+815055550404']) expect(html).not.toContain(secret);
    expect(await page.getByTestId('forwarding-work').count()).toBe(0);
    await shot(page, '06-carrier-task');
    await page.goto(`${base}/forwarding/holders`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('権限がありません');
    expect(await page.getByTestId('forwarding-holders').count()).toBe(0);
    html = await page.content();
    for (const secret of [VICTIM, DAMAGE, '4800000']) expect(html).not.toContain(secret);
    await shot(page, '07-carrier-holders-refused');
    await h.logout(page);
  });
});
