export { CasesModule } from './cases.module';
export { CaseTypeRegistry, type CaseTypeDefinition, type CaseStateMachine, type TransitionInput } from './case-type.registry';
export { CasesService, type FileCaseInput } from './cases.service';
export { TasksService, type NewTaskInput } from './tasks.service';
export { CommentsService } from './comments.service';
export { CASE, TASK, COMMENT, CASE_EVENT, CaseAction } from './cases.fields';
export { Audience, TaskState, CasePriority } from './cases.types';
export { CasesError, CasesErrorCode } from './cases.errors';
export { EntityKind, normalizePhone, normalizeUrl, normalizeBankAccount, normalizeResidenceCard, normalizePerson, type BankAccountRef } from './linked-entities';
