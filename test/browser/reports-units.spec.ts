import { emptyDraft, splitList, validateReport, type ReportDraft } from '../../apps/web/src/components/reports/validation';
import { lastMonths } from '../../apps/web/src/components/reports/months';
import { fileName } from '../../apps/web/src/components/reports/file-name';

// The activity report form's checks (mirroring libs/reports' input rules), the dashboard's
// month windows and the export file name, in plain jest.

const TODAY = '2026-11-22';
const valid = (): ReportDraft => ({
  ...emptyDraft(),
  kind: 'OUTREACH',
  activityDate: '2026-11-18',
  place: '  甲市中央公民館  ',
  counts: { participants: '5', foreignResidentsReached: '31', interpreters: '', inspections: '0', arrests: '' },
  languages: 'やさしい日本語、ベトナム語, 英語\nネパール語',
  partnerAgencies: '甲市国際交流協会',
});

describe('web client: activity report form checks', () => {
  it('builds the server input: trimmed place, blank counts as 0, lists split on 、 , and new lines', () => {
    const { errors, input } = validateReport(valid(), TODAY);
    expect(errors).toEqual({});
    expect(input).toEqual({
      kind: 'OUTREACH',
      activityDate: '2026-11-18',
      place: '甲市中央公民館',
      participants: 5,
      foreignResidentsReached: 31,
      interpreters: 0,
      inspections: 0,
      arrests: 0,
      languages: ['やさしい日本語', 'ベトナム語', '英語', 'ネパール語'],
      partnerAgencies: ['甲市国際交流協会'],
      notes: '',
    });
  });

  it('names every missing required field in Japanese, in form order', () => {
    const { errors, input } = validateReport({ ...emptyDraft(), place: '   ' }, TODAY);
    expect(input).toBeNull();
    expect(Object.entries(errors)).toEqual([
      ['kind', '施策の種別を選択してください。'],
      ['activityDate', '実施日を入力してください。'],
      ['place', '実施場所を入力してください。'],
    ]);
  });

  it('refuses a future date (Tokyo), an impossible date, and counts outside 0..100000 or not whole', () => {
    expect(validateReport({ ...valid(), activityDate: '2026-11-23' }, TODAY).errors.activityDate).toBe('実施日に未来の日付は入力できません。');
    expect(validateReport({ ...valid(), activityDate: TODAY }, TODAY).errors).toEqual({});
    expect(validateReport({ ...valid(), activityDate: '2026-02-30' }, TODAY).errors.activityDate).toBe('実施日は正しい日付を入力してください。');
    for (const bad of ['-1', '100001', '1.5', 'abc']) {
      expect(validateReport({ ...valid(), counts: { ...valid().counts, arrests: bad } }, TODAY).errors.arrests).toBe('検挙人員は0以上100000以下の整数で入力してください。');
    }
    expect(validateReport({ ...valid(), counts: { ...valid().counts, arrests: '100000' } }, TODAY).input?.arrests).toBe(100000);
  });

  it('bounds the lists and the texts as the server does', () => {
    const many = Array.from({ length: 31 }, (_, i) => `言語${i}`).join('、');
    expect(validateReport({ ...valid(), languages: many }, TODAY).errors.languages).toBe('使用した言語は30件までです。');
    expect(validateReport({ ...valid(), languages: 'あ'.repeat(51) }, TODAY).errors.languages).toBe('使用した言語の各項目は50文字以内で入力してください。');
    expect(validateReport({ ...valid(), partnerAgencies: 'あ'.repeat(201) }, TODAY).errors.partnerAgencies).toBe('連携した関係機関等の各項目は200文字以内で入力してください。');
    expect(validateReport({ ...valid(), place: 'あ'.repeat(201) }, TODAY).errors.place).toBe('実施場所は200文字以内で入力してください。');
    expect(validateReport({ ...valid(), notes: 'x'.repeat(5001) }, TODAY).errors.notes).toBe('備考は5000文字以内で入力してください。');
    expect(splitList(' 、,，\n ')).toEqual([]);
  });
});

describe('web client: dashboard months and export file names', () => {
  it('gives the last six Tokyo months, oldest first, each from 00:00 JST to the next month', () => {
    const months = lastMonths('2026-02-10');
    expect(months.map((m) => m.ym)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    expect(months[5]).toEqual({ ym: '2026-02', from: '2026-01-31T15:00:00.000Z', to: '2026-02-28T15:00:00.000Z' });
  });

  it('reads the Japanese file name (RFC 5987) before the ASCII fallback', () => {
    expect(fileName(`attachment; filename="cases.xlsx"; filename*=UTF-8''${encodeURIComponent('事案一覧_20261122.xlsx')}`)).toBe('事案一覧_20261122.xlsx');
    expect(fileName('attachment; filename="cases.csv"')).toBe('cases.csv');
    expect(fileName(null)).toBeNull();
  });
});
