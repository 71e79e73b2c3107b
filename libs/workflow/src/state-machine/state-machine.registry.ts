import { Injectable } from '@nestjs/common';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';
import type { StateMachine } from './state-machine';

/**
 * The state machines of the running system, by name. Each lib registers its own (a case-type
 * lib in its module's `onModuleInit`); workflow never imports them.
 */
@Injectable()
export class StateMachineRegistry {
  private readonly machines = new Map<string, StateMachine<string, string, any>>();

  register<S extends string, T extends string, I>(machine: StateMachine<S, T, I>): StateMachine<S, T, I> {
    if (this.machines.has(machine.name)) {
      throw new WorkflowError(WorkflowErrorCode.INVALID_DEFINITION, `State machine "${machine.name}" is registered twice`);
    }
    this.machines.set(machine.name, machine as unknown as StateMachine<string, string, any>);
    return machine;
  }

  /** The machine registered under `name`; the caller states the types it registered. */
  get<S extends string = string, T extends string = string, I = unknown>(name: string): StateMachine<S, T, I> {
    const machine = this.machines.get(name);
    if (!machine) throw new WorkflowError(WorkflowErrorCode.UNKNOWN_MACHINE, `No state machine "${name}"`);
    return machine as unknown as StateMachine<S, T, I>;
  }

  has(name: string): boolean {
    return this.machines.has(name);
  }

  names(): string[] {
    return [...this.machines.keys()].sort();
  }
}
