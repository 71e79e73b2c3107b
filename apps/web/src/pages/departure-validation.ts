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
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** Errors keyed by field path (person.dateOfBirth, accounts.0.accountNumber…), and the input when there are none. */
export function validateDeparture(d: DepartureDraft): { errors: Record<string, string>; input: FileDepartingResidentInput | null } {
  const errors: Record<string, string> = {};
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
    else if (!/^\d{1,12}$/.test(n)) errors[`accounts.${i}.accountNumber`] = t.filing.invalidAccountNumber;
  });
  d.contracts.forEach((c, i) => {
    if (!c.carrierAgencyId) errors[`contracts.${i}.carrierAgencyId`] = t.filing.chooseRequired(t.contract.carrier);
    const n = c.number.trim();
    if (!n) errors[`contracts.${i}.number`] = t.filing.required(t.contract.number);
    else if (!/^\+?[\d-]{3,30}$/.test(n)) errors[`contracts.${i}.number`] = t.filing.invalidPhone;
  });
  optional('riskNote', d.riskNote, t.filing.riskNote, 2000);

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
      riskNote: opt(d.riskNote),
    },
  };
}
