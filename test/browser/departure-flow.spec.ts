import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { READ_SESSION, SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * The departure flow through three roles in a real browser (Debian's chromium driven by
 * playwright-core) against the real API serving the freshly built web client:
 * 推進本部 looks at the dashboard, the station files a case with a さくら銀行 account and a
 * phone, the bank's liaison sees its task with 非表示 where it may not look and answers its
 * row, and the dashboard reflects it. A screenshot of each step goes to test/artifacts/browser/.
 */
const REDACTED_TOOLTIP = 'この項目は貴機関には表示されません';
const readSession = READ_SESSION;

// The person filed in this test: every value the bank must not see is checked for absence.
const PERSON = {
  romaji: 'TRAN THI BINH',
  kana: 'チャン・ティ・ビン',
  card: 'AB31415926CD',
  address: '甲県甲市北町9-8-7 コーポ北 305',
  statusOfResidence: '技術・人文知識・国際業務',
  riskNote: 'SNSで口座の譲渡を持ち掛けられた疑い（ブラウザ試験）',
  account: '4455667',
  phone: '090-2718-2818',
};

jest.setTimeout(180_000);

describe('web client: departure flow in a browser', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;
  let filedCaseId: string | undefined;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
  });

  afterAll(() => h?.close());

  const newPage = () => h.newPage();

  const login = (page: Page, username: string) => h.login(page, username);

  const logout = (page: Page) => h.logout(page);

  async function dashboardFigures(page: Page): Promise<{ departureOpen: number; onTime: number }> {
    await page.getByRole('heading', { name: '横断状況ダッシュボード' }).waitFor();
    await page.getByTestId('compliance').waitFor();
    const departure = page.locator('[data-case-type="DEPARTING_RESIDENT"] tr[data-state="OPEN"] .bar-value');
    const departureOpen = (await departure.count()) ? Number(await departure.innerText()) : 0;
    const onTime = Number(await page.locator('[data-figure="answeredOnTime"] dd').innerText());
    return { departureOpen, onTime };
  }

  it('station files, the bank answers with 非表示 where it may not look, HQ sees it on the dashboard', async () => {
    // 0. 推進本部: the dashboard before (its home page).
    let page = await newPage();
    await login(page, 'hq.director');
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    const before = await dashboardFigures(page);
    await page.screenshot({ path: join(SHOTS, '00-hq-dashboard-before.png'), fullPage: true });
    await logout(page);

    // 1. The station: case list, then the filing form with Japanese validation messages.
    page = await newPage();
    await login(page, 'chuo.manager');
    expect(new URL(page.url()).pathname).toBe('/cases');
    await page.getByTestId('case-list').getByText('帰国予定の在留外国人（NGUYEN VAN AN）').waitFor();
    // The station's navigation, and not HQ's.
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    expect(await nav.innerText()).not.toContain('ダッシュボード');
    await page.screenshot({ path: join(SHOTS, '01-station-case-list.png'), fullPage: true });

    await nav.getByRole('link', { name: '新規登録', exact: true }).click();
    await page.getByTestId('case-type-choice').getByRole('link', { name: '帰国する在留外国人の口座・携帯電話' }).click();
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByTestId('filing-errors').waitFor();
    const form = await page.locator('form.filing').innerText();
    expect(form).toContain('氏名（ローマ字）を入力してください。');
    expect(form).toContain('在留カード番号を入力してください。');
    expect(form).toContain('金融機関を選択してください。');
    await page.getByLabel('在留カード番号').fill('12345');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('在留カード番号は英字2桁・数字8桁・英字2桁').waitFor();
    await page.screenshot({ path: join(SHOTS, '02-station-filing-validation.png'), fullPage: true });

    await page.getByLabel('氏名（ローマ字）').fill(PERSON.romaji);
    await page.getByLabel('氏名（カナ）').fill(PERSON.kana);
    await page.getByLabel('生年月日').fill('1999-05-06');
    await page.getByLabel('在留カード番号').fill(PERSON.card);
    await page.getByLabel('国籍').fill('VN');
    await page.getByLabel('在留資格').fill(PERSON.statusOfResidence);
    await page.getByLabel('住所').fill(PERSON.address);
    await page.getByLabel('在留期間満了日').fill('2027-01-15');
    await page.getByLabel('出国予定日').fill('2027-01-20');
    const account = page.getByTestId('account-0');
    await account.getByLabel('金融機関').selectOption({ label: 'さくら銀行' });
    await account.getByLabel('支店').fill('駅前支店');
    await account.getByLabel('口座番号').fill(PERSON.account);
    const contract = page.getByTestId('contract-0');
    await contract.getByLabel('通信事業者').selectOption({ label: '甲テレコム' });
    await contract.getByLabel('電話番号').fill(PERSON.phone);
    await page.getByLabel('警察のリスク情報（口座売買の疑いなど）').fill(PERSON.riskNote);
    await page.getByRole('button', { name: '登録する' }).click();

    await page.getByText(/事案 甲-2026-\d{6} を登録しました。/).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    filedCaseId = caseId;
    const tasks = await page.getByTestId('case-tasks').innerText();
    expect(tasks).toContain('さくら銀行');
    expect(tasks).toContain('甲テレコム');
    expect(tasks).toContain('東京出入国在留管理局');
    expect(await page.locator('main').innerText()).toContain(PERSON.phone); // E.164 shown as written
    // The police see everything they filed, the risk note included.
    expect(await page.locator('main').innerText()).toContain(PERSON.riskNote);
    await page.screenshot({ path: join(SHOTS, '03-station-case-filed.png'), fullPage: true });
    await logout(page);

    // 2. さくら銀行: the inbox, the task with 非表示 where the bank may not look, the answer.
    const bankTasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string }[] } }>('sakura.liaison', '{ myTasks { nodes { id caseId } } }');
    const taskId = bankTasks.body.data!.myTasks.nodes.find((x) => x.caseId === caseId)!.id;
    page = await newPage();
    await login(page, 'sakura.liaison');
    expect(new URL(page.url()).pathname).toBe('/tasks');
    const inbox = page.getByTestId('task-inbox');
    await inbox.waitFor();
    expect(await inbox.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByRole('navigation', { name: 'メインメニュー' }).innerText()).not.toMatch(/事案一覧|ダッシュボード|新規登録/);
    await page.screenshot({ path: join(SHOTS, '04-bank-task-inbox.png'), fullPage: true });

    await inbox.locator(`a[href="/tasks/${taskId}"]`).click();
    const caseBox = page.getByTestId('task-case');
    await caseBox.getByText(PERSON.romaji).waitFor();
    const seen = await caseBox.innerText();
    expect(seen).toContain(PERSON.kana);
    expect(seen).toContain('********26CD'); // masked as the server gives it
    expect(seen).toContain('駅前支店');
    expect(seen).toContain(PERSON.account); // its own account
    for (const field of ['nationality', 'statusOfResidence', 'address', 'title']) {
      const cell = caseBox.locator(`[data-field="${field}"] dd`);
      expect(await cell.innerText()).toContain('非表示');
      const redacted = cell.locator('[data-redacted="true"]');
      expect(await redacted.getAttribute('title')).toBe(REDACTED_TOOLTIP);
      const describedBy = await redacted.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(REDACTED_TOOLTIP);
    }
    // Nothing the bank may not see is anywhere in the page, hidden text included.
    const html = await page.content();
    for (const secret of [PERSON.card, PERSON.address, PERSON.statusOfResidence, PERSON.riskNote, PERSON.phone, '09027182818', '甲テレコム']) {
      expect(html).not.toContain(secret);
    }
    await page.screenshot({ path: join(SHOTS, '05-bank-task-detail.png'), fullPage: true });

    // Keyboard reaches the 非表示 explanation.
    await caseBox.locator('[data-field="address"] [data-redacted="true"]').focus();
    await page.screenshot({ path: join(SHOTS, '05b-bank-redacted-tooltip.png') });

    const row = page.locator('form.answer-row');
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'この行を回答する' }).click();
    await row.getByText('状態を選択してください。').waitFor();
    await row.getByLabel('状態').selectOption({ label: '凍結' });
    await row.getByLabel('根拠（例: 犯収法第4条第2項）').fill('犯罪収益移転防止法第4条第2項');
    await row.getByRole('button', { name: 'この行を回答する' }).click();
    await row.getByText('回答しました。').waitFor();
    // Every row answered: the task itself is answered.
    await page.locator('[data-field="state"] dd', { hasText: '回答済み' }).first().waitFor();
    await row.getByText('回答済み: 凍結').waitFor();
    await page.screenshot({ path: join(SHOTS, '06-bank-answered.png'), fullPage: true });
    await logout(page);

    // 3. 推進本部: the dashboard reflects the new case and the answer on time.
    page = await newPage();
    await login(page, 'hq.director');
    await page.locator('[data-case-type="DEPARTING_RESIDENT"] tr[data-state="OPEN"] .bar-value', { hasText: String(before.departureOpen + 1) }).waitFor();
    await page.locator('[data-figure="answeredOnTime"] dd', { hasText: String(before.onTime + 1) }).waitFor();
    const after = await dashboardFigures(page);
    expect(after).toEqual({ departureOpen: before.departureOpen + 1, onTime: before.onTime + 1 });
    await page.screenshot({ path: join(SHOTS, '07-hq-dashboard-after.png'), fullPage: true });
    await logout(page);
  });

  it('the carrier answers per number and sees none of the bank\'s rows', async () => {
    expect(filedCaseId).toBeDefined();
    const carrierTasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string }[] } }>('kotel.liaison', '{ myTasks { nodes { id caseId } } }');
    const taskId = carrierTasks.body.data!.myTasks.nodes.find((x) => x.caseId === filedCaseId)!.id;
    const page = await newPage();
    await login(page, 'kotel.liaison');
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${taskId}"]`).click();
    const caseBox = page.getByTestId('task-case');
    await caseBox.getByText(PERSON.romaji).waitFor();
    expect(await caseBox.innerText()).toContain(PERSON.phone);
    const html = await page.content();
    for (const secret of [PERSON.account, '駅前支店', 'さくら銀行', PERSON.card, PERSON.address, PERSON.riskNote]) {
      expect(html).not.toContain(secret);
    }
    const row = page.locator('form.answer-row');
    expect(await row.count()).toBe(1);
    expect(await row.locator('legend').innerText()).toContain(PERSON.phone);
    await row.getByLabel('状態').selectOption({ label: '解約' });
    await row.getByLabel('根拠（例: 犯収法第4条第2項）').fill('携帯電話不正利用防止法第11条');
    await row.getByRole('button', { name: 'この行を回答する' }).click();
    await row.getByText('回答済み: 解約').waitFor();
    await page.screenshot({ path: join(SHOTS, '08-carrier-answered.png'), fullPage: true });
    await logout(page);
  });

  it('a session the server no longer accepts returns to the login page', async () => {
    const page = await newPage();
    await login(page, 'chuo.manager');
    await page.getByTestId('case-list').waitFor();
    const stored = await page.evaluate<string | null>(readSession);
    const token = (JSON.parse(stored!) as { accessToken: string }).accessToken;
    // The session is revoked elsewhere (as a logout in another tab would).
    const revoked = await t.gql<{ logout: boolean }>('mutation { logout }', {}, token);
    expect(revoked.body.data?.logout).toBe(true);
    // The next request to the server (a reload asks for `me` from the network; a page served from
    // Apollo's cache would not ask at all until the 30 s notification poll) is refused.
    await page.reload();
    await page.getByText('セッションの有効期限が切れました。再度ログインしてください。').waitFor();
    expect(await page.evaluate<string | null>(readSession)).toBeNull();
    expect(await page.locator('body').innerText()).not.toContain('NGUYEN VAN AN');
    await page.context().close();
  });

  it('serves the client for client routes, but never in place of the API', async () => {
    const html = await fetch(`${base}/tasks/00000000-0000-0000-0000-000000000000`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('<div id="root">');
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");

    const health = await fetch(`${base}/health`, { headers: { accept: 'text/html' } });
    expect(await health.text()).not.toContain('<div id="root">');
    const gql = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await gql.text()).not.toContain('<div id="root">');
    // Every REST route of the API, opened in a browser tab, reaches the API (401/404), never the page.
    for (const route of ['/exports/nothing/download', '/tip-reports/nothing/download', '/attachments/nothing', '/departure-imports', '/forwarding-imports']) {
      const res = await fetch(`${base}${route}`, { headers: { accept: 'text/html' } });
      expect({ route, page: (await res.text()).includes('<div id="root">') }).toEqual({ route, page: false });
    }
    // An asset that does not exist is a 404, not the page.
    const missing = await fetch(`${base}/assets/missing.js`);
    expect(missing.status).toBe(404);
    // No path escapes the build folder.
    const escape = await fetch(`${base}/..%2f..%2fpackage.json`);
    expect(await escape.text()).not.toContain('"name": "renkei"');
  });
});
