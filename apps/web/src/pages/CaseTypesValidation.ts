import type {
  DualCriminality,
  EvidenceRequestChannel,
  EvidenceRequestTranslationStatus,
  EvidenceRequestUrgency,
  FileEvidenceRequestInput,
  FileForwardingProviderInput,
  FileRecruitmentPostInput,
  ForwardingNumberType,
  ForwardingNumberUsage,
  RecruitmentSourceChannel,
} from '../gql/graphql';
import { t } from '../i18n';

// The filing forms' checks for the other case types: the same limits as the server's input
// classes (libs/case-*/src/dto), with Japanese messages. The server still validates everything.
// No DOM here: plain jest can test it.

type Errors = Record<string, string>;
const F = () => t.caseTypes.filing;

function checker(errors: Errors) {
  return {
    /** Required text within [min, max] characters. */
    need(key: string, value: string, label: string, max: number, min = 1) {
      const v = value.trim();
      if (!v) errors[key] = F().required(label);
      else if (v.length < min) errors[key] = F().tooShort(label, min);
      else if (v.length > max) errors[key] = F().tooLong(label, max);
    },
    optional(key: string, value: string, label: string, max: number) {
      if (value.trim().length > max) errors[key] = F().tooLong(label, max);
    },
    choose(key: string, value: string, label: string) {
      if (!value) errors[key] = F().chooseRequired(label);
    },
  };
}

const opt = (s: string) => (s.trim() ? s.trim() : undefined);
const PHONE_CHARS = /^\+?[0-9０-９\-ー－()（） ]+$/;

/** A datetime-local value (YYYY-MM-DDTHH:mm, Tokyo) as an ISO instant, or null when malformed. */
export function tokyoLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) return null;
  const d = new Date(`${local}:00+09:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface RecruitmentDraft {
  platform: string;
  url: string;
  text: string;
  postedAt: string;
  posterHandle: string;
  sourceChannel: RecruitmentSourceChannel | '';
  tipReceiptNumber: string;
  screenshotHash: string;
  phones: { number: string; carrierAgencyId: string }[];
  messengers: { service: string; id: string }[];
}

export function validateRecruitment(d: RecruitmentDraft): { errors: Errors; input: FileRecruitmentPostInput | null } {
  const errors: Errors = {};
  const c = checker(errors);
  const L = t.caseTypes.post;
  c.need('platform', d.platform, L.platform, 60);
  c.need('url', d.url, L.url, 2000, 8);
  if (!errors.url && !/^https?:\/\/\S+$/i.test(d.url.trim())) errors.url = F().invalidUrl;
  c.need('text', d.text, L.text, 20000);
  let postedAt: string | undefined;
  if (d.postedAt) {
    const iso = tokyoLocalToIso(d.postedAt);
    if (!iso) errors.postedAt = F().invalidDateTime(L.postedAt);
    else postedAt = iso;
  }
  c.optional('posterHandle', d.posterHandle, L.posterHandle, 200);
  if (d.screenshotHash.trim() && !/^[0-9a-fA-F]{64}$/.test(d.screenshotHash.trim())) errors.screenshotHash = F().invalidHash;
  if (d.tipReceiptNumber.trim()) {
    if (d.sourceChannel !== 'ANONYMOUS_TIP') errors.tipReceiptNumber = F().tipOnlyAnonymous;
    else c.optional('tipReceiptNumber', d.tipReceiptNumber, L.tipReceiptNumber, 40);
  }
  if (d.phones.length > 20) errors.phones = F().tooMany(F().phones, 20);
  d.phones.forEach((p, i) => {
    c.need(`phones.${i}.number`, p.number, F().phone, 40, 3);
    if (!errors[`phones.${i}.number`] && !PHONE_CHARS.test(p.number.trim())) errors[`phones.${i}.number`] = F().invalidPhone;
  });
  if (d.messengers.length > 20) errors.messengers = F().tooMany(F().messengers, 20);
  d.messengers.forEach((m, i) => {
    c.need(`messengers.${i}.service`, m.service, F().messengerService, 40);
    c.need(`messengers.${i}.id`, m.id, F().messengerId, 200);
  });
  if (Object.keys(errors).length) return { errors, input: null };
  return {
    errors,
    input: {
      platform: d.platform.trim(),
      url: d.url.trim(),
      text: d.text.trim(),
      postedAt,
      posterHandle: opt(d.posterHandle),
      sourceChannel: d.sourceChannel || undefined,
      tipReceiptNumber: d.sourceChannel === 'ANONYMOUS_TIP' ? opt(d.tipReceiptNumber) : undefined,
      screenshotHash: opt(d.screenshotHash)?.toLowerCase(),
      phones: d.phones.map((p) => ({ number: p.number.trim(), carrierAgencyId: p.carrierAgencyId || undefined })),
      messengerIds: d.messengers.map((m) => ({ service: m.service.trim(), id: m.id.trim() })),
    },
  };
}

/** 法人番号: 13 digits whose leading check digit is 9 − (Σ Pn × Qn mod 9) (国税庁の省令 第2条). */
export function corporateNumberOk(n: string): boolean {
  if (!/^[0-9]{13}$/.test(n)) return false;
  let sum = 0;
  for (let i = 1; i <= 12; i++) sum += Number(n[13 - i]) * (i % 2 === 1 ? 1 : 2);
  return Number(n[0]) === 9 - (sum % 9);
}

export interface ForwardingDraft {
  title: string;
  provider: { name: string; serviceName: string; corporateNumber: string; recordInvalid: boolean; notificationNumber: string; address: string; representative: string };
  numbers: { number: string; carrierAgencyId: string; usage: ForwardingNumberUsage | ''; numberType: ForwardingNumberType | ''; reseller: string }[];
  damages: { fraudCaseReference: string; amountYen: string; victimName: string }[];
}

export function validateForwarding(d: ForwardingDraft): { errors: Errors; input: FileForwardingProviderInput | null } {
  const errors: Errors = {};
  const c = checker(errors);
  const P = t.caseTypes.provider;
  c.optional('title', d.title, F().caseTitle, 200);
  c.need('provider.name', d.provider.name, P.name, 200);
  c.optional('provider.serviceName', d.provider.serviceName, P.serviceName, 200);
  const corp = d.provider.corporateNumber.normalize('NFKC').replace(/[\s-]/g, '');
  if (corp) {
    if (!/^[0-9]{13}$/.test(corp)) errors['provider.corporateNumber'] = F().invalidCorporateNumber;
    else if (!corporateNumberOk(corp) && !d.provider.recordInvalid) errors['provider.corporateNumber'] = F().corporateCheckDigit;
  }
  c.optional('provider.notificationNumber', d.provider.notificationNumber, P.notificationNumber, 50);
  c.optional('provider.address', d.provider.address, P.address, 300);
  c.optional('provider.representative', d.provider.representative, P.representative, 100);
  d.numbers.forEach((n, i) => {
    c.need(`numbers.${i}.number`, n.number, P.number, 30, 3);
    if (!errors[`numbers.${i}.number`] && !PHONE_CHARS.test(n.number.trim())) errors[`numbers.${i}.number`] = F().invalidPhone;
    c.choose(`numbers.${i}.carrierAgencyId`, n.carrierAgencyId, P.carrier);
    c.choose(`numbers.${i}.usage`, n.usage, P.usage);
    c.optional(`numbers.${i}.reseller`, n.reseller, P.reseller, 200);
  });
  d.damages.forEach((x, i) => {
    const amount = x.amountYen.trim().replace(/,/g, '');
    if (!amount) errors[`damages.${i}.amountYen`] = F().required(P.amountYen);
    else if (!/^\d{1,14}$/.test(amount) || Number(amount) > 1e13) errors[`damages.${i}.amountYen`] = F().invalidAmount;
    c.optional(`damages.${i}.fraudCaseReference`, x.fraudCaseReference, P.fraudCaseReference, 100);
    c.optional(`damages.${i}.victimName`, x.victimName, P.victimName, 100);
  });
  if (Object.keys(errors).length) return { errors, input: null };
  const p = d.provider;
  return {
    errors,
    input: {
      title: opt(d.title),
      provider: {
        name: p.name.trim(),
        serviceName: opt(p.serviceName),
        corporateNumber: corp || undefined,
        recordInvalidCorporateNumber: corp && !corporateNumberOk(corp) ? p.recordInvalid : undefined,
        notificationNumber: opt(p.notificationNumber),
        address: opt(p.address),
        representative: opt(p.representative),
      },
      numbers: d.numbers.map((n) => ({
        number: n.number.trim(),
        carrierAgencyId: n.carrierAgencyId,
        usage: n.usage as ForwardingNumberUsage,
        numberType: n.numberType || undefined,
        reseller: opt(n.reseller),
      })),
      damages: d.damages.map((x) => ({ amountYen: Number(x.amountYen.trim().replace(/,/g, '')), fraudCaseReference: opt(x.fraudCaseReference), victimName: opt(x.victimName) })),
    },
  };
}

export interface EvidenceDraft {
  channel: EvidenceRequestChannel | '';
  country: string;
  foreignAuthority: string;
  offence: string;
  legalBasis: string;
  dualCriminality: DualCriminality | '';
  dualCriminalityNote: string;
  requestedItems: string;
  indispensability: string;
  translationStatus: EvidenceRequestTranslationStatus | '';
  conditionsOnUse: string;
  urgency: EvidenceRequestUrgency | '';
}

export function validateEvidence(d: EvidenceDraft): { errors: Errors; input: FileEvidenceRequestInput | null } {
  const errors: Errors = {};
  const c = checker(errors);
  const E = t.caseTypes.evidence;
  c.choose('channel', d.channel, E.channel);
  if (!d.country.trim()) errors.country = F().required(E.country);
  else if (!/^[A-Za-z]{2}$/.test(d.country.trim())) errors.country = F().invalidCountry;
  c.need('foreignAuthority', d.foreignAuthority, E.foreignAuthority, 200);
  c.need('offence', d.offence, E.offence, 500);
  c.optional('legalBasis', d.legalBasis, E.legalBasis, 500);
  c.optional('dualCriminalityNote', d.dualCriminalityNote, E.dualCriminalityNote, 2000);
  c.need('requestedItems', d.requestedItems, E.requestedItems, 5000);
  c.optional('indispensability', d.indispensability, E.indispensability, 5000);
  c.optional('conditionsOnUse', d.conditionsOnUse, E.conditionsOnUse, 2000);
  if (Object.keys(errors).length || !d.channel) return { errors, input: null };
  return {
    errors,
    input: {
      channel: d.channel,
      country: d.country.trim().toUpperCase(),
      foreignAuthority: d.foreignAuthority.trim(),
      offence: d.offence.trim(),
      legalBasis: opt(d.legalBasis),
      dualCriminality: d.dualCriminality || undefined,
      dualCriminalityNote: opt(d.dualCriminalityNote),
      requestedItems: d.requestedItems.trim(),
      indispensability: opt(d.indispensability),
      translationStatus: d.translationStatus || undefined,
      conditionsOnUse: opt(d.conditionsOnUse),
      urgency: d.urgency || undefined,
    },
  };
}
