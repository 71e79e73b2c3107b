import { Injectable } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';
import { CasesError, CasesErrorCode } from './cases.errors';

/** What a transition guard is given: the case as loaded and how many of its tasks are open. */
export interface TransitionInput {
  caseState: string;
  openTasks: number;
  /** the actor's role: some transitions belong to one role (e.g. closure to the 統括責任者) */
  role: string | null;
}

/** The state machine a case type registers (built with @renkei/workflow's defineStateMachine). */
export interface CaseStateMachine {
  readonly initial: string;
  transition(from: string, name: string, input: TransitionInput): string;
  available(from: string, input: TransitionInput): string[];
}

/**
 * A case type as it plugs into the core: its name, its state machine and which states count as
 * closed. Entities, GraphQL types and policy rows stay in the case type's own lib and its agency
 * policy files; the core never imports a case type.
 */
export interface CaseTypeDefinition {
  type: string;
  nameJa: string;
  machine: CaseStateMachine;
  closedStates: readonly string[];
  /**
   * Task kinds police may ask for with `createTask` on this type besides AD_HOC_TASK_KINDS. The
   * kinds a case type's own mutations create (with the rows their answers need) are not listed.
   */
  adHocTaskKinds?: readonly string[];
  /**
   * Runs inside the transition's transaction, after the state moved: the case type records what
   * a hop means for it (a date, deadlines), whichever mutation moved the case.
   */
  afterTransition?(ctx: RequestContext, tx: Tx, change: { caseId: string; prefectureId: string; from: string; to: string; name: string }): Promise<void>;
}

/** What police may ask any agency with `createTask`, on any case type (照会, 資料提供, 保全, 協力). */
export const AD_HOC_TASK_KINDS = ['INQUIRY', 'INFORMATION_REQUEST', 'PRESERVATION_REQUEST', 'COOPERATION_REQUEST'] as const;

@Injectable()
export class CaseTypeRegistry {
  private readonly types = new Map<string, CaseTypeDefinition>();

  register(definition: CaseTypeDefinition): void {
    if (this.types.has(definition.type)) throw new Error(`case type ${definition.type} registered twice`);
    this.types.set(definition.type, definition);
  }

  get(type: string): CaseTypeDefinition {
    const def = this.types.get(type);
    if (!def) throw new CasesError(CasesErrorCode.UNKNOWN_CASE_TYPE);
    return def;
  }

  /** The kinds `createTask` accepts on a case of this type. */
  adHocTaskKinds(type: string): string[] {
    return [...AD_HOC_TASK_KINDS, ...(this.types.get(type)?.adHocTaskKinds ?? [])];
  }

  list(): CaseTypeDefinition[] {
    return [...this.types.values()];
  }
}
