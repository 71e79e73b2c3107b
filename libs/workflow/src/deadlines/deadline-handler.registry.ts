import { Injectable } from '@nestjs/common';
import { WorkflowError, WorkflowErrorCode } from '../workflow.errors';
import type { DeadlineHandler } from './deadline.types';

/**
 * What to do when a deadline of a kind warns or breaches. The lib that schedules a kind
 * registers its handler (cases: `task.due` marks the task overdue and escalates to 推進室), so
 * workflow acts on deadlines without knowing what they are for.
 */
@Injectable()
export class DeadlineHandlerRegistry {
  private readonly handlers = new Map<string, DeadlineHandler>();

  register(kind: string, handler: DeadlineHandler): void {
    if (this.handlers.has(kind)) {
      throw new WorkflowError(WorkflowErrorCode.INVALID_DEFINITION, `A deadline handler for "${kind}" is registered twice`);
    }
    this.handlers.set(kind, handler);
  }

  /** The handler of a kind; a missing one is an error, so a stage is retried, never dropped. */
  get(kind: string): DeadlineHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new WorkflowError(WorkflowErrorCode.NO_DEADLINE_HANDLER, `No deadline handler for "${kind}"`);
    return handler;
  }

  has(kind: string): boolean {
    return this.handlers.has(kind);
  }

  kinds(): string[] {
    return [...this.handlers.keys()].sort();
  }
}
