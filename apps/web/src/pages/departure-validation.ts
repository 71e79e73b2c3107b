import type { DepartureAccountType, DepartureContractType, FileDepartingResidentInput } from '../gql/graphql';
import { t } from '../i18n';

// The filing form's checks, the same limits as the server's input classes, with Japanese messages.
// No DOM here: the repo's jest tests it directly.

export interface DepartureDraft {
  title: string;
  person: {
    romajiName: string;
    kanaName: string;
    dateOfBirth: string;
    residenceCardNumber: string;
    nationality: string;
    statusOfResidence: string;
    address: string;
    residenceExpiry: string;
    plannedDeparture: string;
  };
  accounts: { bankAgencyId: string; branchName: string; accountType: DepartureAccountType; accountNumber: string }[];
  contracts: { carrierAgencyId: string; number: string; contractType: DepartureContractType }[];
  riskNote: string;
  /** Immigration only: the prefecture whose police HQ will own the case (required for immigration). */
  prefectureId?: string;
  /** Immigration only: its note (出国確認・再入国許可). */
  immigrationNote?: string;
}

/** Who files: the police (a station or HQ, the default) or immigration (prefecture required, its own note instead of the risk note). */
export interface DepartureFiler {
  immigration?: boolean;
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Errors keyed by field path (person.dateOfBirth, accounts.0.accountNumber…), and the input when there are none. */
export function validateDeparture(d: DepartureDraft, filer: DepartureFiler = {}): { errors: Record<string, string>; input: FileDepartingResidentInput | null } {
  const errors: Record<string, string> = {};
  // Immigration names the owning prefecture first (the server refuses the filing without it).
  if (filer.immigration && !d.prefectureId) errors.prefectureId = t.departureWork.prefectureRequired;
  const p = d.person;
  const L = t.resident;
  const need = (key: string, value: string, label: string, max: number) => {
    if (!value.trim()) errors[key] = t.filing.required(label);
    else if (value.trim().length > max) errors[key] = t.filing.tooLong(label, max);
  };
  const optional = (key: string, value: string, label: string, max: number) => {
    if (value.trim().length > max) errors[key] = t.filing.tooLong(label, max);
  };
  const date = (key: string, value: string, label: string, required: boolean) => {
    if (!value) {
      if (required) errors[key] = t.filing.required(label);
    } else if (!isDate(value)) errors[key] = t.filing.invalidDate(label);
  };

  optional('title', d.title, t.filing.caseTitle, 200);
  need('person.romajiName', p.romajiName, L.romajiName, 200);
  optional('person.kanaName', p.kanaName, L.kanaName, 200);
  date('person.dateOfBirth', p.dateOfBirth, L.dateOfBirth, true);
  const card = p.residenceCardNumber.trim().toUpperCase();
  if (!card) errors['person.residenceCardNumber'] = t.filing.required(L.residenceCardNumber);
  else if (!/^[A-Z]{2}\d{8}[A-Z]{2}$/.test(card)) errors['person.residenceCardNumber'] = t.filing.invalidCard;
  if (p.nationality.trim() && !/^[A-Za-z]{2}$/.test(p.nationality.trim())) errors['person.nationality'] = t.filing.invalidNationality;
  optional('person.statusOfResidence', p.statusOfResidence, L.statusOfResidence, 100);
  optional('person.address', p.address, L.address, 300);
  date('person.residenceExpiry', p.residenceExpiry, L.residenceExpiry, true);
  date('person.plannedDeparture', p.plannedDeparture, L.plannedDeparture, false);

  d.accounts.forEach((a, i) => {
    if (!a.bankAgencyId) errors[`accounts.${i}.bankAgencyId`] = t.filing.chooseRequired(t.account.bank);
    need(`accounts.${i}.branchName`, a.branchName, t.account.branchName, 100);
    const n = a.accountNumber.trim();
    if (!n) errors[`accounts.${i}.accountNumber`] = t.filing.required(t.account.accountNumber);
    else if (!/^\d{1,8}$/.test(n)) errors[`accounts.${i}.accountNumber`] = t.filing.invalidAccountNumber;
  });
  d.contracts.forEach((c, i) => {
    if (!c.carrierAgencyId) errors[`contracts.${i}.carrierAgencyId`] = t.filing.chooseRequired(t.contract.carrier);
    const n = c.number.trim();
    if (!n) errors[`contracts.${i}.number`] = t.filing.required(t.contract.number);
    else if (!/^\+?[\d-]{3,30}$/.test(n)) errors[`contracts.${i}.number`] = t.filing.invalidPhone;
  });
  if (filer.immigration) {
    if ((d.immigrationNote ?? '').trim().length > 2000) errors.immigrationNote = t.departureWork.immigrationNoteTooLong;
  } else optional('riskNote', d.riskNote, t.filing.riskNote, 2000);

  if (Object.keys(errors).length) return { errors, input: null };
  const opt = (s: string) => (s.trim() ? s.trim() : undefined);
  return {
    errors,
    input: {
      title: opt(d.title),
      person: {
        romajiName: p.romajiName.trim(),
        kanaName: opt(p.kanaName),
        dateOfBirth: p.dateOfBirth,
        residenceCardNumber: card,
        nationality: opt(p.nationality)?.toUpperCase(),
        statusOfResidence: opt(p.statusOfResidence),
        address: opt(p.address),
        residenceExpiry: p.residenceExpiry,
        plannedDeparture: opt(p.plannedDeparture),
      },
      accounts: d.accounts.map((a) => ({ bankAgencyId: a.bankAgencyId, branchName: a.branchName.trim(), accountType: a.accountType, accountNumber: a.accountNumber.trim() })),
      contracts: d.contracts.map((c) => ({ carrierAgencyId: c.carrierAgencyId, number: c.number.trim(), contractType: c.contractType })),
      ...(filer.immigration ? { prefectureId: d.prefectureId, immigrationNote: opt(d.immigrationNote ?? '') } : { riskNote: opt(d.riskNote) }),
    },
  };
}

/**
 * The prefectures immigration may name, one per police HQ of the directory (value: the HQ's
 * prefecture, label: the HQ's name). The API lists no prefectures; the HQ stands for its prefecture.
 */
export function prefectureChoices(
  agencies: readonly { name?: string | null; kind?: string | null; prefectureId?: string | null; prefecture?: { name: string } | null }[],
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  // 「甲県（甲県警察本部）」: the prefecture, and the HQ that will own the case.
  for (const a of agencies) {
    if (a.kind !== 'POLICE_HQ' || !a.prefectureId || seen.has(a.prefectureId)) continue;
    seen.set(a.prefectureId, a.prefecture ? `${a.prefecture.name}（${a.name ?? ''}）` : (a.name ?? a.prefectureId));
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((x, y) => x.label.localeCompare(y.label, 'ja'));
}
