import { Workbook, type Worksheet } from 'exceljs';
import { TIP_CATEGORY_JA, TipCategory, TipChannel, TipClassification, RewardPaymentMethod } from '@renkei/core';
import { TipReportError, TipReportErrorCode } from './tip-report.errors';
import {
  NO_CATEGORY_JA,
  REWARD_PAYMENT_METHOD_JA,
  TIP_CHANNEL_JA,
  TIP_CLASSIFICATION_JA,
  TIP_REPORT_FORM_TITLE_JA,
  TipReportForm,
  UNCLASSIFIED_JA,
  type AdditionalInformationReportInput,
  type DailyIntakeReportInput,
  type EligibilityAnswer,
  type MonthlyBusinessReportInput,
  type TipReportFileRef,
  type TipReportInput,
  type TipReportMeta,
  type TipSummary,
} from './tip-report.types';

/**
 * The report files to 警察庁 (seed 003 第7条, 別記様式第1号〜第5号) as .xlsx, from plain input.
 * Pure: no database, no Nest; the caller encrypts the result (tip-report.crypto.ts).
 * Layout: row 1 the form number, row 2 the title, then 提出先 / 作成日時 (/ 受託者), then the
 * body: label in column A and value in column B, or a table with a heading row.
 */

const TIME_ZONE = 'Asia/Tokyo';
/** 警察庁主管課 (seed 003 第2条第6号) */
const ADDRESSEE = '警察庁刑事局組織犯罪対策部組織犯罪対策第一課';
/** Excel refuses a cell longer than 32,767 characters: longer text continues on the next rows. */
const CELL_MAX = 32_000;

// The Japanese era comes from ICU (ja-JP-u-ca-japanese), not from a hand-written era table.
const ERA_DATE = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: TIME_ZONE });
const ERA_MONTH = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', timeZone: TIME_ZONE });
const TIME = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });
const JST_YMD = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE });

/** 令和8年11月20日 (JST) */
export function formatEraDate(at: Date): string {
  return ERA_DATE.format(at);
}

/** 令和8年11月20日 10時00分 (JST) */
export function formatEraDateTime(at: Date): string {
  const [hour, minute] = TIME.format(at).split(':');
  return `${ERA_DATE.format(at)} ${hour}時${minute}分`;
}

/** The JST calendar date of an instant, YYYY-MM-DD. */
export function jstDate(at: Date): string {
  return JST_YMD.format(at);
}

/** 様式第1号 for a TARGET tip, 様式第2号 for a REFERENCE or not yet classified one. */
export function tipReportForm(tip: Pick<TipReportInput, 'classification'>): TipReportForm.TIP | TipReportForm.REFERENCE {
  return tip.classification === TipClassification.TARGET ? TipReportForm.TIP : TipReportForm.REFERENCE;
}

/** 様式第1号 通報報告書 or 様式第2号 参考情報報告書 for one tip. */
export async function buildTipReport(tip: TipReportInput, meta: TipReportMeta): Promise<Buffer> {
  const form = tipReportForm(tip);
  const { workbook, sheet } = newReport(form, meta);
  section(sheet, '通報の概要');
  field(sheet, '受付番号', tip.receiptNumber);
  field(sheet, '受付日時', formatEraDateTime(tip.receivedAt));
  field(sheet, '受付方法', TIP_CHANNEL_JA[tip.channel]);
  field(sheet, '対象事案の区分', categoryLabel(tip.category));
  field(sheet, '分類', classificationLabel(tip.classification));
  field(sheet, '緊急性', tip.urgent ? '緊急' : '通常');
  if (tip.urgent) field(sheet, '警察庁への至急報告', tip.urgentReportedAt ? formatEraDateTime(tip.urgentReportedAt) : '未報告');
  section(sheet, '通報の内容');
  field(sheet, '通報内容', tip.content);
  section(sheet, '情報料');
  field(sheet, '情報料の受領意思', tip.rewardWanted === null ? '未確認' : tip.rewardWanted ? 'あり' : 'なし');
  eligibility(sheet, tip.eligibility);
  section(sheet, '受付者の所見');
  field(sheet, '所見', tip.receiverNotes ?? '');
  return write(workbook);
}

/** 様式第3号 追加情報報告書 for one piece of additional information. */
export async function buildAdditionalInformationReport(input: AdditionalInformationReportInput, meta: TipReportMeta): Promise<Buffer> {
  if (!Number.isInteger(input.sequence) || input.sequence < 1) invalid('sequence', 'not a positive integer');
  const { workbook, sheet } = newReport(TipReportForm.ADDITIONAL_INFORMATION, meta);
  section(sheet, '追加情報');
  field(sheet, '受付番号', input.receiptNumber);
  field(sheet, '追加情報の番号', `第${input.sequence}報`);
  field(sheet, '受付日時', formatEraDateTime(input.receivedAt));
  field(sheet, '受付方法', TIP_CHANNEL_JA[input.channel]);
  field(sheet, '追加情報の求めの内容', input.question ?? '（求めによらない追加情報）');
  field(sheet, '追加された情報', input.information);
  section(sheet, '受付者の所見');
  field(sheet, '所見', input.receiverNotes ?? '');
  return write(workbook);
}

/** 様式第4号 受付状況報告書 for one JST date. Every count is computed from the list, so they agree. */
export async function buildDailyIntakeReport(input: DailyIntakeReportInput, meta: TipReportMeta): Promise<Buffer> {
  const day = parseDate(input.date);
  for (const tip of input.tips) if (jstDate(tip.receivedAt) !== input.date) invalid('tips', 'a tip received on another day');
  for (const added of input.additionalInformation) if (jstDate(added.receivedAt) !== input.date) invalid('additionalInformation', 'received on another day');
  const { workbook, sheet } = newReport(TipReportForm.DAILY_INTAKE, meta);
  field(sheet, '対象日', formatEraDate(day));
  section(sheet, '受付件数');
  field(sheet, '通報の受付件数', input.tips.length);
  field(sheet, 'うち緊急', input.tips.filter((t) => t.urgent).length);
  field(sheet, '追加情報の受付件数', input.additionalInformation.length);
  section(sheet, '受付方法別・区分別の件数');
  categoryByChannel(sheet, input.tips);
  section(sheet, '受付一覧');
  tipList(sheet, input.tips, 'time');
  if (input.additionalInformation.length > 0) {
    section(sheet, '追加情報一覧');
    table(
      sheet,
      ['受付番号', '受付時刻', '受付方法'],
      sortByTime(input.additionalInformation).map((a) => [a.receiptNumber, TIME.format(a.receivedAt), TIP_CHANNEL_JA[a.channel]]),
    );
  }
  return write(workbook);
}

/** 様式第5号 業務報告書 for one JST month. */
export async function buildMonthlyBusinessReport(input: MonthlyBusinessReportInput, meta: TipReportMeta): Promise<Buffer> {
  const month = parseMonth(input.month);
  const inMonth = (at: Date) => jstDate(at).startsWith(`${input.month}-`);
  if (!input.tips.every((t) => inMonth(t.receivedAt))) invalid('tips', 'a tip received in another month');
  if (!input.rewardsDecided.every((r) => inMonth(r.decidedAt))) invalid('rewardsDecided', 'decided in another month');
  if (!input.rewardsPaid.every((r) => inMonth(r.paidAt))) invalid('rewardsPaid', 'paid in another month');
  if (!input.removals.every((r) => inMonth(r.removedAt))) invalid('removals', 'removed in another month');
  if (!Number.isInteger(input.additionalInformationCount) || input.additionalInformationCount < 0) invalid('additionalInformationCount', 'not a count');
  for (const amount of [...input.rewardsDecided.map((r) => r.amount), ...input.rewardsPaid.flatMap((r) => [r.amount, r.costs])]) {
    if (!Number.isInteger(amount) || amount < 0) invalid('amount', 'not a whole number of yen');
  }

  const { workbook, sheet } = newReport(TipReportForm.MONTHLY_BUSINESS, meta);
  field(sheet, '対象月', formatEraMonth(month));
  section(sheet, '受付状況');
  field(sheet, '通報の受付件数', input.tips.length);
  field(sheet, 'うち緊急', input.tips.filter((t) => t.urgent).length);
  field(sheet, '追加情報の受付件数', input.additionalInformationCount);
  section(sheet, '区分別・受付方法別の件数');
  categoryByChannel(sheet, input.tips);
  section(sheet, '分類別の件数');
  const classes: (TipClassification | null)[] = [TipClassification.TARGET, TipClassification.REFERENCE, null];
  table(sheet, ['分類', '件数'], [
    ...classes.map((c) => [classificationLabel(c), input.tips.filter((t) => t.classification === c).length]),
    ['合計', input.tips.length],
  ]);

  section(sheet, '情報料');
  field(sheet, '支払決定件数', input.rewardsDecided.length);
  field(sheet, '支払決定額（円）', sum(input.rewardsDecided.map((r) => r.amount)));
  field(sheet, '支払件数', input.rewardsPaid.length);
  field(sheet, '支払額（円）', sum(input.rewardsPaid.map((r) => r.amount)));
  field(sheet, '支払に要した費用（円）', sum(input.rewardsPaid.map((r) => r.costs)));
  const methods = [RewardPaymentMethod.CASH, RewardPaymentMethod.TRANSFER, RewardPaymentMethod.POST];
  table(sheet, ['支払方法', '件数', '支払額（円）', '費用（円）'], methods.map((m) => {
    const paid = input.rewardsPaid.filter((r) => r.method === m);
    return [REWARD_PAYMENT_METHOD_JA[m], paid.length, sum(paid.map((r) => r.amount)), sum(paid.map((r) => r.costs))];
  }));
  if (input.rewardsDecided.length > 0) {
    section(sheet, '支払決定一覧');
    table(sheet, ['受付番号', '決定日', '決定額（円）'], sortBy(input.rewardsDecided, (r) => r.decidedAt).map((r) => [r.receiptNumber, formatEraDate(r.decidedAt), r.amount]));
  }
  if (input.rewardsPaid.length > 0) {
    section(sheet, '支払一覧');
    table(
      sheet,
      ['受付番号', '支払日', '支払方法', '支払額（円）', '費用（円）'],
      sortBy(input.rewardsPaid, (r) => r.paidAt).map((r) => [r.receiptNumber, formatEraDate(r.paidAt), REWARD_PAYMENT_METHOD_JA[r.method], r.amount, r.costs]),
    );
  }

  section(sheet, 'ウェブサイト掲載の削除');
  const lists: [MonthlyBusinessReportInput['removals'][number]['list'], string][] = [
    ['REWARD_NOTICE', '情報料支払通知の掲載削除'],
    ['ADDITIONAL_INFORMATION_REQUEST', '追加情報の求めの掲載削除'],
  ];
  for (const [list, heading] of lists) {
    const removed = sortBy(input.removals.filter((r) => r.list === list), (r) => r.removedAt);
    field(sheet, `${heading}（件）`, removed.length);
    if (removed.length > 0) {
      table(sheet, ['受付番号', '掲載日', '削除日'], removed.map((r) => [r.receiptNumber, formatEraDate(r.postedAt), formatEraDate(r.removedAt)]));
    }
  }

  section(sheet, '受付一覧');
  tipList(sheet, input.tips, 'date');
  return write(workbook);
}

/**
 * The download name of a report file: ASCII only, no path characters, e.g.
 * tip-report-1-T-20261120-0042.xlsx.enc, tip-report-3-T-20261120-0042-2.xlsx.enc,
 * tip-report-4-20261120.xlsx.enc, tip-report-5-202611.xlsx.enc.
 */
export function reportFileName(ref: TipReportFileRef, options: { encrypted?: boolean } = {}): string {
  const suffix = options.encrypted === false ? '.xlsx' : '.xlsx.enc';
  switch (ref.form) {
    case TipReportForm.TIP:
    case TipReportForm.REFERENCE:
      return `tip-report-${ref.form}-${safeName(ref.receiptNumber)}${suffix}`;
    case TipReportForm.ADDITIONAL_INFORMATION:
      if (!Number.isInteger(ref.sequence) || ref.sequence < 1) invalid('sequence', 'not a positive integer');
      return `tip-report-3-${safeName(ref.receiptNumber)}-${ref.sequence}${suffix}`;
    case TipReportForm.DAILY_INTAKE:
      parseDate(ref.date);
      return `tip-report-4-${ref.date.replace(/-/g, '')}${suffix}`;
    case TipReportForm.MONTHLY_BUSINESS:
      parseMonth(ref.month);
      return `tip-report-5-${ref.month.replace(/-/g, '')}${suffix}`;
  }
}

// ---- layout helpers ----

function newReport(form: TipReportForm, meta: TipReportMeta): { workbook: Workbook; sheet: Worksheet } {
  const workbook = new Workbook();
  workbook.creator = 'Renkei';
  // Fixed from the input, so the same report built twice is the same workbook.
  workbook.created = meta.generatedAt;
  workbook.modified = meta.generatedAt;
  const sheet = workbook.addWorksheet(`様式第${form}号`, { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = [{ width: 30 }, { width: 60 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  sheet.addRow([`別記様式第${form}号`]);
  const title = sheet.addRow([TIP_REPORT_FORM_TITLE_JA[form]]);
  title.font = { bold: true, size: 16 };
  sheet.addRow(['提出先', `${ADDRESSEE} 御中`]);
  sheet.addRow(['作成日時', formatEraDateTime(meta.generatedAt)]);
  if (meta.contractorName) sheet.addRow(['受託者', clean(meta.contractorName)]);
  return { workbook, sheet };
}

function section(sheet: Worksheet, heading: string): void {
  sheet.addRow([]);
  const row = sheet.addRow([heading]);
  row.font = { bold: true };
  row.getCell(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
}

/** A label/value row; long text continues on rows labelled （続き）. */
function field(sheet: Worksheet, label: string, value: string | number): void {
  if (typeof value === 'number') {
    sheet.addRow([label, value]);
    return;
  }
  chunks(clean(value)).forEach((part, i) => {
    const row = sheet.addRow([i === 0 ? label : `${label}（続き）`, part]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  });
}

function table(sheet: Worksheet, headings: string[], rows: (string | number)[][]): void {
  const head = sheet.addRow(headings);
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? clean(v).slice(0, CELL_MAX) : v)));
}

function eligibility(sheet: Worksheet, answers: EligibilityAnswer[]): void {
  const label: Record<EligibilityAnswer['answer'], string> = { YES: '該当', NO: '非該当', UNKNOWN: '未確認' };
  if (answers.length === 0) {
    field(sheet, '不適格者該当性の確認', '未確認');
    return;
  }
  table(sheet, ['不適格者該当性の確認事項', '回答'], answers.map((a) => [a.question, label[a.answer]]));
}

/** Rows: every category (and 区分なし when present); columns: each channel and the total. */
function categoryByChannel(sheet: Worksheet, tips: TipSummary[]): void {
  const channels = [TipChannel.PHONE, TipChannel.WEB];
  const categories: (TipCategory | null)[] = Object.values(TipCategory);
  if (tips.some((t) => t.category === null)) categories.push(null);
  const count = (category: TipCategory | null, channel?: TipChannel) =>
    tips.filter((t) => t.category === category && (channel === undefined || t.channel === channel)).length;
  table(sheet, ['区分', ...channels.map((c) => TIP_CHANNEL_JA[c]), '計'], [
    ...categories.map((category) => [categoryLabel(category), ...channels.map((c) => count(category, c)), count(category)]),
    ['合計', ...channels.map((c) => tips.filter((t) => t.channel === c).length), tips.length],
  ]);
}

function tipList(sheet: Worksheet, tips: TipSummary[], when: 'time' | 'date'): void {
  const at = (d: Date) => (when === 'time' ? TIME.format(d) : formatEraDateTime(d));
  table(
    sheet,
    ['受付番号', when === 'time' ? '受付時刻' : '受付日時', '受付方法', '区分', '分類', '緊急'],
    sortByTime(tips).map((t) => [t.receiptNumber, at(t.receivedAt), TIP_CHANNEL_JA[t.channel], categoryLabel(t.category), classificationLabel(t.classification), t.urgent ? '緊急' : '']),
  );
}

async function write(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// ---- values ----

function categoryLabel(category: TipCategory | null): string {
  return category === null ? NO_CATEGORY_JA : TIP_CATEGORY_JA[category];
}

function classificationLabel(classification: TipClassification | null): string {
  return classification === null ? UNCLASSIFIED_JA : TIP_CLASSIFICATION_JA[classification];
}

function formatEraMonth(at: Date): string {
  return ERA_MONTH.format(at);
}

/** A JST calendar date as the instant of its noon (safe from any time-zone edge). */
function parseDate(date: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const at = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3], 3)) : null;
  if (!at || jstDate(at) !== date) invalid('date', 'not a YYYY-MM-DD date');
  return at;
}

function parseMonth(month: string): Date {
  if (!/^\d{4}-\d{2}$/.test(month)) invalid('month', 'not a YYYY-MM month');
  return parseDate(`${month}-01`);
}

function invalid(field: string, reason: string): never {
  throw new TipReportError(TipReportErrorCode.INVALID_INPUT, [{ field, reason }]);
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates) would corrupt the file. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Splits text into cell-sized parts without cutting a surrogate pair. */
function chunks(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > CELL_MAX) {
    let cut = CELL_MAX;
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1])) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

function safeName(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9-]/g, '_').slice(0, 64);
  if (safe.length === 0) invalid('receiptNumber', 'empty');
  return safe;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function sortBy<T>(items: T[], at: (item: T) => Date): T[] {
  return [...items].sort((a, b) => at(a).getTime() - at(b).getTime());
}

function sortByTime<T extends { receivedAt: Date }>(items: T[]): T[] {
  return sortBy(items, (i) => i.receivedAt);
}
