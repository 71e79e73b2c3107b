import { ErrorCode } from '@renkei/core';
import { defineStateMachine } from '../state-machine/state-machine';
import { StateMachineRegistry } from '../state-machine/state-machine.registry';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';

type TaskState = 'open' | 'acknowledged' | 'answered' | 'rejected' | 'withdrawn';
type TaskTransition = 'acknowledge' | 'answer' | 'reject' | 'withdraw' | 'reopen';
interface Guard {
  isAddressee: boolean;
  hasReason?: boolean;
}

const task = () =>
  defineStateMachine<TaskState, TaskTransition, Guard>({
    name: 'test.task',
    initial: 'open',
    states: ['open', 'acknowledged', 'answered', 'rejected', 'withdrawn'],
    transitions: [
      { name: 'acknowledge', from: ['open'], to: 'acknowledged', guard: (g) => (g.isAddressee ? null : 'TASK.NOT_ADDRESSEE') },
      { name: 'answer', from: ['open', 'acknowledged'], to: 'answered', guard: (g) => (g.isAddressee ? null : 'TASK.NOT_ADDRESSEE') },
      {
        name: 'reject',
        from: ['open', 'acknowledged'],
        to: 'rejected',
        guard: (g) => (!g.isAddressee ? 'TASK.NOT_ADDRESSEE' : g.hasReason ? null : 'TASK.REASON_REQUIRED'),
      },
      { name: 'withdraw', from: ['open', 'acknowledged'], to: 'withdrawn' },
      { name: 'reopen', from: ['rejected'], to: 'open' },
    ],
  });

function caught(f: () => unknown): WorkflowError {
  try {
    f();
  } catch (e) {
    if (e instanceof WorkflowError) return e;
    throw e;
  }
  throw new Error('expected a WorkflowError');
}

describe('state machines', () => {
  const machine = task();
  const liaison: Guard = { isAddressee: true, hasReason: true };

  it('moves along allowed transitions', () => {
    expect(machine.initial).toBe('open');
    expect(machine.transition('open', 'acknowledge', liaison)).toBe('acknowledged');
    expect(machine.transition('acknowledged', 'answer', liaison)).toBe('answered');
    expect(machine.transition('rejected', 'reopen', liaison)).toBe('open');
  });

  it('refuses a transition the state does not allow with CONFLICT / WORKFLOW.TRANSITION_NOT_ALLOWED', () => {
    const e = caught(() => machine.transition('answered', 'acknowledge', liaison));
    expect(e.code).toBe(ErrorCode.CONFLICT);
    expect(e.reason).toBe('WORKFLOW.TRANSITION_NOT_ALLOWED');
    expect(e.workflowCode).toBe(WorkflowErrorCode.TRANSITION_NOT_ALLOWED);
  });

  it('refuses a transition its guard rejects with FORBIDDEN and the guard reason', () => {
    const e = caught(() => machine.transition('open', 'reject', { isAddressee: true, hasReason: false }));
    expect(e.code).toBe(ErrorCode.FORBIDDEN);
    expect(e.reason).toBe('WORKFLOW.TRANSITION_REFUSED');
    expect(e.details).toEqual([{ reason: 'TASK.REASON_REQUIRED' }]);
    expect(caught(() => machine.transition('open', 'answer', { isAddressee: false })).details).toEqual([{ reason: 'TASK.NOT_ADDRESSEE' }]);
  });

  it('checks the state before the guard: a closed task is a conflict whoever asks', () => {
    expect(caught(() => machine.transition('withdrawn', 'answer', { isAddressee: false })).code).toBe(ErrorCode.CONFLICT);
  });

  it('names unknown transitions and states', () => {
    expect(caught(() => machine.transition('open', 'fly' as TaskTransition, liaison)).code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(caught(() => machine.transition('lost' as TaskState, 'answer', liaison)).workflowCode).toBe(WorkflowErrorCode.UNKNOWN_STATE);
  });

  it('lists what is possible now, guards applied', () => {
    expect(machine.available('open', liaison)).toEqual(['acknowledge', 'answer', 'reject', 'withdraw']);
    expect(machine.available('open', { isAddressee: false })).toEqual(['withdraw']);
    expect(machine.available('open', { isAddressee: true, hasReason: false })).toEqual(['acknowledge', 'answer', 'withdraw']);
    expect(machine.available('answered', liaison)).toEqual([]);
    expect(machine.can('open', 'reject', liaison)).toBe(true);
    expect(machine.can('answered', 'reject', liaison)).toBe(false);
    expect(machine.isFinal('answered')).toBe(true);
    expect(machine.isFinal('rejected')).toBe(false);
    expect(machine.isState('acknowledged')).toBe(true);
    expect(machine.isState('nope')).toBe(false);
  });

  it('refuses broken definitions at once', () => {
    const bad = (transitions: any[], extra: Partial<{ initial: string; states: string[] }> = {}) =>
      caught(() => defineStateMachine({ name: 'bad', initial: 'a', states: ['a', 'b'], transitions, ...extra })).workflowCode;
    expect(bad([{ name: 'go', from: ['a'], to: 'c' }])).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(bad([{ name: 'go', from: ['x'], to: 'b' }])).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(bad([{ name: 'go', from: [], to: 'b' }])).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(bad([{ name: 'go', from: ['a'], to: 'b' }, { name: 'go', from: ['a'], to: 'a' }])).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(bad([], { initial: 'z' })).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(bad([], { states: ['a', 'a'] })).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    // the same name from different states may lead to different places
    expect(() => defineStateMachine({ name: 'ok', initial: 'a', states: ['a', 'b'], transitions: [
      { name: 'toggle', from: ['a'], to: 'b' },
      { name: 'toggle', from: ['b'], to: 'a' },
    ] })).not.toThrow();
  });

  it('the registry holds one machine per name', () => {
    const registry = new StateMachineRegistry();
    registry.register(machine);
    expect(registry.get<TaskState, TaskTransition, Guard>('test.task').transition('open', 'withdraw', liaison)).toBe('withdrawn');
    expect(registry.has('test.task')).toBe(true);
    expect(registry.names()).toEqual(['test.task']);
    expect(caught(() => registry.register(task())).workflowCode).toBe(WorkflowErrorCode.INVALID_DEFINITION);
    expect(caught(() => registry.get('nope')).workflowCode).toBe(WorkflowErrorCode.UNKNOWN_MACHINE);
  });
});
