import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { RecruitmentSourceChannel } from '../gql/graphql';
import { t } from '../i18n';
import { useRouter } from '../lib/router';
import { ErrorBox } from '../components/Status';
import { useAgencies } from '../components/useAgencies';
import { ErrorSummary, SelectField, TextField, focusFirst, optionsOf, type FormErrors } from '../components/case-types/form';
import { CtFileRecruitmentDocument } from '../operations/caseTypes';
import { validateRecruitment, type RecruitmentDraft } from './CaseTypesValidation';

/** 犯罪実行者募集情報: the post, its source and its contacts. The server dedupes by URL. */
export function CaseTypesFileRecruitmentPage() {
  const { navigate } = useRouter();
  const carriers = useAgencies().list.filter((a) => a.kind === 'CARRIER');
  const [d, setD] = useState<RecruitmentDraft>({
    platform: '', url: '', text: '', postedAt: '', posterHandle: '', sourceChannel: '', tipReceiptNumber: '', screenshotHash: '', phones: [], messengers: [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [file, { loading }] = useMutation(CtFileRecruitmentDocument);
  const f: FormErrors = { prefix: 'fr', errors };
  const L = t.caseTypes.post;
  const F = t.caseTypes.filing;
  const set = (k: keyof RecruitmentDraft) => (v: string) => setD({ ...d, [k]: v });
  const setPhone = (i: number, k: string, v: string) => setD({ ...d, phones: d.phones.map((p, j) => (j === i ? { ...p, [k]: v } : p)) });
  const setMessenger = (i: number, k: string, v: string) => setD({ ...d, messengers: d.messengers.map((m, j) => (j === i ? { ...m, [k]: v } : m)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: errs, input } = validateRecruitment(d);
    setErrors(errs);
    setServerError(null);
    if (!input) return focusFirst(f, errs);
    try {
      const { data } = await file({ variables: { input } });
      const r = data?.fileRecruitmentPost;
      if (r) navigate(`/cases/${r.caseId}?${r.alreadyKnown ? 'known' : 'filed'}=${encodeURIComponent(r.reference ?? '')}`);
    } catch (error) {
      setServerError(error);
    }
  };
  const count = Object.keys(errors).length;

  return (
    <>
      <h1>{F.recruitmentTitle}</h1>
      <p>{F.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="filing" data-testid="recruitment-form">
        <ErrorSummary count={count} />
        {serverError ? <ErrorBox error={serverError as Error} /> : null}
        <div className="form-grid">
          <TextField f={f} k="platform" label={L.platform} value={d.platform} onChange={set('platform')} required maxLength={60} placeholder="X" />
          <TextField f={f} k="url" label={L.url} value={d.url} onChange={set('url')} required maxLength={2000} type="url" placeholder="https://" />
          <TextField f={f} k="posterHandle" label={L.posterHandle} value={d.posterHandle} onChange={set('posterHandle')} maxLength={200} />
          <TextField f={f} k="postedAt" label={L.postedAt} value={d.postedAt} onChange={set('postedAt')} type="datetime-local" />
          <SelectField f={f} k="sourceChannel" label={L.sourceChannel} value={d.sourceChannel} empty={F.notSet}
            onChange={(v) => setD({ ...d, sourceChannel: v as RecruitmentSourceChannel | '' })} options={optionsOf(t.caseTypes.sourceChannel).filter((o) => o.value !== 'LABOUR_BUREAU')} />
          {d.sourceChannel === 'ANONYMOUS_TIP' && (
            <TextField f={f} k="tipReceiptNumber" label={L.tipReceiptNumber} value={d.tipReceiptNumber} onChange={set('tipReceiptNumber')} maxLength={40} />
          )}
          <TextField f={f} k="screenshotHash" label={L.screenshotHash} value={d.screenshotHash} onChange={set('screenshotHash')} maxLength={64} />
          <TextField f={f} k="text" label={L.text} value={d.text} onChange={set('text')} required multiline maxLength={20000} />
        </div>
        <fieldset>
          <legend>{F.phones}</legend>
          {d.phones.map((p, i) => (
            <div className="form-grid row-group" key={i} data-testid={`phone-${i}`}>
              <TextField f={f} k={`phones.${i}.number`} label={F.phone} value={p.number} onChange={(v) => setPhone(i, 'number', v)} required maxLength={40} placeholder="090-1234-5678" />
              <SelectField f={f} k={`phones.${i}.carrierAgencyId`} label={F.carrier} value={p.carrierAgencyId} empty={F.notSet}
                onChange={(v) => setPhone(i, 'carrierAgencyId', v)} options={carriers.map((c) => ({ value: c.id, label: c.name ?? c.id }))} />
              <div>
                <button type="button" className="button-secondary" onClick={() => setD({ ...d, phones: d.phones.filter((_, j) => j !== i) })}>{F.remove}</button>
              </div>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setD({ ...d, phones: [...d.phones, { number: '', carrierAgencyId: '' }] })}>{F.addPhone}</button>
        </fieldset>
        <fieldset>
          <legend>{F.messengers}</legend>
          {d.messengers.map((m, i) => (
            <div className="form-grid row-group" key={i} data-testid={`messenger-${i}`}>
              <TextField f={f} k={`messengers.${i}.service`} label={F.messengerService} value={m.service} onChange={(v) => setMessenger(i, 'service', v)} required maxLength={40} />
              <TextField f={f} k={`messengers.${i}.id`} label={F.messengerId} value={m.id} onChange={(v) => setMessenger(i, 'id', v)} required maxLength={200} />
              <div>
                <button type="button" className="button-secondary" onClick={() => setD({ ...d, messengers: d.messengers.filter((_, j) => j !== i) })}>{F.remove}</button>
              </div>
            </div>
          ))}
          <button type="button" className="button-secondary" onClick={() => setD({ ...d, messengers: [...d.messengers, { service: '', id: '' }] })}>{F.addMessenger}</button>
        </fieldset>
        <button type="submit" disabled={loading}>{loading ? F.submitting : F.submit}</button>
      </form>
    </>
  );
}
