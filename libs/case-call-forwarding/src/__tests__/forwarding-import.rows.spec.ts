import { ImportRowReason, validateImportRow, type ImportRowContext } from '../forwarding-import.rows';
import { NumberType, NumberUsage } from '../call-forwarding.types';

const context = (): ImportRowContext => ({
  agencies: new Map([
    ['kotel', { id: 'k-1', isCarrier: true }],
    ['chuo-station', { id: 's-1', isCarrier: false }],
  ]),
  seen: new Set<string>(),
  existing: new Set(['+81355550101']),
});

describe('a CSV row of forwarding numbers', () => {
  it('normalizes a good row', () => {
    expect(validateImportRow({ number: '03-6000-0001', type: 'fixed', carrier: 'KOTEL', usage: 'stock', contract_holder: ' 株式会社A ' }, context())).toEqual({
      number: '+81360000001', numberType: NumberType.FIXED, carrierAgencyId: 'k-1', usage: NumberUsage.STOCK, contractHolder: '株式会社A',
    });
  });

  it('names the reason of a bad row, never its value', () => {
    const c = context();
    expect(validateImportRow({ number: '', type: 'fixed', carrier: 'kotel', usage: 'fraud' }, c)).toBe(ImportRowReason.MISSING_NUMBER);
    expect(validateImportRow({ number: '12345', type: 'fixed', carrier: 'kotel', usage: 'fraud' }, c)).toBe(ImportRowReason.INVALID_NUMBER);
    expect(validateImportRow({ number: '03-6000-0001', type: '050', carrier: 'kotel', usage: 'fraud' }, c)).toBe(ImportRowReason.NUMBER_TYPE_MISMATCH);
    expect(validateImportRow({ number: '03-6000-0001', type: 'fax', carrier: 'kotel', usage: 'fraud' }, c)).toBe(ImportRowReason.UNKNOWN_TYPE);
    expect(validateImportRow({ number: '03-6000-0001', type: 'fixed', carrier: 'nope', usage: 'fraud' }, c)).toBe(ImportRowReason.UNKNOWN_CARRIER);
    expect(validateImportRow({ number: '03-6000-0001', type: 'fixed', carrier: 'chuo-station', usage: 'fraud' }, c)).toBe(ImportRowReason.NOT_A_CARRIER);
    expect(validateImportRow({ number: '03-6000-0001', type: 'fixed', carrier: 'kotel', usage: 'other' }, c)).toBe(ImportRowReason.UNKNOWN_USAGE);
    expect(validateImportRow({ number: '03-5555-0101', type: 'fixed', carrier: 'kotel', usage: 'fraud' }, c)).toBe(ImportRowReason.ALREADY_IN_CASE);
  });

  it('refuses the second row of the same number', () => {
    const c = context();
    expect(typeof validateImportRow({ number: '090-1234-0001', type: 'mobile', carrier: 'kotel', usage: 'fraud' }, c)).toBe('object');
    expect(validateImportRow({ number: '+819012340001', type: 'MOBILE', carrier: 'kotel', usage: 'FRAUD_USED' }, c)).toBe(ImportRowReason.DUPLICATE_IN_FILE);
  });
});
