import { Role } from '@renkei/core';
import { DEPARTURE_MACHINE } from '../departure.workflow';
import { normalizeAccountNumber } from '../departure.service';

const input = (openTasks = 0) => ({ caseState: '', openTasks, role: Role.STATION_MANAGER });

describe('the departing resident state machine', () => {
  it('closes only when no task is open', () => {
    const s = DEPARTURE_MACHINE.transition(DEPARTURE_MACHINE.initial, 'start', input());
    expect(s).toBe('IN_PROGRESS');
    expect(() => DEPARTURE_MACHINE.transition(s, 'close', input(1))).toThrow();
    expect(DEPARTURE_MACHINE.transition(s, 'close', input(0))).toBe('CLOSED');
  });

  it('normalizes account numbers and refuses anything but 1 to 8 digits', () => {
    expect(normalizeAccountNumber('７３０１２４５')).toBe('7301245');
    expect(() => normalizeAccountNumber('73-01a')).toThrow();
  });
});
