import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * The tip flow in a real browser (Debian's chromium, playwright-core) against the real API
 * serving a fresh build of the client: a member of the public files a tip on the web form and
 * gets a receipt number; npa.tipdesk classifies it and asks for more; the tipster answers on the
 * tipster page (after a wrong PIN and an unknown number answered alike); the desk forwards it
 * to 甲県; hq.coordinator sees it with the reward group as 非表示 and opens a case.
 * Screenshots: test/artifacts/browser/tips-NN-<step>.png.
 */

// Values of this run: what the prefecture may not see is checked for absence in its pages' HTML.
const TIP = {
  content: 'X の @yami_browser_88 が「受け子」を募集している BROWSER-TIP-7391',
  self: 'BROWSER-SELF-匿名希望の会社員',
  pin: '73915284',
  question: '投稿のURLが分かれば教えてください BROWSER-Q-4410',
  answer: 'https://x.example.com/yami_browser_88/status/7391 です BROWSER-A-5521',
};
const DENIED = '受付番号または暗証番号が正しくありません。';

jest.setTimeout(180_000);

describe('web client: tip flow in a browser', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
  });

  afterAll(() => h?.close());

  const newPage = () => h.newPage();

  const login = (page: Page, username: string) => h.login(page, username);

  const logout = (page: Page) => h.logout(page);

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `tips-${name}.png`), fullPage: true });
  }

  async function openTip(page: Page, receipt: string): Promise<void> {
    await page.getByTestId('tip-list').getByRole('link', { name: receipt }).click();
    await page.getByRole('heading', { name: `通報 ${receipt}` }).waitFor();
  }

  it('public form → desk classifies and asks → tipster answers → forwarded to 甲県 → HQ sees 非表示 and opens a case', async () => {
    // 1. The public: from the login page to the tip form, no session.
    let page = await newPage();
    await page.goto(`${base}/login`);
    await page.getByRole('link', { name: /匿名通報はこちら/ }).click();
    await page.getByRole('heading', { name: '匿名通報フォーム' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/tip');
    expect(await page.locator('main').innerText()).toContain('110番');
    // Nothing of the officials' screens on the public site.
    expect(await page.content()).not.toContain('ログアウト');

    // Validation in Japanese before anything is sent.
    await page.getByRole('button', { name: '通報する' }).click();
    await page.getByTestId('tip-form-errors').waitFor();
    const form = await page.getByTestId('tip-form').innerText();
    expect(form).toContain('通報する事案の種別を選択してください。');
    expect(form).toContain('通報内容を入力してください。');
    expect(form).toContain('暗証番号は数字6〜8桁で入力してください。');
    await page.getByLabel('通報する事案の種別 *').selectOption({ label: '別表9 犯罪インフラ' });
    await page.getByLabel('通報内容 *').fill(TIP.content);
    await page.getByLabel('ご自身について（任意）').fill(TIP.self);
    await page.getByLabel('情報料の受け取りを希望する').check();
    await page.getByLabel('暗証番号（数字6〜8桁）*').fill(TIP.pin);
    await page.getByLabel('暗証番号（確認）*').fill('73915285');
    await page.getByRole('button', { name: '通報する' }).click();
    await page.getByText('確認用の暗証番号が一致しません。').waitFor();
    await page.getByLabel('暗証番号（確認）*').fill(TIP.pin);
    await shot(page, '01-public-form');
    await page.getByRole('button', { name: '通報する' }).click();
    await page.getByTestId('tip-receipt').waitFor();
    const receipt = (await page.getByTestId('receipt-number').innerText()).trim();
    expect(receipt).toMatch(/^T-\d{8}-\d{4,}$/);
    const done = await page.getByTestId('tip-receipt').innerText();
    expect(done).toContain('受付番号と暗証番号を控えてください');
    // The PIN is never echoed back.
    expect(await page.content()).not.toContain(TIP.pin);
    await shot(page, '02-public-receipt');
    await page.context().close();

    // 2. npa.tipdesk: the list (home), the tip with every group, classify and ask.
    page = await newPage();
    await login(page, 'npa.tipdesk');
    expect(new URL(page.url()).pathname).toBe('/tips');
    const nav = await page.getByRole('navigation', { name: 'メインメニュー' }).innerText();
    expect(nav).toContain('報告書ファイル');
    expect(nav).not.toContain('電話通報の記録');
    await shot(page, '03-desk-list');
    await openTip(page, receipt);
    expect(await page.getByTestId('tip-basic').innerText()).toContain(TIP.content);
    expect(await page.getByTestId('tip-reward').innerText()).toContain(TIP.self);
    await page.getByTestId('tip-classify').getByLabel('対象事案情報').check();
    await page.getByRole('button', { name: '分類を保存' }).click();
    await page.getByTestId('tip-triage').getByText('対象事案情報').waitFor();
    await page.getByLabel('質問').fill(TIP.question);
    await page.getByRole('button', { name: '求める' }).click();
    await page.getByTestId('tip-info-requests').getByText(TIP.question).waitFor();
    await shot(page, '04-desk-classified-asked');
    await logout(page);

    // 3. The tipster: the notice lists the number; a wrong PIN and an unknown number read alike.
    page = await newPage();
    await page.goto(`${base}/tip/notices`);
    await page.getByTestId('notices-info').getByText(receipt).waitFor();
    expect(await page.content()).not.toContain(TIP.question);
    await shot(page, '05-public-notices');
    await page.getByRole('link', { name: '受付番号で確認・追加情報を送る' }).click();
    await page.getByLabel('受付番号（例: T-20261120-0042）').fill(receipt);
    await page.getByLabel('暗証番号').fill('11112222');
    await page.getByRole('button', { name: '確認する' }).click();
    const wrongPin = (await page.getByTestId('tipster-error').innerText()).trim();
    await page.getByLabel('受付番号（例: T-20261120-0042）').fill('T-20000101-9999');
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByTestId('tipster-error').waitFor();
    const unknown = (await page.getByTestId('tipster-error').innerText()).trim();
    expect({ wrongPin, unknown }).toEqual({ wrongPin: DENIED, unknown: DENIED });
    expect(await page.content()).not.toContain(TIP.question);
    await page.getByLabel('受付番号（例: T-20261120-0042）').fill(receipt);
    await page.getByLabel('暗証番号').fill(TIP.pin);
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByTestId('tipster-questions').getByText(TIP.question).waitFor();
    // The tipster sees the questions, never the tip's handling or their own content.
    const tipsterHtml = await page.content();
    expect(tipsterHtml).not.toContain(TIP.content);
    expect(tipsterHtml).not.toContain('対象事案情報');
    await page.getByLabel('追加の情報').fill(TIP.answer);
    await page.getByRole('button', { name: '送信する' }).click();
    await page.getByText('追加の情報を受け付けました。').waitFor();
    await page.getByTestId('tipster-questions').getByText('回答済み').waitFor();
    await shot(page, '06-tipster-answered');
    await page.context().close();

    // 4. npa.tipdesk reads the answer and forwards to 甲県警察本部.
    page = await newPage();
    await login(page, 'npa.tipdesk');
    await openTip(page, receipt);
    await page.getByTestId('tip-additional').getByText(TIP.answer).waitFor();
    await page.getByLabel('転送先の警察本部').selectOption({ label: '甲県警察本部' });
    await page.getByRole('button', { name: '転送する' }).click();
    await page.getByTestId('tip-triage').getByText('甲県警察本部').waitFor();
    await shot(page, '07-desk-forwarded');
    await logout(page);

    // 5. hq.coordinator of 甲県: the forwarded tip, the reward group 非表示, then a case from it.
    page = await newPage();
    await login(page, 'hq.coordinator');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '転送された通報' }).click();
    await page.getByRole('heading', { name: '転送された通報' }).waitFor();
    await page.getByTestId('tip-list').getByRole('link', { name: receipt }).waitFor();
    await openTip(page, receipt);
    expect(await page.getByTestId('tip-basic').innerText()).toContain(TIP.content);
    await page.getByTestId('tip-additional').getByText(TIP.answer).waitFor();
    const reward = page.getByTestId('tip-reward');
    for (const field of ['selfIdentification', 'wantsReward', 'disqualifications', 'rewardAmount']) {
      const cell = reward.locator(`[data-field="${field}"] [data-redacted="true"]`);
      expect({ field, text: ((await cell.textContent()) ?? '').startsWith('非表示') }).toEqual({ field, text: true });
      expect(await cell.getAttribute('title')).toBe('この項目は貴機関には表示されません');
    }
    let html = await page.content();
    expect(html).not.toContain(TIP.self);
    expect(html).not.toContain(TIP.pin);
    // No desk actions for the prefecture.
    expect(html).not.toContain('分類を保存');
    expect(html).not.toContain('情報料の決定');
    expect(html).not.toContain('転送する');
    await shot(page, '08-hq-forwarded-redacted');

    await page.getByLabel('プラットフォーム（例: X）').fill('X');
    await page.getByLabel('投稿のURL').fill('https://x.example.com/yami_browser_88/status/7391');
    await page.getByLabel('投稿の本文').fill('【高収入】受け子募集 詳しくはDMで');
    await page.getByLabel('投稿者のアカウント（任意）').fill('@yami_browser_88');
    await page.getByRole('button', { name: '事件を作成する' }).click();
    await page.getByText(/事件 .+ を作成しました。/).waitFor();
    await page.getByTestId('tip-triage').getByRole('link', { name: '事件を開く' }).waitFor();
    html = await page.content();
    expect(html).not.toContain(TIP.self);
    await shot(page, '09-hq-case-opened');

    // The case exists, carries the receipt number and belongs to the coordinator's HQ.
    const [row] = (await t.dataSource.query(
      `SELECT c.type, p.tip_receipt_number, tp.case_id = c.id AS linked FROM tips tp JOIN cases c ON c.id = tp.case_id JOIN recruitment_posts p ON p.case_id = c.id WHERE tp.receipt_number = $1`,
      [receipt],
    )) as { type: string; tip_receipt_number: string; linked: boolean }[];
    expect(row).toEqual({ type: 'RECRUITMENT_POST', tip_receipt_number: receipt, linked: true });
    await logout(page);
  });

  it('the tipster page: five wrong PINs lock the receipt number, and the page says so (for an unknown number too)', async () => {
    const page = await newPage();
    await page.goto(`${base}/tip/status`);
    await page.getByLabel('受付番号（例: T-20261120-0042）').fill('T-20000102-0001');
    for (let i = 0; i < 5; i += 1) {
      await page.getByLabel('暗証番号').fill(`5555000${i}`);
      // One attempt at a time: wait for the server's answer before the next.
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/graphql')), page.getByRole('button', { name: '確認する' }).click()]);
      await page.getByRole('button', { name: '確認する' }).waitFor();
      expect((await page.getByTestId('tipster-error').innerText()).trim()).toBe(DENIED);
    }
    await page.getByLabel('暗証番号').fill('55550009');
    await page.getByRole('button', { name: '確認する' }).click();
    await page.getByText('入力の誤りが続いたため、しばらくの間ご利用いただけません。').waitFor();
    await shot(page, '13-tipster-locked');
    await page.context().close();
  });

  it('tipline.receiver records a phone tip and generates its encrypted report; npa.tipdesk downloads it', async () => {
    const content = '電話で受けた通報 BROWSER-PHONE-2718';
    const passphrase = 'Kaede-Momiji-2026-Aki';

    // The receiver: the phone intake form, the receipt number to read out.
    let page = await newPage();
    await login(page, 'tipline.receiver');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await nav.innerText()).not.toContain('転送された通報');
    await nav.getByRole('link', { name: '電話通報の記録' }).click();
    await page.getByLabel('通報する事案の種別 *').selectOption({ label: '別表4 特殊詐欺' });
    await page.getByLabel('通報内容 *').fill(content);
    await page.getByLabel('緊急の対応が必要な内容です').check();
    await page.getByText('すぐに110番通報してください').first().waitFor();
    await page.getByLabel('暗証番号（数字6〜8桁）*').fill('24681357');
    await page.getByLabel('暗証番号（確認）*').fill('24681357');
    await page.getByRole('button', { name: '通報する' }).click();
    const told = await page.getByTestId('phone-receipt').innerText();
    const receipt = /T-\d{8}-\d{4,}/.exec(told)?.[0];
    expect(receipt).toBeDefined();
    expect(told).toContain('110番');
    await shot(page, '10-receiver-phone-tip');

    // The report: a weak passphrase is refused with the policy, a good one encrypts the file.
    await nav.getByRole('link', { name: '報告書ファイル' }).click();
    await page.getByRole('heading', { name: '警察庁への報告書ファイル' }).waitFor();
    await page.getByLabel('対象の通報').selectOption({ label: receipt! });
    await page.getByLabel('暗証番号（警察庁主管課と取り決めたもの）').fill('aaaaaaaaaaaa');
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByText('暗証番号は12文字以上で、5種類以上の異なる文字を含めてください。').waitFor();
    await page.getByLabel('暗証番号（警察庁主管課と取り決めたもの）').fill(passphrase);
    await page.getByRole('button', { name: '作成する' }).click();
    await page.getByText(/報告書ファイル .+ を作成しました。/).waitFor();
    const files = page.getByTestId('report-files');
    await files.getByRole('cell', { name: receipt!, exact: true }).waitFor();
    // The receiver generates; only 警察庁 downloads. The passphrase is gone from the page.
    expect(await files.getByRole('button', { name: 'ダウンロード' }).count()).toBe(0);
    expect(await page.content()).not.toContain(passphrase);
    await shot(page, '11-receiver-report-generated');
    await nav.getByRole('link', { name: '情報料支払台帳' }).click();
    await page.getByTestId('ledger-totals').waitFor();
    await logout(page);

    // 警察庁: the list with the encryption note, the download, then received.
    page = await newPage();
    await login(page, 'npa.tipdesk');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '報告書ファイル' }).click();
    // The screen is loaded on first use: wait for it before reading the page.
    await page.getByTestId('report-files').waitFor();
    expect(await page.locator('main').innerText()).toContain('復号の暗証番号は受託者');
    const row = page.getByTestId('report-files').locator('tr', { hasText: receipt! });
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'ダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`${receipt}\\.xlsx\\.enc$`));
    await row.getByText('未受領').waitFor({ state: 'detached' });
    await shot(page, '12-desk-report-downloaded');
    await logout(page);
  });
});
