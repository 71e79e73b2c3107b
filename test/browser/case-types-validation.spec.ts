import {
  corporateNumberOk,
  tokyoLocalToIso,
  validateEvidence,
  validateForwarding,
  validateRecruitment,
  type EvidenceDraft,
  type ForwardingDraft,
  type RecruitmentDraft,
} from '../../apps/web/src/pages/CaseTypesValidation';

// The other case types' filing checks (DOM-free): the server's limits, in Japanese.

const recruitment = (over: Partial<RecruitmentDraft> = {}): RecruitmentDraft => ({
  platform: 'X', url: 'https://x.example.com/a/status/1', text: '日給5万円', postedAt: '', posterHandle: '', sourceChannel: '',
  tipReceiptNumber: '', screenshotHash: '', phones: [], messengers: [], ...over,
});

describe('web client: recruitment filing checks', () => {
  it('names every missing required field', () => {
    const { errors, input } = validateRecruitment(recruitment({ platform: ' ', url: '', text: '' }));
    expect(input).toBeNull();
    expect(errors).toEqual({ platform: 'SNS・掲示板を入力してください。', url: 'URLを入力してください。', text: '投稿本文を入力してください。' });
  });

  it('refuses a URL without a scheme, a malformed hash, a tip number without an anonymous tip, and bad phones', () => {
    const { errors } = validateRecruitment(recruitment({
      url: 'x.example.com/abc', screenshotHash: 'abc', tipReceiptNumber: 'T-1', sourceChannel: 'CYBER_PATROL',
      phones: [{ number: '03-abcd', carrierAgencyId: '' }, { number: '', carrierAgencyId: '' }], messengers: [{ service: '', id: 'x' }],
    }));
    expect(errors.url).toBe('URLは http:// または https:// から始まる形式で入力してください。');
    expect(errors.screenshotHash).toContain('64文字');
    expect(errors.tipReceiptNumber).toBe('匿名通報の受付番号は、端緒が「匿名通報」のときだけ入力できます。');
    expect(errors['phones.0.number']).toBe('電話番号は数字とハイフンで入力してください（例: 090-1234-5678）。');
    expect(errors['phones.1.number']).toBe('電話番号を入力してください。');
    expect(errors['messengers.0.service']).toBe('サービス（例: Telegram）を入力してください。');
  });

  it('builds the input: trimmed, the tip number only for an anonymous tip, the posting time from Tokyo', () => {
    const { errors, input } = validateRecruitment(recruitment({
      url: ' https://x.example.com/a/status/1 ', postedAt: '2026-11-20T10:00', sourceChannel: 'ANONYMOUS_TIP', tipReceiptNumber: 'T-20261120-0042',
      phones: [{ number: '090-3141-5926', carrierAgencyId: '' }],
    }));
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      url: 'https://x.example.com/a/status/1', postedAt: '2026-11-20T01:00:00.000Z', tipReceiptNumber: 'T-20261120-0042',
      phones: [{ number: '090-3141-5926', carrierAgencyId: undefined }], posterHandle: undefined,
    });
    expect(tokyoLocalToIso('2026-13-40T99:00')).toBeNull();
  });
});

const forwarding = (over: Partial<ForwardingDraft> = {}): ForwardingDraft => ({
  title: '',
  provider: { name: '株式会社テスト転送', serviceName: '', corporateNumber: '', recordInvalid: false, notificationNumber: '', address: '', representative: '' },
  numbers: [{ number: '03-5555-0101', carrierAgencyId: 'c1', usage: 'FRAUD_USED', numberType: '', reseller: '' }],
  damages: [],
  ...over,
});

describe('web client: call-forwarding filing checks', () => {
  it('checks the 法人番号 check digit (DEMO.md: 8010403012345 fails, 7010403012345 passes)', () => {
    expect(corporateNumberOk('7010403012345')).toBe(true);
    expect(corporateNumberOk('8010403012345')).toBe(false);
    const bad = validateForwarding(forwarding({ provider: { ...forwarding().provider, corporateNumber: '8010403012345' } }));
    expect(bad.errors['provider.corporateNumber']).toContain('検査用数字が一致しません');
    const recorded = validateForwarding(forwarding({ provider: { ...forwarding().provider, corporateNumber: '8010-4030-12345', recordInvalid: true } }));
    expect(recorded.errors).toEqual({});
    expect(recorded.input!.provider).toMatchObject({ corporateNumber: '8010403012345', recordInvalidCorporateNumber: true });
    expect(validateForwarding(forwarding({ provider: { ...forwarding().provider, corporateNumber: '12345' } })).errors['provider.corporateNumber']).toBe('法人番号は数字13桁で入力してください。');
  });

  it('requires the carrier and usage of each number and a whole-yen damage', () => {
    const { errors } = validateForwarding(forwarding({
      numbers: [{ number: '03-5555-0101', carrierAgencyId: '', usage: '', numberType: '', reseller: '' }],
      damages: [{ amountYen: '12.5', fraudCaseReference: '', victimName: '' }, { amountYen: '', fraudCaseReference: '', victimName: '' }],
    }));
    expect(errors['numbers.0.carrierAgencyId']).toBe('通信事業者を選択してください。');
    expect(errors['numbers.0.usage']).toBe('用途を選択してください。');
    expect(errors['damages.0.amountYen']).toBe('被害額は0以上の整数（円）で入力してください。');
    expect(errors['damages.1.amountYen']).toBe('被害額（円）を入力してください。');
    const ok = validateForwarding(forwarding({ damages: [{ amountYen: '1,200,000', fraudCaseReference: '', victimName: '' }] }));
    expect(ok.input!.damages).toEqual([{ amountYen: 1200000, fraudCaseReference: undefined, victimName: undefined }]);
  });
});

describe('web client: evidence request filing checks', () => {
  const draft: EvidenceDraft = {
    channel: '', country: 'Viet', foreignAuthority: '', offence: '', legalBasis: '', dualCriminality: '', dualCriminalityNote: '',
    requestedItems: '', indispensability: '', translationStatus: '', conditionsOnUse: '', urgency: '',
  };
  it('names the required fields and the country format', () => {
    const { errors, input } = validateEvidence(draft);
    expect(input).toBeNull();
    expect(errors).toEqual({
      channel: '要請の経路を選択してください。',
      country: '国は英字2文字（例: VN）で入力してください。',
      foreignAuthority: '外国の捜査機関を入力してください。',
      offence: '罪名を入力してください。',
      requestedItems: '要請事項を入力してください。',
    });
  });
  it('builds the input with the country upper-cased', () => {
    const { input } = validateEvidence({ ...draft, channel: 'ICPO', country: 'vn', foreignAuthority: 'Ministry of Public Security', offence: '詐欺', requestedItems: '通信記録' });
    expect(input).toMatchObject({ channel: 'ICPO', country: 'VN', legalBasis: undefined, urgency: undefined });
  });
});
