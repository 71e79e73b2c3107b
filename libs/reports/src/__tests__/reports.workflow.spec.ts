import { Role } from '@renkei/core';
import { WorkflowError } from '@renkei/workflow';
import { ACTIVITY_REPORT_MACHINE } from '../reports.workflow';
import { ActivityReportState } from '../reports.types';

const manager = { role: Role.STATION_MANAGER };
const supervisor = { role: Role.STATION_SUPERVISOR };

describe('activity report state machine', () => {
  it('the manager submits drafts and returned reports; the supervisor approves or returns submitted ones', () => {
    expect(ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.DRAFT, 'submit', manager)).toBe(ActivityReportState.SUBMITTED);
    expect(ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.RETURNED, 'submit', manager)).toBe(ActivityReportState.SUBMITTED);
    expect(ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.SUBMITTED, 'approve', supervisor)).toBe(ActivityReportState.APPROVED);
    expect(ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.SUBMITTED, 'return', supervisor)).toBe(ActivityReportState.RETURNED);
  });

  it('refuses the other role, and every move out of APPROVED', () => {
    expect(() => ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.SUBMITTED, 'approve', manager)).toThrow(WorkflowError);
    expect(() => ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.DRAFT, 'submit', supervisor)).toThrow(WorkflowError);
    expect(() => ACTIVITY_REPORT_MACHINE.transition(ActivityReportState.DRAFT, 'submit', { role: Role.HQ_COORDINATOR })).toThrow(WorkflowError);
    expect(ACTIVITY_REPORT_MACHINE.isFinal(ActivityReportState.APPROVED)).toBe(true);
    expect(ACTIVITY_REPORT_MACHINE.available(ActivityReportState.SUBMITTED, manager)).toEqual([]);
  });
});
