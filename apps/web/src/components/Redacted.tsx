import { useId, type ReactNode } from 'react';
import { t } from '../i18n';

/**
 * A field the server withheld (named in `redactedFields`): 「非表示」 with a tooltip, never an
 * empty cell, so the reader knows the value exists but is not theirs to see. Focusable, so
 * keyboard users reach the explanation too.
 */
export function Redacted() {
  const id = useId();
  return (
    <span className="redacted" title={t.redacted.tooltip} aria-describedby={id} tabIndex={0} data-redacted="true">
      {t.redacted.label}
      <span id={id} role="tooltip" className="tooltip">
        {t.redacted.tooltip}
      </span>
    </span>
  );
}

/** The value of `field` on a projected object: 非表示 when redacted, else the rendered value. */
export function FieldValue({ obj, field, children }: { obj: { redactedFields: readonly string[] }; field: string; children?: ReactNode }) {
  if (obj.redactedFields.includes(field)) return <Redacted />;
  if (children === null || children === undefined || children === '') return <span className="muted">—</span>;
  return <>{children}</>;
}

/** A definition list row for a field. */
export function FieldRow({ label, obj, field, children }: { label: string; obj: { redactedFields: readonly string[] }; field: string; children?: ReactNode }) {
  return (
    <div className="field-row" data-field={field}>
      <dt>{label}</dt>
      <dd>
        <FieldValue obj={obj} field={field}>
          {children}
        </FieldValue>
      </dd>
    </div>
  );
}
