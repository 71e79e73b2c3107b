import { Role } from '@renkei/core';
import { RECRUITMENT_MACHINE, RecruitmentState as S } from '../recruitment.workflow';

const input = (role: Role, openTasks = 0) => ({ caseState: '', openTasks, role });

describe('the recruitment post state machine', () => {
  it('runs detected → triaged → removal requested → still up → removed → closed', () => {
    const m = input(Role.STATION_MANAGER);
    let s: S = RECRUITMENT_MACHINE.initial;
    expect(s).toBe(S.DETECTED);
    s = RECRUITMENT_MACHINE.transition(s, 'triage', m);
    s = RECRUITMENT_MACHINE.transition(s, 'requestRemoval', m);
    s = RECRUITMENT_MACHINE.transition(s, 'markStillUp', m);
    s = RECRUITMENT_MACHINE.transition(s, 'requestRemoval', m);
    s = RECRUITMENT_MACHINE.transition(s, 'markRemoved', m);
    expect(s).toBe(S.REMOVED);
    expect(RECRUITMENT_MACHINE.transition(s, 'close', input(Role.STATION_SUPERVISOR))).toBe(S.CLOSED);
  });

  it('reserves closure to the 統括責任者 and 推進室, with every task answered', () => {
    expect(RECRUITMENT_MACHINE.can(S.REMOVED, 'close', input(Role.STATION_MANAGER))).toBe(false);
    expect(RECRUITMENT_MACHINE.can(S.REMOVED, 'close', input(Role.HQ_COORDINATOR))).toBe(true);
    expect(() => RECRUITMENT_MACHINE.transition(S.REMOVED, 'close', input(Role.STATION_SUPERVISOR, 1))).toThrow();
  });

  it('reopens a removed or closed case (a reposted URL)', () => {
    expect(RECRUITMENT_MACHINE.transition(S.CLOSED, 'reopen', input(Role.STATION_MANAGER))).toBe(S.TRIAGED);
    expect(RECRUITMENT_MACHINE.transition(S.REMOVED, 'reopen', input(Role.STATION_MANAGER))).toBe(S.TRIAGED);
    expect(RECRUITMENT_MACHINE.can(S.DETECTED, 'reopen', input(Role.STATION_MANAGER))).toBe(false);
  });
});
