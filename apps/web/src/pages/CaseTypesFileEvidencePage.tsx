import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import type { DualCriminality, EvidenceRequestChannel, EvidenceRequestTranslationStatus, EvidenceRequestUrgency } from '../gql/graphql';
import { t } from '../i18n';
import { useRouter } from '../lib/router';
import { ErrorBox } from '../components/Status';
import { ErrorSummary, SelectField, TextField, focusFirst, optionsOf, type FormErrors } from '../components/case-types/form';
import { CtFileEvidenceDocument } from '../operations/caseTypes';
import { validateEvidence, type EvidenceDraft } from './CaseTypesValidation';

/** 外国捜査機関への証拠提供要請: the draft (起案); HQ approves and 警察庁 sends it abroad. */
export function CaseTypesFileEvidencePage() {
  const { navigate } = useRouter();
  const [d, setD] = useState<EvidenceDraft>({
    channel: '', country: '', foreignAuthority: '', offence: '', legalBasis: '', dualCriminality: '', dualCriminalityNote: '',
    requestedItems: '', indispensability: '', translationStatus: '', conditionsOnUse: '', urgency: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [file, { loading }] = useMutation(CtFileEvidenceDocument);
  const f: FormErrors = { prefix: 'fe', errors };
  const E = t.caseTypes.evidence;
  const F = t.caseTypes.filing;
  const set = (k: keyof EvidenceDraft) => (v: string) => setD({ ...d, [k]: v });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { errors: errs, input } = validateEvidence(d);
    setErrors(errs);
    setServerError(null);
    if (!input) return focusFirst(f, errs);
    try {
      const { data } = await file({ variables: { input } });
      const r = data?.fileEvidenceRequest;
      if (r) navigate(`/cases/${r.caseId}?filed=${encodeURIComponent(r.reference)}`);
    } catch (error) {
      setServerError(error);
    }
  };

  return (
    <>
      <h1>{F.evidenceTitle}</h1>
      <p>{F.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="filing" data-testid="evidence-form">
        <ErrorSummary count={Object.keys(errors).length} />
        {serverError ? <ErrorBox error={serverError as Error} /> : null}
        <div className="form-grid">
          <SelectField f={f} k="channel" label={E.channel} value={d.channel} required onChange={(v) => setD({ ...d, channel: v as EvidenceRequestChannel })} options={optionsOf(t.caseTypes.evidenceChannel)} />
          <TextField f={f} k="country" label={E.country} value={d.country} onChange={set('country')} required maxLength={2} placeholder="VN" />
          <TextField f={f} k="foreignAuthority" label={E.foreignAuthority} value={d.foreignAuthority} onChange={set('foreignAuthority')} required maxLength={200} />
          <TextField f={f} k="offence" label={E.offence} value={d.offence} onChange={set('offence')} required maxLength={500} />
          <TextField f={f} k="legalBasis" label={E.legalBasis} value={d.legalBasis} onChange={set('legalBasis')} maxLength={500} />
          <SelectField f={f} k="urgency" label={E.urgency} value={d.urgency} empty={F.notSet} onChange={(v) => setD({ ...d, urgency: v as EvidenceRequestUrgency })} options={optionsOf(t.caseTypes.urgency)} />
          <SelectField f={f} k="dualCriminality" label={E.dualCriminality} value={d.dualCriminality} empty={F.notSet} onChange={(v) => setD({ ...d, dualCriminality: v as DualCriminality })} options={optionsOf(t.caseTypes.dualCriminality)} />
          <SelectField f={f} k="translationStatus" label={E.translationStatus} value={d.translationStatus} empty={F.notSet}
            onChange={(v) => setD({ ...d, translationStatus: v as EvidenceRequestTranslationStatus })} options={optionsOf(t.caseTypes.translation)} />
          <TextField f={f} k="requestedItems" label={E.requestedItems} value={d.requestedItems} onChange={set('requestedItems')} required multiline maxLength={5000} />
          <TextField f={f} k="dualCriminalityNote" label={E.dualCriminalityNote} value={d.dualCriminalityNote} onChange={set('dualCriminalityNote')} multiline maxLength={2000} />
          <TextField f={f} k="indispensability" label={E.indispensability} value={d.indispensability} onChange={set('indispensability')} multiline maxLength={5000} />
          <TextField f={f} k="conditionsOnUse" label={E.conditionsOnUse} value={d.conditionsOnUse} onChange={set('conditionsOnUse')} multiline maxLength={2000} />
        </div>
        <button type="submit" disabled={loading}>{loading ? F.submitting : F.submitEvidence}</button>
      </form>
    </>
  );
}
