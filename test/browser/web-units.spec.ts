import { formatCalendarDate, formatDateTime, formatDue, formatPhone, todayInTokyo, tokyoMidnight } from '../../apps/web/src/lib/format';
import { validateDeparture, type DepartureDraft } from '../../apps/web/src/pages/departure-validation';
import { ja } from '../../apps/web/src/i18n/ja';

// The web client's DOM-free logic, run by the repo's jest: dates in Tokyo with the era, and the
// filing form's Japanese validation.

describe('web client: dates', () => {
  it('shows instants in Asia/Tokyo, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-20T15:30:00Z')).toBe('2026/11/21 00:30');
  });

  it('shows calendar dates with the era, without a time-zone shift', () => {
    expect(formatCalendarDate('2026-12-15')).toBe('令和8年12月15日');
    expect(formatCalendarDate('2019-04-30')).toBe('平成31年4月30日');
    expect(formatCalendarDate('2019-05-01')).toBe('令和元年5月1日');
  });

  it('reads a midnight deadline as the end of the previous day', () => {
    expect(formatDue('2026-11-30T15:00:00Z')).toBe('令和8年11月30日(月)まで');
    expect(formatDue('2026-11-30T06:00:00Z')).toBe('令和8年11月30日(月) 15:00まで');
  });

  it('writes E.164 Japanese numbers the domestic way', () => {
    expect(formatPhone('+819027182818')).toBe('090-2718-2818');
    expect(formatPhone('+815055550202')).toBe('050-5555-0202');
    expect(formatPhone('+81355550101')).toBe('03-5555-0101');
    expect(formatPhone('+84912345678')).toBe('+84912345678');
  });

  it('knows today and midnight in Tokyo', () => {
    expect(todayInTokyo(new Date('2026-11-20T15:30:00Z'))).toBe('2026-11-21');
    expect(tokyoMidnight('2026-11-21')).toBe('2026-11-20T15:00:00.000Z');
  });
});

describe('web client: departure filing validation', () => {
  const draft = (): DepartureDraft => ({
    title: '',
    person: {
      romajiName: 'TRAN THI BINH', kanaName: '', dateOfBirth: '1999-05-06', residenceCardNumber: 'ab31415926cd', nationality: 'vn',
      statusOfResidence: '', address: '', residenceExpiry: '2027-01-15', plannedDeparture: '',
    },
    accounts: [{ bankAgencyId: 'b', branchName: ' 駅前支店 ', accountType: 'ORDINARY', accountNumber: '4455667' }],
    contracts: [{ carrierAgencyId: 'c', number: '090-2718-2818', contractType: 'VOICE' }],
    riskNote: '',
  });

  it('builds the input, trimmed and normalised, when the draft is valid', () => {
    const { errors, input } = validateDeparture(draft());
    expect(errors).toEqual({});
    expect(input?.person.residenceCardNumber).toBe('AB31415926CD');
    expect(input?.person.nationality).toBe('VN');
    expect(input?.person.kanaName).toBeUndefined();
    expect(input?.accounts?.[0]?.branchName).toBe('駅前支店');
  });

  it('names every problem in Japanese, keyed by field', () => {
    const d = draft();
    d.person.romajiName = ' ';
    d.person.dateOfBirth = '2026-02-30';
    d.person.residenceCardNumber = '12345';
    d.person.nationality = 'VNM';
    d.accounts[0] = { bankAgencyId: '', branchName: '', accountType: 'ORDINARY', accountNumber: '12-34' };
    d.contracts[0].number = 'abc';
    const { errors, input } = validateDeparture(d);
    expect(input).toBeNull();
    expect(errors).toEqual({
      'person.romajiName': '氏名（ローマ字）を入力してください。',
      'person.dateOfBirth': '生年月日は正しい日付を入力してください。',
      'person.residenceCardNumber': ja.filing.invalidCard,
      'person.nationality': ja.filing.invalidNationality,
      'accounts.0.bankAgencyId': '金融機関を選択してください。',
      'accounts.0.branchName': '支店を入力してください。',
      'accounts.0.accountNumber': ja.filing.invalidAccountNumber,
      'contracts.0.number': ja.filing.invalidPhone,
    });
  });
});
