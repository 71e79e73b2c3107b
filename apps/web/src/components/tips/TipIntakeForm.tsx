import { useRef, useState, type FormEvent } from 'react';
import { t } from '../../i18n';
import { Checkbox } from './Checkbox';
import { CATEGORIES, DISQUALIFICATIONS, isValidPin } from './tip-util';
import type { RewardDisqualification, TipCategory, TipIntakeInput } from '../../gql/graphql';

const M = t.tips.form;
const MAX_CONTENT = 10_000;

/**
 * The intake form, the same for the public web form and the receiver's phone record: category
 * (別表1〜9), content, urgency, optional self-identification, reward wish and eligibility, the PIN
 * twice. Checks mirror the server's; the server still validates everything.
 */
export function TipIntakeForm({ busy, onSubmit, idPrefix }: { busy: boolean; onSubmit: (input: TipIntakeInput) => Promise<void>; idPrefix: string }) {
  const [category, setCategory] = useState('');
  const [content, setContent] = useState('');
  const [urgent, setUrgent] = useState(false);
  const [self, setSelf] = useState('');
  const [wantsReward, setWantsReward] = useState(false);
  const [disq, setDisq] = useState<string[]>([]);
  const [pin, setPin] = useState('');
  const [pin2, setPin2] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const summary = useRef<HTMLDivElement>(null);
  const p = idPrefix;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string> = {};
    if (!category) errs.category = M.categoryRequired;
    if (!content.trim()) errs.content = M.contentRequired;
    else if (content.length > MAX_CONTENT) errs.content = M.contentTooLong;
    if (!isValidPin(pin)) errs.pin = M.pinInvalid;
    else if (pin !== pin2) errs.pin2 = M.pinMismatch;
    setErrors(errs);
    const first = Object.keys(errs)[0];
    if (first) {
      document.getElementById(`${p}-${first}`)?.focus();
      return;
    }
    await onSubmit({
      category: category as TipCategory,
      content: content.trim(),
      urgent,
      selfIdentification: self.trim() || undefined,
      wantsReward,
      disqualifications: disq as RewardDisqualification[],
      pin,
    });
  };

  const err = (k: string) =>
    errors[k] ? (
      <p id={`${p}-${k}-err`} className="field-error">
        {errors[k]}
      </p>
    ) : null;
  const aria = (k: string) => ({ 'aria-invalid': !!errors[k], 'aria-describedby': errors[k] ? `${p}-${k}-err` : undefined });
  const n = Object.keys(errors).length;

  return (
    <form className="tip-form filing" onSubmit={(e) => void submit(e)} noValidate data-testid="tip-form">
      {n > 0 && (
        <div role="alert" className="error-box" ref={summary} data-testid="tip-form-errors">
          {M.errorsSummary(n)}
        </div>
      )}
      <label htmlFor={`${p}-category`}>{M.category}</label>
      <select id={`${p}-category`} value={category} onChange={(e) => setCategory(e.target.value)} {...aria('category')}>
        <option value="">{M.choose}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t.tips.category[c]}
          </option>
        ))}
      </select>
      {err('category')}

      <label htmlFor={`${p}-content`}>{M.content}</label>
      <p id={`${p}-content-help`} className="muted">
        {M.contentHelp}
      </p>
      <textarea id={`${p}-content`} rows={8} value={content} maxLength={MAX_CONTENT} onChange={(e) => setContent(e.target.value)} {...aria('content')} />
      {err('content')}

      <Checkbox id={`${p}-urgent`} label={M.urgent} checked={urgent} onChange={setUrgent} />
      {urgent && (
        <p role="note" className="error-box">
          {M.emergency}
        </p>
      )}

      <label htmlFor={`${p}-self`}>{M.selfIdentification}</label>
      <p className="muted">{M.selfIdentificationHelp}</p>
      <textarea id={`${p}-self`} rows={2} value={self} maxLength={1000} onChange={(e) => setSelf(e.target.value)} />

      <fieldset>
        <legend>{M.reward}</legend>
        <Checkbox id={`${p}-wants`} label={M.wantsReward} checked={wantsReward} onChange={setWantsReward} />
        <p>{M.disqualifications}</p>
        {DISQUALIFICATIONS.map((d) => (
          <Checkbox
            key={d}
            id={`${p}-disq-${d}`}
            label={t.tips.disqualification[d]}
            checked={disq.includes(d)}
            onChange={(on) => setDisq((xs) => (on ? [...xs, d] : xs.filter((x) => x !== d)))}
          />
        ))}
      </fieldset>

      <label htmlFor={`${p}-pin`}>{M.pin}</label>
      <p className="muted">{M.pinHelp}</p>
      <input id={`${p}-pin`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} value={pin} onChange={(e) => setPin(e.target.value)} {...aria('pin')} />
      {err('pin')}
      <label htmlFor={`${p}-pin2`}>{M.pinConfirm}</label>
      <input id={`${p}-pin2`} type="password" inputMode="numeric" autoComplete="new-password" maxLength={8} value={pin2} onChange={(e) => setPin2(e.target.value)} {...aria('pin2')} />
      {err('pin2')}

      <button type="submit" disabled={busy}>
        {busy ? M.submitting : M.submit}
      </button>
    </form>
  );
}
