import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * Departure intake by immigration and the departure notes, in a real browser against the real API:
 * immigration.liaison sees its navigation, files one case with the owning prefecture, imports a CSV
 * of two rows (one bad: its line and Japanese reason, never its values; the good one filed with a
 * link), adds its notes; the owning HQ (甲県警察本部: immigration named 甲県) reads that note and
 * adds a risk note; chuo.manager adds a risk note on the demo departure case; さくら銀行, on its task
 * of that case, sees neither note, and immigration never sees the police risk notes.
 * Screenshots `dw-NN-*.png` in test/artifacts/browser/.
 */
jest.setTimeout(120_000);

// Unique per run: the residence cards are ours alone.
const n = String(Date.now() % 100_000_000).padStart(8, '0');
const GOOD = { romaji: 'VU THI HOA', card: `DW${n}AA` };
const BAD = { romaji: 'BADROW DWTHREE', card: `D${n}99999` }; // not two letters / eight digits / two letters
const FORM = { romaji: 'DO VAN KHANH', card: `DW${n}AB` };
const NOTE = {
  immigrationImported: `出国予定を確認済み（試験 ${n}）`,
  immigrationDemo: `再入国許可の申請なしを確認（試験 ${n}）`,
  riskImported: `口座の譲渡を持ち掛けられた相談あり（試験 ${n}）`,
  riskDemo: `SNSで口座買取の勧誘を受けていた（試験 ${n}）`,
};
// The demo case's own notes (DEMO.md case 1).
const DEMO_RISK = 'SNSで口座売買を持ち掛けられていた疑い';
const DEMO_IMMIGRATION = '再入国許可なし';

describe('web client: departure intake by immigration and departure notes', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
  });

  afterAll(() => h?.close());

  const main = (page: Page) => page.locator('main');

  it('immigration files and imports, each side adds its notes, the bank and immigration never see the risk notes', async () => {
    const demoCaseId: string = (await t.dataSource.query(`SELECT case_id::text AS id FROM departing_residents WHERE romaji_name = 'NGUYEN VAN AN'`))[0].id;
    const bankTasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string }[] } }>('sakura.liaison', '{ myTasks { nodes { id caseId } } }');
    const bankTaskId = bankTasks.body.data!.myTasks.nodes.find((x) => x.caseId === demoCaseId)!.id;

    // 1. Immigration: its navigation, and the one-by-one form with the prefecture required.
    let page = await h.newPage();
    await h.login(page, 'immigration.liaison');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    const navText = await nav.innerText();
    for (const entry of ['依頼一覧', '登録した事案', '帰国予定の登録', 'CSV一括登録']) expect(navText).toContain(entry);
    expect(navText).not.toMatch(/ダッシュボード|施策実施報告/);
    await nav.getByRole('link', { name: '帰国予定の登録' }).click();
    await page.getByLabel('所管の都道府県警察（本人の住所地）').waitFor();
    // No police risk note field for immigration; its own note instead.
    expect(await page.getByLabel('警察のリスク情報（口座売買の疑いなど）').count()).toBe(0);
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByTestId('filing-errors').waitFor();
    expect(await page.locator('form.filing').innerText()).toContain('所管の都道府県警察を選択してください。');
    expect(await page.locator('#fd-prefectureId').getAttribute('aria-invalid')).toBe('true');
    const options = await page.locator('#fd-prefectureId option').allInnerTexts();
    expect(options).toEqual(expect.arrayContaining(['甲県（甲県警察本部）', '乙県（乙県警察本部）']));
    await page.screenshot({ path: join(SHOTS, 'dw-01-immigration-form-validation.png'), fullPage: true });

    await page.getByLabel('所管の都道府県警察（本人の住所地）').selectOption({ label: '甲県（甲県警察本部）' });
    await page.getByLabel('氏名（ローマ字）').fill(FORM.romaji);
    await page.getByLabel('生年月日').fill('2000-02-02');
    await page.getByLabel('在留カード番号').fill(FORM.card);
    await page.getByLabel('在留期間満了日').fill('2027-05-31');
    await page.getByLabel('入管の連絡事項（出国確認・再入国許可など）').fill(`一時帰国の予定あり（試験 ${n}）`);
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText(/事案 甲-\d{4}-\d+ を登録しました。/).waitFor();
    const formCaseId = new URL(page.url()).pathname.split('/').pop()!;
    const owner = await t.dataSource.query(`SELECT a.code FROM cases c JOIN agencies a ON a.id = c.owning_agency_id WHERE c.id = $1`, [formCaseId]);
    expect(owner[0].code).toBe('ko-police-hq');
    await page.screenshot({ path: join(SHOTS, 'dw-02-immigration-filed.png'), fullPage: true });

    // 2. The CSV intake: two rows, line 3 bad.
    await nav.getByRole('link', { name: 'CSV一括登録' }).click();
    const format = page.getByTestId('import-format');
    await format.waitFor();
    for (const column of ['romaji_name', 'residence_card_number', 'residence_expiry', 'application_pending']) expect(await format.innerText()).toContain(column);
    // Nothing chosen: both problems named.
    await page.getByRole('button', { name: '取り込む' }).click();
    const form = page.getByTestId('import-form');
    await form.getByText('CSV ファイルを選択してください。').waitFor();
    expect(await form.innerText()).toContain('所管の都道府県警察を選択してください。');
    const csv = [
      'romaji_name,kana_name,date_of_birth,nationality,status_of_residence,residence_card_number,residence_expiry,planned_departure,address',
      `${GOOD.romaji},ヴー・ティ・ホア,1998-08-08,VN,技能実習,${GOOD.card},2027-02-28,2027-03-05,"甲県甲市南2-2, 101"`,
      `${BAD.romaji},,1996-06-06,VN,留学,${BAD.card},2027-02-28,,甲県甲市南2-3`,
    ].join('\n');
    await page.getByLabel('所管の都道府県警察（本人の住所地）').selectOption({ label: '甲県（甲県警察本部）' });
    await page.getByLabel('CSV ファイル').setInputFiles({ name: 'departures.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: '取り込む' }).click();
    const result = page.getByTestId('import-result');
    await result.waitFor();
    expect(await result.innerText()).toContain('1 件を登録しました。登録できなかった行: 1 件。');
    const failed = page.getByTestId('import-failed').locator('tbody tr');
    expect(await failed.count()).toBe(1);
    expect(await failed.first().innerText()).toContain('3 行目');
    expect(await failed.first().innerText()).toContain('在留カード番号は英字2桁・数字8桁・英字2桁');
    const filedRows = page.getByTestId('import-filed').locator('tbody tr');
    expect(await filedRows.count()).toBe(1);
    expect(await filedRows.first().getAttribute('data-line')).toBe('2');
    // The bad row's values are never echoed back.
    const resultHtml = await page.content();
    for (const secret of [BAD.romaji, BAD.card]) expect(resultHtml).not.toContain(secret);
    await page.screenshot({ path: join(SHOTS, 'dw-03-immigration-import-result.png'), fullPage: true });

    const link = filedRows.first().getByRole('link');
    const reference = await link.innerText();
    expect(reference).toMatch(/^甲-\d{4}-\d+$/);
    await link.click();
    await main(page).getByText(GOOD.romaji).first().waitFor();
    const importedCaseId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await main(page).innerText()).toContain(reference);

    // 3. Immigration adds its note; it has no risk-note form and the police list is 非表示.
    const notes = page.getByTestId('departure-notes');
    expect(await notes.getByTestId('risk-note-form').count()).toBe(0);
    expect(await notes.getByTestId('risk-notes').innerText()).toContain('非表示');
    const immForm = notes.getByTestId('immigration-note-form');
    await immForm.getByRole('button', { name: '追加する' }).click();
    await immForm.getByText('内容を入力してください。').waitFor();
    await immForm.getByLabel('入管の連絡事項（出国確認・再入国許可など）').fill(NOTE.immigrationImported);
    await immForm.getByRole('button', { name: '追加する' }).click();
    await immForm.getByText('追加しました。').waitFor();
    await notes.getByTestId('immigration-notes').getByText(NOTE.immigrationImported).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dw-04-immigration-note-added.png'), fullPage: true });

    // …and on the demo case, where it holds a task.
    await page.goto(`${base}/cases/${demoCaseId}`);
    const demoForm = page.getByTestId('immigration-note-form');
    await demoForm.getByLabel('入管の連絡事項（出国確認・再入国許可など）').fill(NOTE.immigrationDemo);
    await demoForm.getByRole('button', { name: '追加する' }).click();
    await page.getByTestId('immigration-notes').getByText(NOTE.immigrationDemo).waitFor();
    expect(await main(page).innerText()).not.toContain(DEMO_RISK);
    await h.logout(page);

    // 4. The owning HQ (甲県警察本部's 推進室) reads immigration's note and adds a risk note.
    page = await h.newPage();
    await h.login(page, 'hq.coordinator');
    await page.goto(`${base}/cases/${importedCaseId}`);
    const hqNotes = page.getByTestId('departure-notes');
    await hqNotes.getByTestId('immigration-notes').getByText(NOTE.immigrationImported).waitFor();
    expect(await hqNotes.getByTestId('immigration-note-form').count()).toBe(0);
    const hqRisk = hqNotes.getByTestId('risk-note-form');
    await hqRisk.getByLabel('警察のリスク情報（口座売買の疑いなど）').fill(NOTE.riskImported);
    await hqRisk.getByRole('button', { name: '追加する' }).click();
    await hqNotes.getByTestId('risk-notes').getByText(NOTE.riskImported).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dw-05-hq-risk-note.png'), fullPage: true });
    await h.logout(page);

    // 5. The station adds a risk note on the demo departure case; it reads immigration's notes.
    page = await h.newPage();
    await h.login(page, 'chuo.manager');
    await page.goto(`${base}/cases/${demoCaseId}`);
    const stNotes = page.getByTestId('departure-notes');
    await stNotes.getByTestId('immigration-notes').getByText(NOTE.immigrationDemo).waitFor();
    expect(await stNotes.getByTestId('risk-notes').innerText()).toContain(DEMO_RISK);
    const stRisk = stNotes.getByTestId('risk-note-form');
    await stRisk.getByRole('button', { name: '追加する' }).click();
    await stRisk.getByText('内容を入力してください。').waitFor();
    await stRisk.getByLabel('警察のリスク情報（口座売買の疑いなど）').fill(NOTE.riskDemo);
    await stRisk.getByRole('button', { name: '追加する' }).click();
    await stNotes.getByTestId('risk-notes').getByText(NOTE.riskDemo).waitFor();
    await page.screenshot({ path: join(SHOTS, 'dw-06-station-risk-note.png'), fullPage: true });
    await h.logout(page);

    // 6. さくら銀行 on its task of the demo case: neither kind of note, old or new.
    page = await h.newPage();
    await h.login(page, 'sakura.liaison');
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${bankTaskId}"]`).click();
    await page.getByTestId('task-case').getByText('NGUYEN VAN AN').waitFor();
    const bankHtml = await page.content();
    for (const secret of [NOTE.immigrationDemo, NOTE.riskDemo, DEMO_RISK, DEMO_IMMIGRATION, NOTE.immigrationImported, NOTE.riskImported]) {
      expect({ secret, shown: bankHtml.includes(secret) }).toEqual({ secret, shown: false });
    }
    await page.screenshot({ path: join(SHOTS, 'dw-07-bank-task-no-notes.png'), fullPage: true });
    // The imported case (no bank named) is not the bank's at all.
    const bankView = await t.gqlAs('sakura.liaison', 'query($id: ID!) { case(id: $id) { id } }', { id: importedCaseId });
    expect(bankView.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await h.logout(page);

    // 7. Immigration never sees the police risk notes, on either case.
    page = await h.newPage();
    await h.login(page, 'immigration.liaison');
    await page.goto(`${base}/cases/${demoCaseId}`);
    await page.getByTestId('immigration-notes').getByText(NOTE.immigrationDemo).waitFor();
    let immHtml = await page.content();
    await page.goto(`${base}/cases/${importedCaseId}`);
    await page.getByTestId('immigration-notes').getByText(NOTE.immigrationImported).waitFor();
    immHtml += await page.content();
    for (const secret of [NOTE.riskImported, NOTE.riskDemo, DEMO_RISK]) expect({ secret, shown: immHtml.includes(secret) }).toEqual({ secret, shown: false });
    await page.screenshot({ path: join(SHOTS, 'dw-08-immigration-no-risk-notes.png'), fullPage: true });
    await h.logout(page);
  });
});
