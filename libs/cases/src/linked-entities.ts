import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { BadInputError } from '@renkei/core';

/** The kinds of entity a case can name, matched across cases after normalization. */
export enum EntityKind {
  PHONE = 'PHONE',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  URL = 'URL',
  RESIDENCE_CARD = 'RESIDENCE_CARD',
  PERSON = 'PERSON',
}

export interface BankAccountRef {
  bankCode: string;
  branchCode: string;
  accountType: string;
  accountNumber: string;
}

const TRACKING_PARAMS = /^(utm_.+|fbclid|gclid|igshid|ref_src|s|t)$/i;

/** E.164 with libphonenumber-js, Japanese numbers by default (090-4815-1623 → +819048151623). */
export function normalizePhone(raw: string): string {
  const parsed = parsePhoneNumberFromString(raw, 'JP');
  if (!parsed || !parsed.isValid()) throw new BadInputError('Invalid phone number', [{ field: 'phone', reason: 'INVALID_PHONE' }]);
  return parsed.number;
}

/**
 * One form per URL for dedupe: lower-case scheme and host, no `www.`, no default port, no
 * fragment, no trailing slash, no tracking parameters, the rest of the query sorted.
 */
export function normalizeUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new BadInputError('Invalid URL', [{ field: 'url', reason: 'INVALID_URL' }]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BadInputError('Invalid URL', [{ field: 'url', reason: 'INVALID_URL' }]);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const params = [...url.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k)).sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const path = url.pathname.replace(/\/+$/, '') || '';
  // http and https name the same post: the scheme is left out of the key.
  return `${host}${url.port ? `:${url.port}` : ''}${path}${query}`;
}

/** bank code (4) - branch (3) - type - number (7, zero-padded): the Zengin identity of an account. */
export function normalizeBankAccount(a: BankAccountRef): string {
  const digits = (s: string, n: number, field: string) => {
    const d = s.normalize('NFKC').replace(/[^0-9]/g, '');
    if (d.length === 0 || d.length > n) throw new BadInputError('Invalid bank account', [{ field, reason: 'INVALID_BANK_ACCOUNT' }]);
    return d.padStart(n, '0');
  };
  return `${digits(a.bankCode, 4, 'bankCode')}-${digits(a.branchCode, 3, 'branchCode')}-${a.accountType.toUpperCase()}-${digits(a.accountNumber, 7, 'accountNumber')}`;
}

/** 在留カード番号: two letters, eight digits, two letters (e.g. RZ48151623QX). */
export function normalizeResidenceCard(raw: string): string {
  const v = raw.normalize('NFKC').replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{8}[A-Z]{2}$/.test(v)) throw new BadInputError('Invalid residence card number', [{ field: 'residenceCardNumber', reason: 'INVALID_RESIDENCE_CARD' }]);
  return v;
}

/** A person: name (width, case and spaces folded) and date of birth. */
export function normalizePerson(name: string, dateOfBirth: string | null): string {
  const n = name.normalize('NFKC').toUpperCase().replace(/[\s・･,.]+/g, ' ').trim();
  return `${n}|${dateOfBirth ?? ''}`;
}
