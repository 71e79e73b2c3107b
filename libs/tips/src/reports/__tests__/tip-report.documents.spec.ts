import { Workbook, type Worksheet } from 'exceljs';
import { RewardPaymentMethod, TipCategory, TipChannel, TipClassification } from '@renkei/core';
import {
  buildAdditionalInformationReport,
  buildDailyIntakeReport,
  buildMonthlyBusinessReport,
  buildTipReport,
  formatEraDate,
  formatEraDateTime,
  reportFileName,
  tipReportForm,
} from '../tip-report.documents';
import { decryptReport, encryptReport } from '../tip-report.crypto';
import { TipReportError, TipReportErrorCode } from '../tip-report.errors';
import { TipReportForm, type TipReportInput, type TipSummary } from '../tip-report.types';

const META = { generatedAt: new Date('2026-11-21T00:30:00Z'), contractorName: '株式会社サンプル受託' };

const TARGET_TIP: TipReportInput = {
  receiptNumber: 'T-20261120-0042',
  receivedAt: new Date('2026-11-20T01:05:00Z'), // 10:05 JST
  channel: TipChannel.PHONE,
  category: TipCategory.SPECIAL_FRAUD,
  classification: TipClassification.TARGET,
  urgent: true,
  urgentReportedAt: new Date('2026-11-20T01:20:00Z'),
  content: '「高額バイト」と称して受け子を募集する投稿があり、明日11時に○○駅で現金を受け取る予定と聞いた。',
  rewardWanted: true,
  eligibility: [
    { question: '当該通報に係る事案等の被疑者ではないか', answer: 'NO' },
    { question: '警察職員ではないか', answer: 'UNKNOWN' },
  ],
  receiverNotes: '具体性が高い。',
};

async function sheetOf(xlsx: Buffer): Promise<Worksheet> {
  const workbook = new Workbook();
  await workbook.xlsx.load(xlsx as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

/** Every row as plain values, empty rows left out. */
function rows(sheet: Worksheet): unknown[][] {
  const all: unknown[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    all.push(values.map((v) => (v === undefined || v === null ? '' : v)));
  });
  return all;
}

/** Column B of the first row whose column A is `label`. */
function valueOf(sheet: Worksheet, label: string): unknown {
  const row = rows(sheet).find((r) => r[0] === label);
  if (!row) throw new Error(`no row labelled ${label}`);
  return row[1];
}

/** The data rows of the table whose heading row starts with `heading`, up to the next empty row. */
function tableAfter(sheet: Worksheet, heading: string): unknown[][] {
  const found: unknown[][] = [];
  let state: 'before' | 'in' | 'after' = 'before';
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1);
    if (state === 'before' && values[0] === heading && values.length >= 2 && values.every((v) => typeof v === 'string')) {
      state = 'in';
      return;
    }
    if (state === 'in' && values.filter((v) => v !== undefined && v !== null && v !== '').length === 0) state = 'after';
    if (state === 'in') found.push(values);
  });
  return found;
}

function allText(sheet: Worksheet): string {
  return JSON.stringify(rows(sheet));
}

async function expectInvalid(run: () => Promise<unknown>): Promise<void> {
  await expect(run()).rejects.toMatchObject({ tipReportCode: TipReportErrorCode.INVALID_INPUT });
}

describe('tip report documents (別記様式第1号〜第5号)', () => {
  it('formats dates in JST with the Japanese era', () => {
    expect(formatEraDate(new Date('2026-11-20T01:00:00Z'))).toBe('令和8年11月20日');
    // 23:30 UTC on the 19th is already the 20th in Tokyo
    expect(formatEraDate(new Date('2026-11-19T23:30:00Z'))).toBe('令和8年11月20日');
    expect(formatEraDateTime(new Date('2026-11-20T01:05:00Z'))).toBe('令和8年11月20日 10時05分');
    expect(formatEraDate(new Date('2019-05-01T03:00:00Z'))).toBe('令和元年5月1日');
    expect(formatEraDate(new Date('2019-04-30T03:00:00Z'))).toBe('平成31年4月30日');
  });

  it('様式第1号 通報報告書 for a TARGET tip: receipt number, era date, Japanese labels, eligibility', async () => {
    expect(tipReportForm(TARGET_TIP)).toBe(TipReportForm.TIP);
    const sheet = await sheetOf(await buildTipReport(TARGET_TIP, META));
    expect(sheet.name).toBe('様式第1号');
    expect(rows(sheet)[0][0]).toBe('別記様式第1号');
    expect(rows(sheet)[1][0]).toBe('通報報告書');
    expect(valueOf(sheet, '作成日時')).toBe('令和8年11月21日 09時30分');
    expect(valueOf(sheet, '受託者')).toBe('株式会社サンプル受託');
    expect(valueOf(sheet, '受付番号')).toBe('T-20261120-0042');
    expect(valueOf(sheet, '受付日時')).toBe('令和8年11月20日 10時05分');
    expect(valueOf(sheet, '受付方法')).toBe('電話');
    expect(valueOf(sheet, '対象事案の区分')).toBe('特殊詐欺');
    expect(valueOf(sheet, '分類')).toBe('対象事案情報');
    expect(valueOf(sheet, '緊急性')).toBe('緊急');
    expect(valueOf(sheet, '警察庁への至急報告')).toBe('令和8年11月20日 10時20分');
    expect(valueOf(sheet, '通報内容')).toBe(TARGET_TIP.content);
    expect(valueOf(sheet, '情報料の受領意思')).toBe('あり');
    expect(tableAfter(sheet, '不適格者該当性の確認事項')).toEqual([
      ['当該通報に係る事案等の被疑者ではないか', '非該当'],
      ['警察職員ではないか', '未確認'],
    ]);
    expect(valueOf(sheet, '所見')).toBe('具体性が高い。');
    // the enum values never leak into the Japanese form
    expect(allText(sheet)).not.toMatch(/SPECIAL_FRAUD|PHONE|TARGET|UNKNOWN/);
  });

  it('様式第2号 参考情報報告書 for a REFERENCE tip and for a tip not yet classified', async () => {
    const reference = { ...TARGET_TIP, classification: TipClassification.REFERENCE, urgent: false, rewardWanted: false, channel: TipChannel.WEB, category: TipCategory.ONLINE_CASINO };
    const sheet = await sheetOf(await buildTipReport(reference, META));
    expect(sheet.name).toBe('様式第2号');
    expect(rows(sheet)[1][0]).toBe('参考情報報告書');
    expect(valueOf(sheet, '分類')).toBe('参考情報');
    expect(valueOf(sheet, '受付方法')).toBe('インターネット');
    expect(valueOf(sheet, '対象事案の区分')).toBe('オンラインカジノ賭博事犯');
    expect(valueOf(sheet, '緊急性')).toBe('通常');
    expect(valueOf(sheet, '情報料の受領意思')).toBe('なし');
    expect(allText(sheet)).not.toContain('警察庁への至急報告');
    expect(allText(sheet)).not.toContain('通報報告書"');

    const unclassified = { ...TARGET_TIP, classification: null, category: null, rewardWanted: null, eligibility: [], receiverNotes: null };
    expect(tipReportForm(unclassified)).toBe(TipReportForm.REFERENCE);
    const first = await sheetOf(await buildTipReport(unclassified, META));
    expect(rows(first)[1][0]).toBe('参考情報報告書');
    expect(valueOf(first, '分類')).toBe('未分類');
    expect(valueOf(first, '対象事案の区分')).toBe('区分なし');
    expect(valueOf(first, '情報料の受領意思')).toBe('未確認');
    expect(valueOf(first, '不適格者該当性の確認')).toBe('未確認');
  });

  it('keeps hostile text as text: control characters replaced, formulas not evaluated, long text split', async () => {
    const long = 'あ'.repeat(40_000);
    const sheet = await sheetOf(
      await buildTipReport({ ...TARGET_TIP, content: `=HYPERLINK("http://evil")\u0000\u0007x`, receiverNotes: long }, META),
    );
    expect(valueOf(sheet, '通報内容')).toBe('=HYPERLINK("http://evil")\uFFFD\uFFFDx');
    const notes = rows(sheet).filter((r) => r[0] === '所見' || r[0] === '所見（続き）');
    expect(notes.map((r) => r[0])).toEqual(['所見', '所見（続き）']);
    expect(notes.map((r) => r[1]).join('')).toBe(long);
  });

  it('様式第3号 追加情報報告書: receipt number, the question asked, the information, era date, channel', async () => {
    const sheet = await sheetOf(
      await buildAdditionalInformationReport(
        {
          receiptNumber: 'T-20261120-0042',
          sequence: 2,
          question: '受け渡し場所の詳細をお知らせください。',
          information: '○○駅の東口ロータリー付近。',
          receivedAt: new Date('2026-11-24T06:10:00Z'),
          channel: TipChannel.WEB,
        },
        META,
      ),
    );
    expect(sheet.name).toBe('様式第3号');
    expect(rows(sheet)[1][0]).toBe('追加情報報告書');
    expect(valueOf(sheet, '受付番号')).toBe('T-20261120-0042');
    expect(valueOf(sheet, '追加情報の番号')).toBe('第2報');
    expect(valueOf(sheet, '受付日時')).toBe('令和8年11月24日 15時10分');
    expect(valueOf(sheet, '受付方法')).toBe('インターネット');
    expect(valueOf(sheet, '追加情報の求めの内容')).toBe('受け渡し場所の詳細をお知らせください。');
    expect(valueOf(sheet, '追加された情報')).toBe('○○駅の東口ロータリー付近。');
    await expectInvalid(() =>
      buildAdditionalInformationReport({ receiptNumber: 'T-1', sequence: 0, question: null, information: 'x', receivedAt: new Date(), channel: TipChannel.WEB }, META),
    );
  });

  const DAY: TipSummary[] = [
    { receiptNumber: 'T-20261120-0043', receivedAt: new Date('2026-11-20T05:00:00Z'), channel: TipChannel.WEB, category: TipCategory.DRUGS, classification: null, urgent: false },
    { receiptNumber: 'T-20261120-0042', receivedAt: new Date('2026-11-20T01:05:00Z'), channel: TipChannel.PHONE, category: TipCategory.SPECIAL_FRAUD, classification: TipClassification.TARGET, urgent: true },
    { receiptNumber: 'T-20261120-0044', receivedAt: new Date('2026-11-20T14:59:00Z'), channel: TipChannel.WEB, category: TipCategory.SPECIAL_FRAUD, classification: TipClassification.REFERENCE, urgent: false },
    { receiptNumber: 'T-20261120-0041', receivedAt: new Date('2026-11-19T15:00:00Z'), channel: TipChannel.WEB, category: null, classification: null, urgent: false },
  ];

  it('様式第4号 受付状況報告書: counts by channel and category, urgent count, the day list in time order', async () => {
    const sheet = await sheetOf(
      await buildDailyIntakeReport(
        { date: '2026-11-20', tips: DAY, additionalInformation: [{ receiptNumber: 'T-20261101-0003', receivedAt: new Date('2026-11-20T02:00:00Z'), channel: TipChannel.WEB }] },
        META,
      ),
    );
    expect(sheet.name).toBe('様式第4号');
    expect(rows(sheet)[1][0]).toBe('受付状況報告書');
    expect(valueOf(sheet, '対象日')).toBe('令和8年11月20日');
    expect(valueOf(sheet, '通報の受付件数')).toBe(4);
    expect(valueOf(sheet, 'うち緊急')).toBe(1);
    expect(valueOf(sheet, '追加情報の受付件数')).toBe(1);
    const byCategory = tableAfter(sheet, '区分');
    expect(byCategory).toContainEqual(['特殊詐欺', 1, 1, 2]);
    expect(byCategory).toContainEqual(['薬物事犯', 0, 1, 1]);
    expect(byCategory).toContainEqual(['拳銃事犯', 0, 0, 0]);
    expect(byCategory).toContainEqual(['区分なし', 0, 1, 1]);
    expect(byCategory[byCategory.length - 1]).toEqual(['合計', 1, 3, 4]);
    expect(byCategory).toHaveLength(9 + 1 + 1);
    const list = tableAfter(sheet, '受付番号');
    expect(list.map((r) => r[0])).toEqual(['T-20261120-0041', 'T-20261120-0042', 'T-20261120-0043', 'T-20261120-0044']);
    expect(list[0]).toEqual(['T-20261120-0041', '00:00', 'インターネット', '区分なし', '未分類', '']);
    expect(list[1]).toEqual(['T-20261120-0042', '10:05', '電話', '特殊詐欺', '対象事案情報', '緊急']);
    expect(list[3]).toEqual(['T-20261120-0044', '23:59', 'インターネット', '特殊詐欺', '参考情報', '']);
  });

  it('様式第4号 refuses a tip of another JST day and a malformed date', async () => {
    const nextDay = { ...DAY[0], receivedAt: new Date('2026-11-20T15:00:00Z') }; // 00:00 JST on the 21st
    await expectInvalid(() => buildDailyIntakeReport({ date: '2026-11-20', tips: [nextDay], additionalInformation: [] }, META));
    await expectInvalid(() => buildDailyIntakeReport({ date: '2026-02-30', tips: [], additionalInformation: [] }, META));
    await expectInvalid(() => buildDailyIntakeReport({ date: '20261120', tips: [], additionalInformation: [] }, META));
  });

  it('様式第5号 業務報告書: counts by category, channel, classification, rewards and removals', async () => {
    const month: TipSummary[] = [
      ...DAY,
      { receiptNumber: 'T-20261103-0001', receivedAt: new Date('2026-11-03T02:00:00Z'), channel: TipChannel.PHONE, category: TipCategory.FIREARMS, classification: TipClassification.TARGET, urgent: false },
    ];
    const sheet = await sheetOf(
      await buildMonthlyBusinessReport(
        {
          month: '2026-11',
          tips: month,
          additionalInformationCount: 3,
          rewardsDecided: [
            { receiptNumber: 'T-20260801-0007', decidedAt: new Date('2026-11-10T03:00:00Z'), amount: 100_000 },
            { receiptNumber: 'T-20260915-0002', decidedAt: new Date('2026-11-12T03:00:00Z'), amount: 50_000 },
          ],
          rewardsPaid: [
            { receiptNumber: 'T-20260701-0001', paidAt: new Date('2026-11-05T03:00:00Z'), amount: 300_000, method: RewardPaymentMethod.TRANSFER, costs: 440 },
            { receiptNumber: 'T-20260801-0007', paidAt: new Date('2026-11-25T03:00:00Z'), amount: 100_000, method: RewardPaymentMethod.CASH, costs: 0 },
          ],
          removals: [
            { receiptNumber: 'T-20251101-0005', list: 'REWARD_NOTICE', postedAt: new Date('2025-11-01T03:00:00Z'), removedAt: new Date('2026-11-02T03:00:00Z') },
            { receiptNumber: 'T-20261001-0009', list: 'ADDITIONAL_INFORMATION_REQUEST', postedAt: new Date('2026-10-05T03:00:00Z'), removedAt: new Date('2026-11-06T03:00:00Z') },
          ],
        },
        META,
      ),
    );
    expect(sheet.name).toBe('様式第5号');
    expect(rows(sheet)[1][0]).toBe('業務報告書');
    expect(valueOf(sheet, '対象月')).toBe('令和8年11月');
    expect(valueOf(sheet, '通報の受付件数')).toBe(5);
    expect(valueOf(sheet, '追加情報の受付件数')).toBe(3);
    const byCategory = tableAfter(sheet, '区分');
    expect(byCategory).toContainEqual(['拳銃事犯', 1, 0, 1]);
    expect(byCategory[byCategory.length - 1]).toEqual(['合計', 2, 3, 5]);
    expect(tableAfter(sheet, '分類')).toEqual([
      ['対象事案情報', 2],
      ['参考情報', 1],
      ['未分類', 2],
      ['合計', 5],
    ]);
    expect(valueOf(sheet, '支払決定件数')).toBe(2);
    expect(valueOf(sheet, '支払決定額（円）')).toBe(150_000);
    expect(valueOf(sheet, '支払件数')).toBe(2);
    expect(valueOf(sheet, '支払額（円）')).toBe(400_000);
    expect(valueOf(sheet, '支払に要した費用（円）')).toBe(440);
    expect(tableAfter(sheet, '支払方法')).toEqual([
      ['現金交付', 1, 100_000, 0],
      ['口座振込', 1, 300_000, 440],
      ['現金郵送', 0, 0, 0],
    ]);
    expect(valueOf(sheet, '情報料支払通知の掲載削除（件）')).toBe(1);
    expect(valueOf(sheet, '追加情報の求めの掲載削除（件）')).toBe(1);
    const text = allText(sheet);
    expect(text).toContain('T-20251101-0005');
    expect(text).toContain('令和7年11月1日');
    expect(text).toContain('T-20261001-0009');
  });

  it('様式第5号 refuses entries of another month and amounts that are not whole yen', async () => {
    const base = { month: '2026-11', tips: [], additionalInformationCount: 0, rewardsDecided: [], rewardsPaid: [], removals: [] };
    await expectInvalid(() => buildMonthlyBusinessReport({ ...base, tips: [{ ...DAY[0], receivedAt: new Date('2026-10-31T14:59:00Z') }] }, META));
    await expectInvalid(() => buildMonthlyBusinessReport({ ...base, rewardsDecided: [{ receiptNumber: 'T-1', decidedAt: new Date('2026-11-10T00:00:00Z'), amount: 10.5 }] }, META));
    await expectInvalid(() => buildMonthlyBusinessReport({ ...base, month: '2026-13' }, META));
    // the first JST minute of the month belongs to it
    await expect(buildMonthlyBusinessReport({ ...base, tips: [{ ...DAY[0], receivedAt: new Date('2026-10-31T15:00:00Z') }] }, META)).resolves.toBeInstanceOf(Buffer);
  });

  it('names files in ASCII only, one name per form and subject', () => {
    expect(reportFileName({ form: TipReportForm.TIP, receiptNumber: 'T-20261120-0042' })).toBe('tip-report-1-T-20261120-0042.xlsx.enc');
    expect(reportFileName({ form: TipReportForm.REFERENCE, receiptNumber: 'T-20261120-0042' })).toBe('tip-report-2-T-20261120-0042.xlsx.enc');
    expect(reportFileName({ form: TipReportForm.ADDITIONAL_INFORMATION, receiptNumber: 'T-20261120-0042', sequence: 2 })).toBe('tip-report-3-T-20261120-0042-2.xlsx.enc');
    expect(reportFileName({ form: TipReportForm.DAILY_INTAKE, date: '2026-11-20' })).toBe('tip-report-4-20261120.xlsx.enc');
    expect(reportFileName({ form: TipReportForm.MONTHLY_BUSINESS, month: '2026-11' })).toBe('tip-report-5-202611.xlsx.enc');
    expect(reportFileName({ form: TipReportForm.MONTHLY_BUSINESS, month: '2026-11' }, { encrypted: false })).toBe('tip-report-5-202611.xlsx');
    expect(reportFileName({ form: TipReportForm.TIP, receiptNumber: '../../etc/受付 1' })).toBe('tip-report-1-______etc____1.xlsx.enc');
    expect(() => reportFileName({ form: TipReportForm.DAILY_INTAKE, date: '2026/11/20' })).toThrow(TipReportError);
  });

  it('an encrypted report decrypts to the same workbook with the right passphrase and not with a wrong one', async () => {
    const xlsx = await buildTipReport(TARGET_TIP, META);
    const file = encryptReport(xlsx, { passphrase: '警察庁と合意した暗証番号2026' });
    expect(file.includes(Buffer.from('T-20261120-0042'))).toBe(false);
    const sheet = await sheetOf(decryptReport(file, { passphrase: '警察庁と合意した暗証番号2026' }));
    expect(valueOf(sheet, '受付番号')).toBe('T-20261120-0042');
    expect(() => decryptReport(file, { passphrase: '警察庁と合意した暗証番号2025' })).toThrow(
      expect.objectContaining({ tipReportCode: TipReportErrorCode.DECRYPTION_FAILED }),
    );
  });
});
