/** A checkbox inside its label, so the box sits beside its text (labels are blocks in this stylesheet). */
export function Checkbox({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label htmlFor={id} className="checkbox-label" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', fontWeight: 'normal' }}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} style={{ width: 'auto', margin: 0 }} />
      <span>{label}</span>
    </label>
  );
}
