import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { TestApp } from '../setup/test-app';
import { SHOTS, startBrowserHarness, type BrowserHarness } from './harness';

/**
 * The administrator's and the auditor's screens in a real browser: admin revokes
 * sakura.liaison's sessions (her open page returns to the login page on its next request),
 * registers a webhook endpoint and sees the signing secret once; the auditor finds the
 * revocation in the audit log, and the audit page carries no case values.
 */
const HOOK_URL = 'https://hooks.admin-flow.example/renkei';

jest.setTimeout(120_000);

describe('web client: administrator and auditor screens in a browser', () => {
  let t: TestApp;
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await startBrowserHarness();
    ({ t } = h);
  });

  afterAll(() => h?.close());

  const newPage = () => h.newPage();

  const login = (page: Page, username: string) => h.login(page, username);

  it('admin revokes sessions and registers a webhook; the auditor finds the revocation and no case values', async () => {
    // sakura.liaison is signed in in her own browser.
    const bank = await newPage();
    await login(bank, 'sakura.liaison');
    await bank.getByTestId('task-inbox').waitFor();

    // 1. admin: the three screens, nothing else.
    const admin = await newPage();
    await login(admin, 'admin');
    expect(new URL(admin.url()).pathname).toBe('/admin/users');
    const nav = admin.getByRole('navigation', { name: 'メインメニュー' });
    const navText = await nav.innerText();
    for (const item of ['利用者', '組織', 'Webhook 送信先']) expect(navText).toContain(item);
    expect(navText).not.toMatch(/事案一覧|ダッシュボード|監査ログ|依頼一覧/);
    const row = admin.locator('[data-testid="user-list"] tr[data-username="sakura.liaison"]');
    await row.waitFor();
    expect(await admin.locator('main').innerText()).not.toContain('準備中');
    expect(await row.innerText()).toContain('さくら銀行');
    expect(await row.innerText()).toContain('連絡担当者');
    await admin.screenshot({ path: join(SHOTS, 'admin-01-users.png'), fullPage: true });

    // 2. Revoke, with a confirmation first (cancel does nothing).
    await row.getByRole('button', { name: /セッションを失効/ }).click();
    const confirm = admin.getByTestId('revoke-confirm');
    expect(await confirm.innerText()).toContain('sakura.liaison のすべてのセッションを失効させます');
    await admin.screenshot({ path: join(SHOTS, 'admin-02-revoke-confirm.png'), fullPage: true });
    await confirm.getByRole('button', { name: '失効させる' }).click();
    await admin.getByTestId('users-notice').getByText(/sakura\.liaison のセッション [1-9]\d* 件を失効させました。/).waitFor();

    // Her page returns to the login page on its next request.
    await bank.reload();
    await bank.getByRole('heading', { name: 'ログイン' }).waitFor();
    expect(await bank.evaluate<string | null>('sessionStorage.getItem("renkei.session")')).toBeNull();
    await bank.screenshot({ path: join(SHOTS, 'admin-03-liaison-back-to-login.png'), fullPage: true });
    await bank.context().close();

    // Edit with the version shown: midori.liaison is deactivated.
    const midori = admin.locator('[data-testid="user-list"] tr[data-username="midori.liaison"]');
    expect(await midori.innerText()).toContain('有効');
    await midori.getByRole('button', { name: /編集/ }).click();
    const edit = admin.getByTestId('user-edit');
    expect(await edit.innerText()).toMatch(/版 \d+ をもとに更新します/);
    await edit.getByLabel('有効（チェックを外すと停止し、セッションも失効します）').uncheck();
    await edit.getByRole('button', { name: '保存' }).click();
    await admin.getByTestId('users-notice').getByText('保存しました。').waitFor();
    await midori.getByText('停止').waitFor();
    const [midoriRow] = await t.dataSource.query(`SELECT active FROM users WHERE username = 'midori.liaison'`);
    expect(midoriRow.active).toBe(false);

    // 3. 組織.
    await nav.getByRole('link', { name: '組織' }).click();
    const agencies = await admin.getByTestId('agency-list').innerText();
    expect(agencies).toContain('さくら銀行');
    expect(agencies).toContain('金融機関');
    await admin.screenshot({ path: join(SHOTS, 'admin-04-agencies.png'), fullPage: true });

    // 4. Webhook: validation, then the secret shown once.
    await nav.getByRole('link', { name: 'Webhook 送信先' }).click();
    const form = admin.getByTestId('webhook-form');
    await form.getByRole('button', { name: '登録する' }).click();
    expect(await form.innerText()).toContain('送信先 URL を入力してください。');
    await form.getByLabel('送信先 URL（https）').fill(HOOK_URL);
    await form.getByLabel('イベント（カンマ区切り、例: cases.task.created）').fill('cases.task.created, cases.task.overdue');
    await form.getByRole('button', { name: '登録する' }).click();
    const secretBox = admin.getByTestId('webhook-secret');
    await secretBox.waitFor();
    expect(await secretBox.innerText()).toContain('二度と表示されません');
    const secret = (await admin.getByTestId('webhook-secret-value').innerText()).trim();
    expect(secret.length).toBeGreaterThanOrEqual(16);
    await admin.getByTestId('webhook-list').getByText(HOOK_URL).waitFor();
    await admin.screenshot({ path: join(SHOTS, 'admin-05-webhook-secret-once.png'), fullPage: true });
    await admin.reload();
    await admin.getByTestId('webhook-list').getByText(HOOK_URL).waitFor();
    expect(await admin.content()).not.toContain(secret);
    await admin.screenshot({ path: join(SHOTS, 'admin-06-webhook-after-reload.png'), fullPage: true });
    await admin.context().close();

    // 5. auditor: 監査ログ only; the revocation found by action.
    const auditor = await newPage();
    await login(auditor, 'auditor');
    expect(new URL(auditor.url()).pathname).toBe('/audit');
    const auditorNav = await auditor.getByRole('navigation', { name: 'メインメニュー' }).innerText();
    expect(auditorNav).toContain('監査ログ');
    expect(auditorNav).not.toMatch(/利用者|組織|Webhook|事案一覧|ダッシュボード/);
    await auditor.getByTestId('audit-log').waitFor();
    // An action on a user is filed under that user's prefecture: 甲県's auditor sees who ended the
    // sessions of 甲県's investigator, but not those of the bank's liaison (a national agency: no
    // prefecture; 警察庁's auditors read those).
    const [{ id: investigatorId }] = await t.dataSource.query(`SELECT id::text FROM users WHERE username = 'chuo.investigator'`);
    const revoked = await t.gqlAs('admin', `mutation($id: ID!) { revokeUserSessions(userId: $id) }`, { id: investigatorId });
    expect(revoked.body.errors).toBeUndefined();
    const stored = await t.dataSource.query(
      `SELECT a.subject_id, a.prefecture_id IS NULL AS national FROM audit_log a WHERE a.action = 'identity.sessions.revoked' ORDER BY a.id`,
    );
    expect(stored).toEqual([
      { subject_id: expect.any(String), national: true },
      { subject_id: investigatorId, national: false },
    ]);
    const actionField = auditor.getByLabel('操作（例: identity.sessions.revoked）');
    await actionField.fill('identity.sessions.revoked');
    await auditor.getByRole('button', { name: '検索' }).click();
    const revocationRows = auditor.locator('[data-testid="audit-log"] tbody tr[data-action="identity.sessions.revoked"]');
    await revocationRows.first().waitFor();
    expect(await revocationRows.count()).toBe(1);
    expect(await auditor.getByTestId('audit-log').innerText()).toContain(investigatorId);
    await auditor.screenshot({ path: join(SHOTS, 'admin-07-audit-revocation.png'), fullPage: true });
    // An action inside its prefecture: logins of 甲県's users (the auditor's own among them).
    await actionField.fill('identity.login');
    await auditor.getByRole('button', { name: '検索' }).click();
    const loginRow = auditor.locator('[data-testid="audit-log"] tr[data-action="identity.login"]');
    await loginRow.first().waitFor();
    expect(await auditor.getByTestId('audit-log').innerText()).toContain('auditor');
    expect(await auditor.getByTestId('audit-log').innerText()).toContain('成功');
    // Only that action is listed, and no entry of the bank or the admin (outside the prefecture).
    expect(await auditor.locator('[data-testid="audit-log"] tbody tr:not([data-action="identity.login"])').count()).toBe(0);
    expect(await auditor.getByTestId('audit-log').innerText()).not.toMatch(/sakura\.liaison|\badmin\b/);
    await auditor.screenshot({ path: join(SHOTS, 'admin-08-audit-by-action.png'), fullPage: true });

    // The unfiltered log: no case content anywhere in the page.
    await auditor.getByRole('button', { name: '条件をクリア' }).click();
    await auditor.getByTestId('audit-log').waitFor();
    await auditor.screenshot({ path: join(SHOTS, 'admin-09-audit-log.png'), fullPage: true });
    const html = await auditor.content();
    for (const value of ['NGUYEN VAN AN', 'グエン', '7301245', secret]) expect({ value, present: html.includes(value) }).toEqual({ value, present: false });
    await auditor.context().close();
  });
});
