import { Role } from '@renkei/core';
import { EVIDENCE_REQUEST_MACHINE, EvidenceRequestState as S, HOP_COLUMN } from '../evidence-request.workflow';

const as = (role: string | null) => ({ caseState: '', openTasks: 0, role });

describe('the foreign evidence request path', () => {
  it('follows drafted → HQ approved → 警察庁 → abroad → acknowledged → partially answered → answered → closed', () => {
    const path: [string, string, S][] = [
      [Role.HQ_DIRECTOR, 'approveByHq', S.HQ_APPROVED],
      [Role.HQ_COORDINATOR, 'sendToNpa', S.SENT_TO_NPA],
      [Role.NPA_TIPDESK, 'sendAbroad', S.SENT_ABROAD],
      [Role.NPA_TIPDESK, 'acknowledge', S.ACKNOWLEDGED],
      [Role.NPA_TIPDESK, 'recordPartialAnswer', S.PARTIALLY_ANSWERED],
      [Role.NPA_TIPDESK, 'recordAnswer', S.ANSWERED],
      [Role.STATION_SUPERVISOR, 'close', S.CLOSED],
    ];
    let state: string = EVIDENCE_REQUEST_MACHINE.initial;
    expect(state).toBe(S.DRAFTED);
    for (const [role, name, to] of path) {
      state = EVIDENCE_REQUEST_MACHINE.transition(state as S, name as never, as(role));
      expect(state).toBe(to);
      expect(HOP_COLUMN[to]).toBeDefined();
    }
  });

  it('lets only hq.* approve and only 警察庁 send abroad', () => {
    expect(EVIDENCE_REQUEST_MACHINE.available(S.DRAFTED, as(Role.STATION_MANAGER))).toEqual([]);
    expect(EVIDENCE_REQUEST_MACHINE.available(S.DRAFTED, as(Role.NPA_TIPDESK))).toEqual([]);
    expect(EVIDENCE_REQUEST_MACHINE.available(S.DRAFTED, as(Role.HQ_DIRECTOR))).toEqual(['approveByHq']);
    expect(EVIDENCE_REQUEST_MACHINE.available(S.SENT_TO_NPA, as(Role.HQ_COORDINATOR))).toEqual([]);
    expect(EVIDENCE_REQUEST_MACHINE.available(S.SENT_TO_NPA, as(Role.NPA_TIPDESK))).toEqual(['sendAbroad']);
    expect(() => EVIDENCE_REQUEST_MACHINE.transition(S.SENT_TO_NPA, 'sendAbroad', as(Role.HQ_DIRECTOR))).toThrow();
    expect(() => EVIDENCE_REQUEST_MACHINE.transition(S.DRAFTED, 'sendAbroad', as(Role.NPA_TIPDESK))).toThrow();
  });
});
