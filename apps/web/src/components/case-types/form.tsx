import type { ReactNode } from 'react';
import { t } from '../../i18n';

// Small helpers shared by the filing and answer forms of the other case types: every input has a
// label, invalid inputs carry aria-invalid and point to their message.

export interface FormErrors {
  prefix: string;
  errors: Record<string, string>;
}

export const fieldId = (f: FormErrors, key: string) => `${f.prefix}-${key}`;

export function aria(f: FormErrors, key: string) {
  const id = fieldId(f, key);
  return { id, 'aria-invalid': !!f.errors[key], 'aria-describedby': f.errors[key] ? `${id}-err` : undefined };
}

export function FieldError({ f, k }: { f: FormErrors; k: string }) {
  return f.errors[k] ? (
    <p id={`${fieldId(f, k)}-err`} className="field-error">
      {f.errors[k]}
    </p>
  ) : null;
}

interface TextProps {
  f: FormErrors;
  k: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  required?: boolean;
  multiline?: boolean;
  type?: string;
  placeholder?: string;
  maxLength?: number;
}

/** A labelled text input (or textarea) with its error message. */
export function TextField({ f, k, label, value, onChange, required, multiline, type, placeholder, maxLength }: TextProps) {
  return (
    <div style={multiline ? { gridColumn: '1 / -1' } : undefined}>
      <label htmlFor={fieldId(f, k)}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...aria(f, k)} rows={4} value={value} maxLength={maxLength} required={required} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...aria(f, k)} type={type ?? 'text'} value={value} maxLength={maxLength} placeholder={placeholder} required={required} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldError f={f} k={k} />
    </div>
  );
}

interface SelectProps {
  f: FormErrors;
  k: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  required?: boolean;
  /** The label of the empty choice (「選択してください」 by default). */
  empty?: string;
}

export function SelectField({ f, k, label, value, onChange, options, required, empty }: SelectProps) {
  return (
    <div>
      <label htmlFor={fieldId(f, k)}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <select {...aria(f, k)} value={value} required={required} onChange={(e) => onChange(e.target.value)}>
        <option value="">{empty ?? t.caseTypes.filing.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError f={f} k={k} />
    </div>
  );
}

/** Options from a catalogue map (enum value → Japanese label). */
export const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The error summary at the top of a form, and the focus moved to the first invalid field. */
export function ErrorSummary({ count, testId }: { count: number; testId?: string }): ReactNode {
  if (!count) return null;
  return (
    <p role="alert" className="error-box" data-testid={testId ?? 'filing-errors'}>
      {t.caseTypes.filing.errorsSummary(count)}
    </p>
  );
}

export function focusFirst(f: FormErrors, errors: Record<string, string>): void {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(fieldId(f, first))?.focus();
}
