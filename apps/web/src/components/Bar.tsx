/** A horizontal CSS bar: the number is always printed beside it (the bar alone carries no data). */
export function Bar({ value, max, tone = 'primary', label }: { value: number; max: number; tone?: 'primary' | 'warn' | 'ok'; label: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div className="bar" role="img" aria-label={`${label}: ${value}`}>
      <span className={`bar-fill bar-${tone}`} style={{ width: `${pct}%` }} />
      <span className="bar-value">{value}</span>
    </div>
  );
}
