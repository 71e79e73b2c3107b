import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';

/**
 * A guard answers null when the transition may happen, or a reason code (e.g.
 * `CASES.ANSWER_REQUIRED`) when it may not. It must be a pure check of its input: the caller
 * loads whatever the guard needs (actor, record) and passes it in.
 */
export type TransitionGuard<I> = (input: I) => string | null;

export interface TransitionDefinition<S extends string, T extends string, I> {
  name: T;
  from: readonly S[];
  to: S;
  guard?: TransitionGuard<I>;
}

export interface StateMachineDefinition<S extends string, T extends string, I> {
  /** unique among registered machines, e.g. `case.recruitment-post`, `task` */
  name: string;
  initial: S;
  states: readonly S[];
  transitions: readonly TransitionDefinition<S, T, I>[];
}

/** An explicit, validated state machine; immutable once defined. */
export class StateMachine<S extends string = string, T extends string = string, I = unknown> {
  readonly name: string;
  readonly initial: S;
  readonly states: readonly S[];
  private readonly byState = new Map<S, Map<T, TransitionDefinition<S, T, I>>>();
  private readonly transitionNames = new Set<T>();

  constructor(definition: StateMachineDefinition<S, T, I>) {
    const invalid = (why: string) => new WorkflowError(WorkflowErrorCode.INVALID_DEFINITION, `State machine "${definition.name}": ${why}`);
    if (!definition.name) throw invalid('a name is required');
    const states = new Set<S>(definition.states);
    if (states.size === 0) throw invalid('no states');
    if (states.size !== definition.states.length) throw invalid('a state is listed twice');
    if (!states.has(definition.initial)) throw invalid(`initial state "${definition.initial}" is not a state`);
    this.name = definition.name;
    this.initial = definition.initial;
    this.states = [...definition.states];
    for (const state of states) this.byState.set(state, new Map());
    for (const t of definition.transitions) {
      if (!t.name) throw invalid('a transition has no name');
      if (!states.has(t.to)) throw invalid(`transition "${t.name}" goes to unknown state "${t.to}"`);
      if (t.from.length === 0) throw invalid(`transition "${t.name}" has no source state`);
      for (const from of t.from) {
        const out = this.byState.get(from);
        if (!out) throw invalid(`transition "${t.name}" starts from unknown state "${from}"`);
        // One meaning per (state, transition): the same name may lead elsewhere from another state.
        if (out.has(t.name)) throw invalid(`transition "${t.name}" is defined twice from "${from}"`);
        out.set(t.name, t);
      }
      this.transitionNames.add(t.name);
    }
  }

  /** The state reached by `transitionName` from `from`, or a WorkflowError saying why not. */
  transition(from: S, transitionName: T, guardInput: I): S {
    const definition = this.find(from, transitionName);
    const reason = definition.guard ? definition.guard(guardInput) : null;
    if (reason !== null) {
      throw new WorkflowError(
        WorkflowErrorCode.TRANSITION_REFUSED,
        `"${transitionName}" is not allowed from "${from}"`,
        [{ reason }],
      );
    }
    return definition.to;
  }

  /** Whether `transitionName` may happen now (no exception). */
  can(from: S, transitionName: T, guardInput: I): boolean {
    const definition = this.outgoing(from).get(transitionName);
    return definition !== undefined && (!definition.guard || definition.guard(guardInput) === null);
  }

  /** The transitions possible now from `from`, in definition order, guards applied. */
  available(from: S, guardInput: I): T[] {
    return [...this.outgoing(from).values()].filter((t) => !t.guard || t.guard(guardInput) === null).map((t) => t.name);
  }

  /** A state with no way out (closed, withdrawn...). */
  isFinal(state: S): boolean {
    return this.outgoing(state).size === 0;
  }

  isState(value: string): value is S {
    return this.byState.has(value as S);
  }

  private find(from: S, transitionName: T): TransitionDefinition<S, T, I> {
    const out = this.outgoing(from);
    const definition = out.get(transitionName);
    if (definition) return definition;
    if (!this.transitionNames.has(transitionName)) {
      throw new WorkflowError(WorkflowErrorCode.UNKNOWN_TRANSITION, `Unknown action "${transitionName}"`);
    }
    throw new WorkflowError(WorkflowErrorCode.TRANSITION_NOT_ALLOWED, `"${transitionName}" is not possible from "${from}"`);
  }

  private outgoing(state: S): Map<T, TransitionDefinition<S, T, I>> {
    const out = this.byState.get(state);
    if (!out) throw new WorkflowError(WorkflowErrorCode.UNKNOWN_STATE, `State machine "${this.name}" has no state "${state}"`);
    return out;
  }
}

/**
 * Declares a state machine: every state and every transition listed, nothing implicit. The
 * definition is checked at once, so a typo fails at boot rather than on the first request.
 */
export function defineStateMachine<S extends string, T extends string, I = unknown>(
  definition: StateMachineDefinition<S, T, I>,
): StateMachine<S, T, I> {
  return new StateMachine(definition);
}
