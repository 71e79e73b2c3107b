import { t } from '../../i18n';
import './reports.css';

/** A report's state as a labelled tag (the text carries the state; colour only helps). */
export function ReportState({ state }: { state?: string | null }) {
  if (!state) return null;
  return <span className={`report-state report-state-${state}`} data-state={state}>{t.reports.stateLabel[state] ?? state}</span>;
}
