import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ForwardingNumberType, ForwardingNumberUsage } from '../gql/graphql';
import { t } from '../i18n';
import { useRouter } from '../lib/router';
import { ErrorBox } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { ErrorSummary, FieldError, SelectField, TextField, aria, focusFirst, optionsOf, type FormErrors } from '../components/case-types/form';
import { CtFileForwardingDocument } from '../operations/caseTypes';
import { validateForwarding, type ForwardingDraft } from './CaseTypesValidation';

const emptyNumber = (): ForwardingDraft['numbers'][number] => ({ number: '', carrierAgencyId: '', usage: 'FRAUD_USED', numberType: '', reseller: '' });

/** 悪質な電話転送サービス事業者: the provider, its numbers (per carrier) and the damage (police only). */
export function CaseTypesFileForwardingPage() {
  const { navigate } = useRouter();
  const carriers = useAgencies().list.filter((a) => a.kind === 'CARRIER');
  const [d, setD] = useState<ForwardingDraft>({
    title: '',
    provider: { name: '', serviceName: '', corporateNumber: '', recordInvalid: false, notificationNumber: '', address: '', representative: '' },
    numbers: [emptyNumber()],
    damages: [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [file, { loading }] = useMutation(CtFileForwardingDocument);
  const f: FormErrors = { prefix: 'ff', errors };
  const P = t.caseTypes.provider;
  const F = t.caseTypes.filing;
  const setProvider = (k: keyof ForwardingDraft['provider']) => (v: string) => setD({ ...d, provider: { ...d.provider, [k]: v } });
  const setNumber = (i: number, k: string, v: string) => setD({ ...d, numbers: d.numbers.map((n, j) => (j === i ? { ...n, [k]: v } : n)) });
  const setDamage = (i: number, k: string, v: string) => setD({ ...d, damages: d.damages.map((x, j) => (j === i ? { ...x, [k]: v } : x)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: errs, input } = validateForwarding(d);
    setErrors(errs);
    setServerError(null);
    if (!input) return focusFirst(f, errs);
    try {
      const { data } = await file({ variables: { input } });
      const r = data?.fileForwardingProvider;
      if (r) navigate(`/cases/${r.id}?filed=${encodeURIComponent(r.reference)}`);
    } catch (error) {
      setServerError(error);
    }
  };

  return (
    <>
      <h1>{F.forwardingTitle}</h1>
      <p>{F.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="filing" data-testid="forwarding-form">
        <ErrorSummary count={Object.keys(errors).length} />
        {serverError ? <ErrorBox error={serverError as Error} /> : null}
        <div className="form-grid">
          <TextField f={f} k="title" label={F.caseTitle} value={d.title} onChange={(v) => setD({ ...d, title: v })} maxLength={200} />
        </div>
        <fieldset>
          <legend>{F.provider}</legend>
          <div className="form-grid">
            <TextField f={f} k="provider.name" label={P.name} value={d.provider.name} onChange={setProvider('name')} required maxLength={200} />
            <TextField f={f} k="provider.serviceName" label={P.serviceName} value={d.provider.serviceName} onChange={setProvider('serviceName')} maxLength={200} />
            <TextField f={f} k="provider.corporateNumber" label={P.corporateNumber} value={d.provider.corporateNumber} onChange={setProvider('corporateNumber')} maxLength={20} placeholder="7010403012345" />
            <div>
              <input id="ff-provider.recordInvalid" type="checkbox" style={{ width: 'auto' }} checked={d.provider.recordInvalid}
                onChange={(e) => setD({ ...d, provider: { ...d.provider, recordInvalid: e.target.checked } })} />{' '}
              <label htmlFor="ff-provider.recordInvalid" style={{ display: 'inline' }}>{F.recordInvalid}</label>
            </div>
            <TextField f={f} k="provider.notificationNumber" label={P.notificationNumber} value={d.provider.notificationNumber} onChange={setProvider('notificationNumber')} maxLength={50} />
            <TextField f={f} k="provider.representative" label={P.representative} value={d.provider.representative} onChange={setProvider('representative')} maxLength={100} />
            <TextField f={f} k="provider.address" label={P.address} value={d.provider.address} onChange={setProvider('address')} maxLength={300} />
          </div>
        </fieldset>
        <fieldset>
          <legend>{F.numbers}</legend>
          {d.numbers.map((n, i) => (
            <div className="form-grid row-group" key={i} data-testid={`number-${i}`}>
              <TextField f={f} k={`numbers.${i}.number`} label={P.number} value={n.number} onChange={(v) => setNumber(i, 'number', v)} required maxLength={30} placeholder="03-5555-0101" />
              <SelectField f={f} k={`numbers.${i}.carrierAgencyId`} label={P.carrier} value={n.carrierAgencyId} required
                onChange={(v) => setNumber(i, 'carrierAgencyId', v)} options={carriers.map((c) => ({ value: c.id, label: c.name ?? c.id }))} />
              <SelectField f={f} k={`numbers.${i}.usage`} label={P.usage} value={n.usage} required onChange={(v) => setNumber(i, 'usage', v as ForwardingNumberUsage)} options={optionsOf(t.caseTypes.usage)} />
              <SelectField f={f} k={`numbers.${i}.numberType`} label={P.numberType} value={n.numberType} empty={F.numberTypeAuto}
                onChange={(v) => setNumber(i, 'numberType', v as ForwardingNumberType)} options={optionsOf(t.caseTypes.numberType)} />
              <TextField f={f} k={`numbers.${i}.reseller`} label={P.reseller} value={n.reseller} onChange={(v) => setNumber(i, 'reseller', v)} maxLength={200} />
              <div>
                <button type="button" className="button-secondary" onClick={() => setD({ ...d, numbers: d.numbers.filter((_, j) => j !== i) })}>{F.remove}</button>
              </div>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setD({ ...d, numbers: [...d.numbers, emptyNumber()] })}>{F.addNumber}</button>
        </fieldset>
        <fieldset>
          <legend>{F.damages}</legend>
          {d.damages.map((x, i) => (
            <div className="form-grid row-group" key={i} data-testid={`damage-${i}`}>
              <div>
                <label htmlFor={`ff-damages.${i}.amountYen`}>{P.amountYen}<span aria-hidden="true"> *</span></label>
                <input {...aria(f, `damages.${i}.amountYen`)} inputMode="numeric" value={x.amountYen} onChange={(e) => setDamage(i, 'amountYen', e.target.value)} />
                <FieldError f={f} k={`damages.${i}.amountYen`} />
              </div>
              <TextField f={f} k={`damages.${i}.fraudCaseReference`} label={P.fraudCaseReference} value={x.fraudCaseReference} onChange={(v) => setDamage(i, 'fraudCaseReference', v)} maxLength={100} />
              <TextField f={f} k={`damages.${i}.victimName`} label={P.victimName} value={x.victimName} onChange={(v) => setDamage(i, 'victimName', v)} maxLength={100} />
              <div>
                <button type="button" className="button-secondary" onClick={() => setD({ ...d, damages: d.damages.filter((_, j) => j !== i) })}>{F.remove}</button>
              </div>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setD({ ...d, damages: [...d.damages, { amountYen: '', fraudCaseReference: '', victimName: '' }] })}>{F.addDamage}</button>
        </fieldset>
        <button type="submit" disabled={loading}>{loading ? F.submitting : F.submit}</button>
      </form>
    </>
  );
}
