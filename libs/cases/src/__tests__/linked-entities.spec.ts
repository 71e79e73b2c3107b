import { normalizeBankAccount, normalizePerson, normalizePhone, normalizeResidenceCard, normalizeUrl } from '../linked-entities';

describe('normalizing linked entities', () => {
  it('puts phone numbers in E.164, whatever the writing', () => {
    expect(normalizePhone('090-4815-1623')).toBe('+819048151623');
    expect(normalizePhone('０９０ ４８１５ １６２３')).toBe('+819048151623');
    expect(normalizePhone('+81 90 4815 1623')).toBe('+819048151623');
    expect(normalizePhone('03-5555-0101')).toBe('+81355550101');
    expect(normalizePhone('050-5555-0202')).toBe('+815055550202');
    expect(() => normalizePhone('12345')).toThrow('Invalid phone number');
  });

  it('gives one key per post URL', () => {
    const key = 'x.example.com/kanto_job/status/1790000000000000001';
    expect(normalizeUrl('https://x.example.com/kanto_job/status/1790000000000000001')).toBe(key);
    expect(normalizeUrl('http://WWW.X.example.com/kanto_job/status/1790000000000000001/?utm_source=a#top')).toBe(key);
    expect(normalizeUrl('https://x.example.com/p?b=2&a=1')).toBe(normalizeUrl('https://x.example.com/p?a=1&b=2'));
    expect(() => normalizeUrl('javascript:alert(1)')).toThrow('Invalid URL');
  });

  it('pads bank accounts and folds full-width digits', () => {
    expect(normalizeBankAccount({ bankCode: '0009', branchCode: '１', accountType: 'ordinary', accountNumber: '7301245' })).toBe('0009-001-ORDINARY-7301245');
    expect(() => normalizeBankAccount({ bankCode: '12345', branchCode: '1', accountType: 'x', accountNumber: '1' })).toThrow('Invalid bank account');
  });

  it('checks the residence card format', () => {
    expect(normalizeResidenceCard('rz48151623qx')).toBe('RZ48151623QX');
    expect(() => normalizeResidenceCard('RZ4815162QX')).toThrow('Invalid residence card number');
  });

  it('folds width, case and separators of names', () => {
    expect(normalizePerson('Nguyen  Van An', '1998-04-12')).toBe(normalizePerson('ＮＧＵＹＥＮ VAN AN', '1998-04-12'));
  });
});
