import { corporateNumberCheckDigit, isValidCorporateNumber, normalizeCorporateNumber, normalizeForwardingNumber } from '../call-forwarding.validation';
import { CallForwardingError } from '../call-forwarding.errors';
import { NumberType } from '../call-forwarding.types';
import { CALL_FORWARDING_MACHINE } from '../call-forwarding.workflow';

describe('法人番号 check digit', () => {
  it('accepts published corporate numbers', () => {
    // 国税庁 7000012050002, 法務省 3000012010001 (published on the 国税庁法人番号公表サイト)
    expect(isValidCorporateNumber('3000012010001')).toBe(true);
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('computes the digit for the demo base 010403012345: 7, so the demo value 8010403012345 fails', () => {
    // Σ (from the right, weights 1,2,…) = 5+8+3+4+1+0+3+0+4+0+1+0 = 29; 29 mod 9 = 2; 9 − 2 = 7
    expect(corporateNumberCheckDigit('010403012345')).toBe(7);
    expect(isValidCorporateNumber('8010403012345')).toBe(false);
    expect(isValidCorporateNumber('7010403012345')).toBe(true);
  });

  it('normalizes width and separators, refuses anything but 13 digits', () => {
    expect(normalizeCorporateNumber('７０００ ０１２０ ５０００２')).toBe('7000012050002');
    expect(() => normalizeCorporateNumber('700001205000')).toThrow(CallForwardingError);
    expect(() => normalizeCorporateNumber('70000120500AB')).toThrow(CallForwardingError);
  });
});

describe('forwarding numbers', () => {
  it('normalizes to E.164 and derives the type', () => {
    expect(normalizeForwardingNumber('03-5555-0101')).toEqual({ number: '+81355550101', numberType: NumberType.FIXED });
    expect(normalizeForwardingNumber('050-5555-0202', NumberType.IP_050)).toEqual({ number: '+815055550202', numberType: NumberType.IP_050 });
    expect(normalizeForwardingNumber('090-4815-1623')).toEqual({ number: '+819048151623', numberType: NumberType.MOBILE });
  });

  it('refuses a wrong stated type and an invalid number, without echoing it', () => {
    expect(() => normalizeForwardingNumber('03-5555-0101', NumberType.IP_050)).toThrow(CallForwardingError);
    expect(() => normalizeForwardingNumber('12345')).toThrow(/Invalid phone number/);
    try {
      normalizeForwardingNumber('03-5555-0101', NumberType.MOBILE);
    } catch (e) {
      expect(JSON.stringify(e) + String(e)).not.toContain('5555');
    }
  });
});

describe('the case state machine', () => {
  it('closes only without open tasks', () => {
    expect(() => CALL_FORWARDING_MACHINE.transition('IN_PROGRESS', 'close', { caseState: 'IN_PROGRESS', openTasks: 2, role: null })).toThrow();
    expect(CALL_FORWARDING_MACHINE.transition('IN_PROGRESS', 'close', { caseState: 'IN_PROGRESS', openTasks: 0, role: null })).toBe('CLOSED');
  });
});
