import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { DepartureAccountType, DepartureContractType } from '../gql/graphql';
import { t } from '../i18n';
import { useRouter } from '../lib/router';
import { ErrorBox, Loading } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { FileDepartureDocument, MeDocument } from '../operations';
import { DwAgenciesDocument } from '../operations/departureWork';
import { prefectureChoices, validateDeparture, type DepartureDraft } from './departure-validation';

const emptyAccount = () => ({ bankAgencyId: '', branchName: '', accountType: 'ORDINARY' as DepartureAccountType, accountNumber: '' });
const emptyContract = () => ({ carrierAgencyId: '', number: '', contractType: 'VOICE' as DepartureContractType });

const PERSON: { key: keyof DepartureDraft['person']; required?: boolean; type?: string; hint?: string; max: number }[] = [
  { key: 'romajiName', required: true, max: 200 },
  { key: 'kanaName', max: 200 },
  { key: 'dateOfBirth', required: true, type: 'date', max: 10 },
  { key: 'residenceCardNumber', required: true, hint: 'AB12345678CD', max: 20 },
  { key: 'nationality', hint: 'VN', max: 2 },
  { key: 'statusOfResidence', max: 100 },
  { key: 'address', max: 300 },
  { key: 'residenceExpiry', required: true, type: 'date', max: 10 },
  { key: 'plannedDeparture', type: 'date', max: 10 },
];

/**
 * The filing form of the police (station, HQ) and of immigration: validated here in Japanese, and
 * again by the server. Immigration names the prefecture whose police HQ will own the case, writes
 * its own note instead of the police risk note, and adds accounts / phones only when it knows them.
 */
export function FileDeparturePage() {
  const { data } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  if (!me) return <Loading />;
  return <DepartureForm immigration={me.role === 'liaison' && me.agency.kind === 'IMMIGRATION'} />;
}

function DepartureForm({ immigration }: { immigration: boolean }) {
  const { navigate } = useRouter();
  const agencies = useAgencies();
  const banks = agencies.list.filter((a) => a.kind === 'FINANCIAL_INSTITUTION');
  const carriers = agencies.list.filter((a) => a.kind === 'CARRIER');
  const directory = useQuery(DwAgenciesDocument, { skip: !immigration });
  const prefectures = prefectureChoices(directory.data?.agencies ?? []);
  const [draft, setDraft] = useState<DepartureDraft>({
    title: '',
    person: { romajiName: '', kanaName: '', dateOfBirth: '', residenceCardNumber: '', nationality: '', statusOfResidence: '', address: '', residenceExpiry: '', plannedDeparture: '' },
    // Immigration rarely knows the accounts and phones: none to start with (it may add them).
    accounts: immigration ? [] : [emptyAccount()],
    contracts: immigration ? [] : [emptyContract()],
    riskNote: '',
    prefectureId: '',
    immigrationNote: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [file, { loading }] = useMutation(FileDepartureDocument);

  const setPerson = (k: keyof DepartureDraft['person'], v: string) => setDraft({ ...draft, person: { ...draft.person, [k]: v } });
  const setAccount = (i: number, k: string, v: string) => setDraft({ ...draft, accounts: draft.accounts.map((a, j) => (j === i ? { ...a, [k]: v } : a)) });
  const setContract = (i: number, k: string, v: string) => setDraft({ ...draft, contracts: draft.contracts.map((c, j) => (j === i ? { ...c, [k]: v } : c)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: errs, input } = validateDeparture(draft, { immigration });
    setErrors(errs);
    setServerError(null);
    if (!input) {
      // Focus the first invalid field so keyboard and screen-reader users land on it.
      const first = Object.keys(errs)[0];
      document.getElementById(`fd-${first}`)?.focus();
      return;
    }
    try {
      const { data } = await file({ variables: { input } });
      if (data) navigate(`/cases/${data.fileDepartingResident.id}?filed=${encodeURIComponent(data.fileDepartingResident.reference)}`);
    } catch (error) {
      setServerError(error);
    }
  };

  const err = (key: string) =>
    errors[key] ? (
      <p id={`fd-${key}-err`} className="field-error">
        {errors[key]}
      </p>
    ) : null;
  const aria = (key: string) => ({ id: `fd-${key}`, 'aria-invalid': !!errors[key], 'aria-describedby': errors[key] ? `fd-${key}-err` : undefined });
  const count = Object.keys(errors).length;

  return (
    <>
      <h1>{t.filing.title}</h1>
      <p>{immigration ? t.departureWork.immigrationIntro : t.filing.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="filing">
        {count > 0 && (
          <p role="alert" className="error-box" data-testid="filing-errors">
            {t.filing.errorsSummary(count)}
          </p>
        )}
        {serverError ? <ErrorBox error={serverError as Error} /> : null}
        {immigration && (
          <div>
            <label htmlFor="fd-prefectureId">
              {t.departureWork.prefecture}
              <span aria-hidden="true"> *</span>
            </label>
            <select
              {...aria('prefectureId')}
              required
              aria-describedby={errors.prefectureId ? 'fd-prefectureId-err' : 'fd-prefectureId-hint'}
              value={draft.prefectureId}
              onChange={(e) => setDraft({ ...draft, prefectureId: e.target.value })}
            >
              <option value="">{t.filing.choose}</option>
              {prefectures.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
            </select>
            <p id="fd-prefectureId-hint" className="muted">{t.departureWork.prefectureHint}</p>
            {directory.error ? <ErrorBox error={directory.error} /> : null}
            {directory.data && prefectures.length === 0 && <p role="alert" className="error-box">{t.departureWork.prefecturesMissing}</p>}
            {err('prefectureId')}
          </div>
        )}
        <div>
          <label htmlFor="fd-title">{t.filing.caseTitle}</label>
          <input {...aria('title')} value={draft.title} maxLength={200} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </div>
        <fieldset>
          <legend>{t.filing.person}</legend>
          <div className="form-grid">
            {PERSON.map((f) => (
              <div key={f.key}>
                <label htmlFor={`fd-person.${f.key}`}>
                  {t.resident[f.key]}
                  {f.required && <span aria-hidden="true"> *</span>}
                </label>
                <input
                  {...aria(`person.${f.key}`)}
                  type={f.type ?? 'text'}
                  required={f.required}
                  placeholder={f.hint}
                  value={draft.person[f.key]}
                  onChange={(e) => setPerson(f.key, e.target.value)}
                />
                {err(`person.${f.key}`)}
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.filing.accounts}</legend>
          {draft.accounts.map((a, i) => (
            <div className="form-grid row-group" key={i} data-testid={`account-${i}`}>
              <div>
                <label htmlFor={`fd-accounts.${i}.bankAgencyId`}>{t.account.bank} *</label>
                <select {...aria(`accounts.${i}.bankAgencyId`)} value={a.bankAgencyId} onChange={(e) => setAccount(i, 'bankAgencyId', e.target.value)}>
                  <option value="">{t.filing.choose}</option>
                  {banks.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
                </select>
                {err(`accounts.${i}.bankAgencyId`)}
              </div>
              <div>
                <label htmlFor={`fd-accounts.${i}.branchName`}>{t.account.branchName} *</label>
                <input {...aria(`accounts.${i}.branchName`)} value={a.branchName} onChange={(e) => setAccount(i, 'branchName', e.target.value)} />
                {err(`accounts.${i}.branchName`)}
              </div>
              <div>
                <label htmlFor={`fd-accounts.${i}.accountType`}>{t.account.accountType}</label>
                <select {...aria(`accounts.${i}.accountType`)} value={a.accountType} onChange={(e) => setAccount(i, 'accountType', e.target.value)}>
                  {Object.entries(t.accountType).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor={`fd-accounts.${i}.accountNumber`}>{t.account.accountNumber} *</label>
                <input {...aria(`accounts.${i}.accountNumber`)} inputMode="numeric" value={a.accountNumber} onChange={(e) => setAccount(i, 'accountNumber', e.target.value)} />
                {err(`accounts.${i}.accountNumber`)}
              </div>
              <button type="button" className="button-secondary" onClick={() => setDraft({ ...draft, accounts: draft.accounts.filter((_, j) => j !== i) })}>
                {t.filing.remove}
              </button>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setDraft({ ...draft, accounts: [...draft.accounts, emptyAccount()] })}>
            {t.filing.addAccount}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t.filing.contracts}</legend>
          {draft.contracts.map((c, i) => (
            <div className="form-grid row-group" key={i} data-testid={`contract-${i}`}>
              <div>
                <label htmlFor={`fd-contracts.${i}.carrierAgencyId`}>{t.contract.carrier} *</label>
                <select {...aria(`contracts.${i}.carrierAgencyId`)} value={c.carrierAgencyId} onChange={(e) => setContract(i, 'carrierAgencyId', e.target.value)}>
                  <option value="">{t.filing.choose}</option>
                  {carriers.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
                </select>
                {err(`contracts.${i}.carrierAgencyId`)}
              </div>
              <div>
                <label htmlFor={`fd-contracts.${i}.number`}>{t.contract.number} *</label>
                <input {...aria(`contracts.${i}.number`)} type="tel" value={c.number} onChange={(e) => setContract(i, 'number', e.target.value)} />
                {err(`contracts.${i}.number`)}
              </div>
              <div>
                <label htmlFor={`fd-contracts.${i}.contractType`}>{t.contract.contractType}</label>
                <select {...aria(`contracts.${i}.contractType`)} value={c.contractType} onChange={(e) => setContract(i, 'contractType', e.target.value)}>
                  {Object.entries(t.contractType).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
                </select>
              </div>
              <button type="button" className="button-secondary" onClick={() => setDraft({ ...draft, contracts: draft.contracts.filter((_, j) => j !== i) })}>
                {t.filing.remove}
              </button>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setDraft({ ...draft, contracts: [...draft.contracts, emptyContract()] })}>
            {t.filing.addContract}
          </button>
        </fieldset>
        {immigration ? (
          <div>
            <label htmlFor="fd-immigrationNote">{t.departureWork.immigrationNote}</label>
            <textarea {...aria('immigrationNote')} rows={3} maxLength={2000} value={draft.immigrationNote} onChange={(e) => setDraft({ ...draft, immigrationNote: e.target.value })} />
            {err('immigrationNote')}
          </div>
        ) : (
          <div>
            <label htmlFor="fd-riskNote">{t.filing.riskNote}</label>
            <textarea {...aria('riskNote')} rows={3} maxLength={2000} value={draft.riskNote} onChange={(e) => setDraft({ ...draft, riskNote: e.target.value })} />
            {err('riskNote')}
          </div>
        )}
        <button type="submit" disabled={loading}>
          {loading ? t.filing.submitting : t.filing.submit}
        </button>
      </form>
    </>
  );
}
