import type { CtCaseQuery, CtEvidenceRequestFieldsFragment, CtForwardingProviderFieldsFragment, CtRecruitmentPostFieldsFragment } from '../../gql/graphql';
import { t } from '../../i18n';
import { formatCalendarDate, formatDateTime, formatPhone } from '../../lib/format';
import { FieldRow, FieldValue } from '../Redacted';
import { ResidentView } from '../ResidentView';
import { useAgencies } from '../useAgencies';

type Case = CtCaseQuery['case'];
const C = () => t.caseTypes;
const label = (map: Record<string, string>, v: string | null | undefined) => (v ? (map[v] ?? v) : '');

/**
 * The case type's own fields, as the server projected them for this user (非表示 where redacted).
 * `withWork`: the case page, whose work sections (RecruitmentWork, DepartureWork) show the
 * takedown history and the notes in full, so they are not repeated here.
 */
export function TypeFields({ c, withWork = false }: { c: Case; withWork?: boolean }) {
  if (c.departingResident) return <ResidentView resident={c.departingResident} showNotes={!withWork} />;
  if (c.type === 'RECRUITMENT_POST') return <RecruitmentView c={c} showTakedowns={!withWork} />;
  if (c.type === 'CALL_FORWARDING_PROVIDER' && c.forwardingProvider) return <ForwardingView p={c.forwardingProvider} />;
  if (c.type === 'FOREIGN_EVIDENCE_REQUEST' && c.evidenceRequest) return <EvidenceView e={c.evidenceRequest} />;
  return null;
}

function RecruitmentView({ c, showTakedowns }: { c: Case; showTakedowns: boolean }) {
  const agencies = useAgencies();
  const p: CtRecruitmentPostFieldsFragment | null | undefined = c.recruitmentPost;
  const L = C().post;
  return (
    <section aria-labelledby="post-title" data-testid="recruitment-post">
      <h3 id="post-title">{L.title}</h3>
      {p && (
        <dl className="fields">
          <FieldRow label={L.platform} obj={p} field="platform">{p.platform}</FieldRow>
          <FieldRow label={L.url} obj={p} field="url">{p.url}</FieldRow>
          <FieldRow label={L.text} obj={p} field="text"><span style={{ whiteSpace: 'pre-wrap' }}>{p.text}</span></FieldRow>
          <FieldRow label={L.postedAt} obj={p} field="postedAt">{formatDateTime(p.postedAt)}</FieldRow>
          <FieldRow label={L.posterHandle} obj={p} field="posterHandle">{p.posterHandle}</FieldRow>
          <FieldRow label={L.sourceChannel} obj={p} field="sourceChannel">{label(C().sourceChannel, p.sourceChannel)}</FieldRow>
          <FieldRow label={L.riskScore} obj={p} field="riskScore">{p.riskScore ?? ''}</FieldRow>
          <FieldRow label={L.matchedKeywords} obj={p} field="matchedKeywords">{(p.matchedKeywords ?? []).join('、')}</FieldRow>
          <FieldRow label={L.labourReferralStatus} obj={p} field="labourReferralStatus">{label(C().labourStatus, p.labourReferralStatus)}</FieldRow>
          <FieldRow label={L.screenshotHash} obj={p} field="screenshotHash">{p.screenshotHash && <code>{p.screenshotHash}</code>}</FieldRow>
          <FieldRow label={L.tipReceiptNumber} obj={p} field="tipReceiptNumber">{p.tipReceiptNumber}</FieldRow>
          <FieldRow label={L.suspectIdentity} obj={p} field="suspectIdentity">{p.suspectIdentity}</FieldRow>
          <FieldRow label={L.linkedCriminalCases} obj={p} field="linkedCriminalCases">{(p.linkedCriminalCases ?? []).join('、')}</FieldRow>
          <FieldRow label={L.investigationNotes} obj={p} field="investigationNotes">{p.investigationNotes}</FieldRow>
        </dl>
      )}
      {c.recruitmentContacts.length > 0 && (
        <>
          <h4>{L.contacts}</h4>
          <ul data-testid="recruitment-contacts">
            {c.recruitmentContacts.map((x) => (
              <li key={x.id}>
                {label(L.contactKind, x.kind)}:{' '}
                <FieldValue obj={x} field="value">{x.kind === 'PHONE' ? formatPhone(x.value) : `${x.messengerService ?? ''} ${x.value ?? ''}`}</FieldValue>
                {x.carrierAgencyId && `（${agencies.name(x.carrierAgencyId)}）`}
              </li>
            ))}
          </ul>
        </>
      )}
      {showTakedowns && c.recruitmentTakedowns.length > 0 && (
        <>
          <h4>{L.takedowns}</h4>
          <ul>
            {c.recruitmentTakedowns.map((x) => (
              <li key={x.id}>
                {formatDateTime(x.occurredAt)} {label(C().takedownKind, x.kind)}
                {x.channel && `（${label(C().takedownChannel, x.channel)}）`}
                {x.result && ` ${label(C().takedownResult, x.result)}`}
                {x.recheckDueAt && ` ${L.recheckDueAt}: ${formatDateTime(x.recheckDueAt)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ForwardingView({ p, onlyNumbers }: { p: CtForwardingProviderFieldsFragment; onlyNumbers?: (n: { id: string }) => boolean }) {
  const agencies = useAgencies();
  const P = C().provider;
  const numbers = onlyNumbers ? p.numbers.filter(onlyNumbers) : p.numbers;
  return (
    <section aria-labelledby="provider-title" data-testid="forwarding-provider">
      <h3 id="provider-title">{P.title}</h3>
      <dl className="fields">
        <FieldRow label={P.name} obj={p} field="name">{p.name}</FieldRow>
        <FieldRow label={P.serviceName} obj={p} field="serviceName">{p.serviceName}</FieldRow>
        <FieldRow label={P.corporateNumber} obj={p} field="corporateNumber">
          {p.corporateNumber}
          {p.corporateNumber && p.corporateNumberValid === false ? P.corporateNumberInvalid : ''}
        </FieldRow>
        <FieldRow label={P.notificationNumber} obj={p} field="notificationNumber">{p.notificationNumber}</FieldRow>
        <FieldRow label={P.representative} obj={p} field="representative">{p.representative}</FieldRow>
        <FieldRow label={P.address} obj={p} field="address">{p.address}</FieldRow>
      </dl>
      <h4>{P.numbers}</h4>
      {numbers.length === 0 ? (
        <p>{t.app.none}</p>
      ) : (
        <table data-testid="forwarding-numbers">
          <thead>
            <tr>
              <th scope="col">{P.number}</th>
              <th scope="col">{P.numberType}</th>
              <th scope="col">{P.usage}</th>
              <th scope="col">{P.carrier}</th>
              <th scope="col">{P.contractHolder}</th>
              <th scope="col">{P.result}</th>
            </tr>
          </thead>
          <tbody>
            {numbers.map((n) => (
              <tr key={n.id}>
                <td><FieldValue obj={n} field="number">{formatPhone(n.number)}</FieldValue></td>
                <td><FieldValue obj={n} field="numberType">{label(C().numberType, n.numberType)}</FieldValue></td>
                <td><FieldValue obj={n} field="usage">{label(C().usage, n.usage)}</FieldValue></td>
                <td><FieldValue obj={n} field="carrierAgencyId">{agencies.name(n.carrierAgencyId)}</FieldValue></td>
                <td><FieldValue obj={n} field="contractHolder">{n.contractHolder}</FieldValue></td>
                <td>
                  <FieldValue obj={n} field="result">
                    {n.result
                      ? `${label(C().suspensionResult, n.result)}${n.suspendedOn ? `（${formatCalendarDate(n.suspendedOn)}）` : ''}${n.resultReason ? `: ${n.resultReason}` : ''}`
                      : n.requestedAt ? `${formatDateTime(n.requestedAt)}` : P.notRequested}
                  </FieldValue>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!onlyNumbers && p.damages.length > 0 && (
        <>
          <h4>{P.damages}</h4>
          <ul data-testid="forwarding-damages">
            {p.damages.map((x) => (
              <li key={x.id}>
                <FieldValue obj={x} field="fraudCaseReference">{x.fraudCaseReference}</FieldValue>{' '}
                {P.amountYen}: <FieldValue obj={x} field="amountYen">{x.amountYen?.toLocaleString('ja-JP')}</FieldValue>{' '}
                {P.victimName}: <FieldValue obj={x} field="victimName">{x.victimName}</FieldValue>
              </li>
            ))}
          </ul>
        </>
      )}
      {!onlyNumbers && p.referrals.length > 0 && (
        <>
          <h4>{P.referrals}</h4>
          <ul>
            {p.referrals.map((r) => (
              <li key={r.id}>
                {formatDateTime(r.referredAt)} {agencies.name(r.regulatorAgencyId)}: <FieldValue obj={r} field="request">{r.request}</FieldValue>
                {r.supervisoryAction && ` / ${P.supervisoryAction}: ${r.supervisoryAction}（${formatCalendarDate(r.actionTakenOn)}）`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const MILESTONES = ['draftedAt', 'hqApprovedAt', 'sentToNpaAt', 'sentAbroadAt', 'acknowledgedAt', 'partiallyAnsweredAt', 'answeredAt', 'closedAt'] as const;

function EvidenceView({ e }: { e: CtEvidenceRequestFieldsFragment }) {
  const E = C().evidence;
  return (
    <section aria-labelledby="evidence-title" data-testid="evidence-request">
      <h3 id="evidence-title">{E.title}</h3>
      <dl className="fields">
        <FieldRow label={E.channel} obj={e} field="channel">{label(C().evidenceChannel, e.channel)}</FieldRow>
        <FieldRow label={E.country} obj={e} field="country">{e.country}</FieldRow>
        <FieldRow label={E.foreignAuthority} obj={e} field="foreignAuthority">{e.foreignAuthority}</FieldRow>
        <FieldRow label={E.offence} obj={e} field="offence">{e.offence}</FieldRow>
        <FieldRow label={E.legalBasis} obj={e} field="legalBasis">{e.legalBasis}</FieldRow>
        <FieldRow label={E.urgency} obj={e} field="urgency">{label(C().urgency, e.urgency)}</FieldRow>
        <FieldRow label={E.dualCriminality} obj={e} field="dualCriminality">{label(C().dualCriminality, e.dualCriminality)}</FieldRow>
        <FieldRow label={E.dualCriminalityNote} obj={e} field="dualCriminalityNote">{e.dualCriminalityNote}</FieldRow>
        <FieldRow label={E.requestedItems} obj={e} field="requestedItems"><span style={{ whiteSpace: 'pre-wrap' }}>{e.requestedItems}</span></FieldRow>
        <FieldRow label={E.indispensability} obj={e} field="indispensability">{e.indispensability}</FieldRow>
        <FieldRow label={E.translationStatus} obj={e} field="translationStatus">{label(C().translation, e.translationStatus)}</FieldRow>
        <FieldRow label={E.conditionsOnUse} obj={e} field="conditionsOnUse">{e.conditionsOnUse}</FieldRow>
      </dl>
      <h4>{E.milestones}</h4>
      <dl className="fields">
        {MILESTONES.map((m) => (
          <FieldRow key={m} label={E[m]} obj={e} field={m}>{formatDateTime(e[m])}</FieldRow>
        ))}
      </dl>
    </section>
  );
}
