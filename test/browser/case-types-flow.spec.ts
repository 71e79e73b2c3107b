import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * The recruitment-post flow through two agencies in a real browser (Debian's chromium, driven by
 * playwright-core) against the real API serving a fresh build of the client: 中央署 files a post
 * (with the Japanese validation messages), refers it to the labour bureau, and adds a comment for
 * all parties with an attachment and a police-only comment; the labour bureau's liaison sees its
 * task, the shared comment and file (downloaded with its token), 非表示 for the police-only
 * fields and none of their values anywhere in the page, and answers; the station reads the answer
 * on the timeline. A screenshot of each step goes to test/artifacts/browser/case-types-NN-*.png.
 */
const REDACTED_TOOLTIP = 'この項目は貴機関には表示されません';

// What this test files. The police-only values are checked for absence from the liaison's HTML.
const POST = {
  platform: 'X',
  url: 'https://x.example.com/fukuoka_job/status/1790000000000777001',
  text: '【即日即金】荷物を運ぶだけ 日給5万円 ホワイト案件（ブラウザ試験）',
  handle: '@browser_job_777',
  tip: 'T-20261122-0777',
  phone: '090-3141-5927',
};
const SUSPECT = '乙川 次郎（ブラウザ試験）';
const SHARED_COMMENT = '労働局へ: 同一アカウントの求人投稿を確認願います（ブラウザ試験）';
const POLICE_COMMENT = '警察内部: 被疑者の携帯電話を照会予定（ブラウザ試験）';
const FILE_NAME = '投稿の画面保存.pdf';
const FILE = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('募集投稿の画面保存（ブラウザ試験）')]);
const ANSWER = '職業安定法に基づき事業者へ指導予定です（ブラウザ試験）';
const EVIDENCE = '送金先口座の取引記録 CSV 3件（ブラウザ試験で受領）';

jest.setTimeout(180_000);

describe('web client: recruitment post through station and labour bureau in a browser', () => {
  let t: TestApp;
  let h: BrowserHarness;
  let base: string;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t, base } = h);
  });

  afterAll(() => h?.close());

  async function login(username: string): Promise<Page> {
    const page = await h.newPage();
    await h.login(page, username);
    return page;
  }

  const logout = (page: Page) => h.logout(page);

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `case-types-${name}.png`), fullPage: true });

  it('station files and shares, the labour bureau answers without seeing police-only data, the station reads the answer', async () => {
    // 1. The station: one 新規登録 entry, then the choice of case type.
    let page = await login('chuo.manager');
    const nav = page.getByRole('navigation', { name: 'メインメニュー' });
    await nav.getByRole('link', { name: '新規登録', exact: true }).click();
    const choice = page.getByTestId('case-type-choice');
    for (const type of ['犯罪実行者募集情報', '悪質な電話転送サービス事業者', '外国捜査機関への証拠提供要請', '帰国する在留外国人の口座・携帯電話']) {
      await choice.getByRole('link', { name: type }).waitFor();
    }
    await shot(page, '01-station-choose-type');

    // 2. The recruitment form: Japanese validation messages mirroring the server's rules.
    await choice.getByRole('link', { name: '犯罪実行者募集情報' }).click();
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByTestId('filing-errors').waitFor();
    const form = page.getByTestId('recruitment-form');
    expect(await form.innerText()).toContain('SNS・掲示板を入力してください。');
    expect(await form.innerText()).toContain('URLを入力してください。');
    expect(await form.innerText()).toContain('投稿本文を入力してください。');
    // Focus lands on the first invalid field.
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('fr-platform');
    await page.getByLabel('URL').fill('x.example.com/abc');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('URLは http:// または https:// から始まる形式で入力してください。').waitFor();
    await shot(page, '02-station-recruitment-validation');

    await page.getByLabel('SNS・掲示板').fill(POST.platform);
    await page.getByLabel('URL').fill(POST.url);
    await page.getByLabel('投稿者アカウント').fill(POST.handle);
    await page.getByLabel('端緒').selectOption({ label: '匿名通報' });
    await page.getByLabel('匿名通報の受付番号').fill(POST.tip);
    await page.getByLabel('投稿本文').fill(POST.text);
    await page.getByRole('button', { name: '電話番号を追加' }).click();
    const phone = page.getByTestId('phone-0');
    await phone.getByLabel('電話番号').fill(POST.phone);
    await phone.getByLabel('通信事業者').selectOption({ label: '甲テレコム' });
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText(/事案 甲-2026-\d{6} を登録しました。/).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    const post = page.getByTestId('recruitment-post');
    expect(await post.innerText()).toContain(POST.tip);
    expect(await post.innerText()).toContain('即日即金'); // a matched keyword
    expect(await page.getByTestId('recruitment-contacts').innerText()).toContain(POST.phone);
    // The state transitions this user may take, from availableTransitions.
    await page.getByTestId('case-transitions').getByRole('button', { name: '精査済みにする' }).waitFor();

    // The investigation (police only) is recorded through the API: the client has no form for it yet.
    const [{ version }] = await t.dataSource.query('SELECT version FROM recruitment_posts WHERE case_id = $1', [caseId]);
    const inv = await t.gqlAs('chuo.manager', 'mutation($i: UpdateRecruitmentInvestigationInput!) { updateRecruitmentInvestigation(input: $i) { id } }', {
      i: { caseId, version, suspectIdentity: SUSPECT },
    });
    expect(inv.body.errors).toBeUndefined();
    await page.reload();
    await post.getByText(SUSPECT).waitFor();

    // 3. The referral to the labour bureau, then a comment for all parties with a file, and a police-only comment.
    await page.getByRole('button', { name: '労働局へ通報（職業安定法第63条）' }).click();
    await page.getByText('労働局への依頼を作成しました。').waitFor();
    await page.getByTestId('case-tasks').getByText('甲労働局').waitFor();

    const comment = page.getByTestId('comment-form');
    await comment.getByRole('button', { name: 'コメントを追加' }).click();
    await comment.getByText('コメントを入力してください。').waitFor();
    await comment.getByLabel('閲覧範囲').selectOption({ label: '全関係機関' });
    await comment.getByLabel('コメント', { exact: true }).fill(SHARED_COMMENT);
    await comment.getByLabel('ファイル').setInputFiles({ name: FILE_NAME, mimeType: 'application/pdf', buffer: FILE });
    await comment.getByRole('button', { name: 'コメントを追加' }).click();
    await comment.getByText(`コメントを追加しました。 ${FILE_NAME} を添付しました。`).waitFor();
    await comment.getByLabel('閲覧範囲').selectOption({ label: '警察のみ' });
    await comment.getByLabel('コメント', { exact: true }).fill(POLICE_COMMENT);
    await comment.getByRole('button', { name: 'コメントを追加' }).click();
    await page.getByTestId('case-comments').getByText(POLICE_COMMENT).waitFor();
    expect(await page.getByTestId('case-comments').innerText()).toContain(SHARED_COMMENT);
    await page.getByTestId('case-attachments').getByRole('button', { name: `${FILE_NAME} をダウンロード` }).waitFor();
    await shot(page, '03-station-case-shared');
    await logout(page);

    // 4. 甲労働局: its inbox, the task, the case as the bureau may see it, the shared comment and file.
    const labourTasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string; kind: string }[] } }>('labour.liaison', '{ myTasks { nodes { id caseId kind } } }');
    const taskId = labourTasks.body.data!.myTasks.nodes.find((x) => x.caseId === caseId && x.kind === 'LABOUR_REFERRAL')!.id;
    page = await login('labour.liaison');
    expect(new URL(page.url()).pathname).toBe('/tasks');
    expect(await page.getByRole('navigation', { name: 'メインメニュー' }).innerText()).not.toMatch(/事案一覧|新規登録/);
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${taskId}"]`).click();
    await page.getByRole('heading', { name: '職業安定法第63条に基づく通報（犯罪実行者募集情報）' }).waitFor();
    const caseBox = page.getByTestId('task-case');
    await caseBox.getByText(POST.url).waitFor();
    expect(await caseBox.innerText()).toContain(POST.handle);
    for (const field of ['suspectIdentity', 'tipReceiptNumber']) {
      const cell = caseBox.locator(`[data-field="${field}"] dd`);
      expect(await cell.innerText()).toContain('非表示');
      expect(await cell.locator('[data-redacted="true"]').getAttribute('title')).toBe(REDACTED_TOOLTIP);
    }
    await page.getByTestId('case-comments').getByText(SHARED_COMMENT).waitFor();
    await page.getByTestId('case-attachments').getByRole('button', { name: `${FILE_NAME} をダウンロード` }).waitFor();
    // Nothing police-only anywhere in the page, hidden text included.
    const html = await page.content();
    for (const secret of [SUSPECT, POST.tip, POLICE_COMMENT]) expect(html).not.toContain(secret);
    await shot(page, '04-labour-task');

    // The file, downloaded with the bureau's token as a Blob.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `${FILE_NAME} をダウンロード` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    expect(readFileSync((await download.path())!)).toEqual(FILE);

    // 4b. The bureau keeps its 職安法63条 status current (on the post's version shown).
    const labour = page.getByTestId('labour-status');
    expect(await labour.locator('[data-field="labourReferralStatus"] dd').innerText()).toContain('通報済み');
    await labour.getByRole('button', { name: '状況を更新する' }).click();
    await labour.getByText('状況を選択してください。').waitFor();
    await labour.getByLabel('新しい状況').selectOption({ label: '措置済み' });
    await labour.getByRole('button', { name: '状況を更新する' }).click();
    await labour.getByText('職安法第63条通報の状況を更新しました。').waitFor();
    await labour.locator('[data-field="labourReferralStatus"] dd', { hasText: '措置済み' }).waitFor();
    const [{ labour_referral_status: stored }] = await t.dataSource.query('SELECT labour_referral_status FROM recruitment_posts WHERE case_id = $1', [caseId]);
    expect(stored).toBe('ACTION_TAKEN');
    expect(await page.content()).not.toContain(SUSPECT);
    await shot(page, '04b-labour-referral-status');

    // 5. The answer: its validation message, then the answer itself.
    const answer = page.getByTestId('generic-answer');
    await answer.getByRole('button', { name: '回答する' }).click();
    await answer.getByText('回答内容を入力してください。').waitFor();
    await answer.getByLabel('回答内容').fill(ANSWER);
    await answer.getByRole('button', { name: '回答する' }).click();
    await page.getByTestId('task-answer').getByText('この依頼は完了しています。').waitFor();
    expect(await page.getByTestId('task-detail').innerText()).toContain(ANSWER);
    await shot(page, '05-labour-answered');
    await logout(page);

    // 6. The station reads the answer on the timeline.
    page = await login('chuo.manager');
    await page.goto(`${base}/cases/${caseId}`);
    const answered = page.getByTestId('case-timeline').locator('li[data-event="task.answered"]');
    await answered.waitFor();
    expect(await answered.innerText()).toContain('甲労働局');
    expect(await answered.innerText()).toContain(ANSWER);
    // ...and the status the bureau set.
    expect(await page.getByTestId('recruitment-post').locator('[data-field="labourReferralStatus"] dd').innerText()).toContain('措置済み');
    await shot(page, '06-station-timeline-answer');
    await logout(page);
  });

  it('station files a call-forwarding provider and requests suspension; the carrier answers its own number only', async () => {
    const VICTIM = '丙野 花子（ブラウザ試験）';
    let page = await login('chuo.manager');
    await page.goto(`${base}/cases/new/call-forwarding`);
    await page.getByRole('heading', { name: '新規登録: 悪質な電話転送サービス事業者' }).waitFor();
    // A 法人番号 whose check digit fails is refused unless recorded as presented.
    await page.getByRole('textbox', { name: '事業者名', exact: true }).fill('株式会社ブラウザ転送');
    await page.getByLabel('法人番号', { exact: true }).fill('8010403012345');
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText('法人番号の検査用数字が一致しません。').waitFor();
    expect(await page.getByTestId('forwarding-form').innerText()).toContain('通信事業者を選択してください。');
    await shot(page, '07-station-forwarding-validation');
    await page.getByLabel('法人番号', { exact: true }).fill('7010403012345');
    const n0 = page.getByTestId('number-0');
    await n0.getByLabel('電話番号').fill('03-6777-0101');
    await n0.getByLabel('通信事業者').selectOption({ label: '甲テレコム' });
    await page.getByRole('button', { name: '電話番号を追加' }).click();
    const n1 = page.getByTestId('number-1');
    await n1.getByLabel('電話番号').fill('050-6777-0202');
    await n1.getByLabel('通信事業者').selectOption({ label: '乙モバイル' });
    await page.getByRole('button', { name: '被害を追加' }).click();
    await page.getByTestId('damage-0').getByLabel('被害額（円）').fill('1,500,000');
    await page.getByTestId('damage-0').getByLabel('被害者').fill(VICTIM);
    await page.getByRole('button', { name: '登録する' }).click();
    await page.getByText(/事案 甲-2026-\d{6} を登録しました。/).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getByTestId('forwarding-damages').innerText()).toContain(VICTIM);
    await page.getByRole('button', { name: '利用停止等要請を作成（通信事業者ごと）' }).click();
    await page.getByText('利用停止等要請を 2 件作成しました。').waitFor();
    await shot(page, '08-station-forwarding-requested');
    await logout(page);

    const carrierTasks = await t.gqlAs<{ myTasks: { nodes: { id: string; caseId: string }[] } }>('kotel.liaison', '{ myTasks { nodes { id caseId } } }');
    const taskId = carrierTasks.body.data!.myTasks.nodes.find((x) => x.caseId === caseId)!.id;
    page = await login('kotel.liaison');
    await page.getByTestId('task-inbox').locator(`a[href="/tasks/${taskId}"]`).click();
    const numbers = page.getByTestId('forwarding-numbers');
    await numbers.getByText('03-6777-0101').waitFor();
    const html = await page.content();
    for (const secret of ['050-6777-0202', '+815067770202', VICTIM, '1,500,000']) expect(html).not.toContain(secret);
    const row = page.locator('form.answer-row');
    expect(await row.count()).toBe(1);
    await row.getByRole('button', { name: 'この番号を回答する' }).click();
    await row.getByText('結果を選択してください。').waitFor();
    await row.getByLabel('利用停止等要請の結果').selectOption({ label: '利用停止' });
    await row.getByLabel('停止日').fill('2026-11-21');
    await row.getByRole('button', { name: 'この番号を回答する' }).click();
    // Its only number answered: the task is answered.
    await page.getByTestId('task-answer').getByText('この依頼は完了しています。').waitFor();
    expect(await numbers.innerText()).toContain('利用停止（令和8年11月21日）');
    await shot(page, '09-carrier-suspension-answered');
    await logout(page);
  });

  it('station drafts a foreign evidence request; HQ approves; 警察庁 sends it abroad and records the evidence received', async () => {
    let page = await login('chuo.manager');
    await page.goto(`${base}/cases/new/evidence-request`);
    await page.getByRole('button', { name: '起案する' }).click();
    const form = page.getByTestId('evidence-form');
    await form.getByText('要請の経路を選択してください。').waitFor();
    expect(await form.innerText()).toContain('要請事項を入力してください。');
    await page.getByLabel('国（英字2文字、例: VN）').fill('V1');
    await page.getByRole('button', { name: '起案する' }).click();
    await form.getByText('国は英字2文字（例: VN）で入力してください。').waitFor();
    await page.getByLabel('要請の経路').selectOption({ label: 'ICPO（国際刑事警察機構）' });
    await page.getByLabel('国（英字2文字、例: VN）').fill('vn');
    await page.getByLabel('外国の捜査機関').fill('Ministry of Public Security (browser test)');
    await page.getByLabel('罪名').fill('詐欺');
    await page.getByLabel('要請事項').fill('送金先口座の取引記録（ブラウザ試験）');
    await page.getByRole('button', { name: '起案する' }).click();
    await page.getByText(/事案 甲-2026-\d{6} を登録しました。/).waitFor();
    const caseId = new URL(page.url()).pathname.split('/').pop()!;
    const request = page.getByTestId('evidence-request');
    expect(await request.innerText()).toContain('送金先口座の取引記録（ブラウザ試験）');
    expect(await request.innerText()).toContain('VN');
    // The station may not approve: only HQ's transition exists, and not for the station.
    expect(await page.getByTestId('case-transitions').count()).toBe(0);
    await shot(page, '10-station-evidence-drafted');
    await logout(page);

    page = await login('hq.director');
    await page.goto(`${base}/cases/${caseId}`);
    await page.getByTestId('case-transitions').getByRole('button', { name: '本部長承認' }).click();
    await page.getByText('状態を変更しました。').waitFor();
    await page.locator('[data-field="state"] dd', { hasText: '本部長承認済み' }).waitFor();
    await page.getByTestId('case-transitions').getByRole('button', { name: '警察庁へ送付' }).waitFor();
    await shot(page, '11-hq-evidence-approved');
    await logout(page);

    // HQ sends it to 警察庁 through the API; 警察庁 takes it from there in the browser.
    const caseVersion = async () => (await t.gqlAs<{ case: { version: number } }>('hq.coordinator', 'query($id: ID!) { case(id: $id) { version } }', { id: caseId })).body.data!.case.version;
    const sent = await t.gqlAs('hq.director', 'mutation($i: TransitionCaseInput!) { transitionCase(input: $i) { state } }', { i: { caseId, version: await caseVersion(), transition: 'sendToNpa' } });
    expect(sent.body.errors).toBeUndefined();

    page = await login('npa.tipdesk');
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '事案一覧' }).click();
    const list = page.getByTestId('case-list');
    await list.locator(`a[href="/cases/${caseId}"]`).waitFor();
    // Only evidence requests: none of the other cases of this prefecture is listed.
    const others: { id: string }[] = await t.dataSource.query(`SELECT id FROM cases WHERE type <> 'FOREIGN_EVIDENCE_REQUEST'`);
    const listHtml = await list.innerHTML();
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(listHtml).not.toContain(o.id);
    expect(listHtml).not.toContain('犯罪実行者募集情報');
    await shot(page, '12-npa-case-list');
    await list.locator(`a[href="/cases/${caseId}"]`).click();
    const transitions = page.getByTestId('case-transitions');
    await transitions.getByRole('button', { name: '外国へ送付' }).click();
    await page.locator('[data-field="state"] dd', { hasText: '外国へ送付済み' }).waitFor();
    await transitions.getByRole('button', { name: '受領確認を記録' }).click();
    await page.locator('[data-field="sentAbroadAt"] dd').filter({ hasText: /令和|2026/ }).waitFor();
    await page.getByTestId('evidence-request').locator('[data-field="acknowledgedAt"] dd').filter({ hasText: /令和|2026/ }).waitFor();

    // The received evidence: a labelled form with its validation message, then the record.
    const received = page.getByTestId('evidence-received');
    await received.getByRole('button', { name: '受領した証拠を記録する' }).click();
    await received.getByText('受領した証拠を入力してください。').waitFor();
    await received.getByLabel('受領した証拠（内容・形式・件数など）').fill(EVIDENCE);
    await received.getByLabel('受領日時').fill('2026-11-20T10:30');
    await received.getByRole('button', { name: '受領した証拠を記録する' }).click();
    await received.getByText('受領した証拠を記録しました。').waitFor();
    expect(await received.locator('[data-field="receivedEvidence"] dd').innerText()).toContain(EVIDENCE);
    expect(await received.locator('[data-field="receivedAt"] dd').innerText()).toContain('10:30');
    const [row] = await t.dataSource.query('SELECT received_evidence, received_at FROM evidence_requests WHERE case_id = $1', [caseId]);
    expect(row.received_evidence).toBe(EVIDENCE);
    expect(new Date(row.received_at).toISOString()).toBe('2026-11-20T01:30:00.000Z');
    await page.getByTestId('case-timeline').locator('li[data-event="evidenceRequest.evidenceReceived"]', { hasText: '受領した証拠を記録' }).waitFor();
    await shot(page, '13-npa-evidence-received');
    await logout(page);
  });
});
