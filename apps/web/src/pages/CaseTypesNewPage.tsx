import { t } from '../i18n';
import { Link } from '../lib/router';

const CHOICES = [
  { type: 'RECRUITMENT_POST', to: '/cases/new/recruitment' },
  { type: 'CALL_FORWARDING_PROVIDER', to: '/cases/new/call-forwarding' },
  { type: 'FOREIGN_EVIDENCE_REQUEST', to: '/cases/new/evidence-request' },
  { type: 'DEPARTING_RESIDENT', to: '/cases/new/departure' },
];

/** 新規登録: the station chooses the case type, then its own form. */
export function CaseTypesNewPage() {
  return (
    <>
      <h1>{t.caseTypes.newTitle}</h1>
      <p>{t.caseTypes.newIntro}</p>
      <ul className="choice-list" data-testid="case-type-choice">
        {CHOICES.map((c) => (
          <li key={c.type} className="card">
            <Link to={c.to}>{t.caseType[c.type]}</Link>
            <p className="muted">{t.caseTypes.typeHint[c.type]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
