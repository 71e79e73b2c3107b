/** Who may read a comment, an attachment or a timeline entry (VISIBILITY.md). */
export enum Audience {
  POLICE = 'POLICE',
  ALL_PARTIES = 'ALL_PARTIES',
  AGENCY = 'AGENCY',
}

export enum TaskState {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ANSWERED = 'ANSWERED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  OVERDUE = 'OVERDUE',
}

export enum CasePriority {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}

export interface CaseRow {
  id: string;
  reference: string;
  type: string;
  state: string;
  priority: CasePriority;
  title: string;
  prefectureId: string;
  owningAgencyId: string;
  owningUnitId: string | null;
  filedBy: string;
  filedAt: Date;
  closedAt: Date | null;
  updatedAt: Date;
  version: number;
  /** condition fields: loaded with every row */
  assigneeIds: string[];
  taskAgencyIds: string[];
}

interface CaseContext {
  caseType: string;
  casePrefectureId: string;
  caseOwningAgencyId: string;
  caseAssigneeIds: string[];
}

export interface TaskRow extends CaseContext {
  id: string;
  caseId: string;
  agencyId: string;
  kind: string;
  request: string;
  legalBasis: string | null;
  scopeRefs: string[];
  dueAt: Date | null;
  state: TaskState;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  rejectionReason: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

interface AudienceContext extends CaseContext {
  caseId: string;
  audience: Audience;
  audienceAgencyId: string | null;
  caseTaskAgencyIds: string[];
}

export interface CommentRow extends AudienceContext {
  id: string;
  body: string;
  authorId: string;
  authorAgencyId: string;
  createdAt: Date;
}

export interface AttachmentRow extends AudienceContext {
  id: string;
  commentId: string | null;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
  uploadedAgencyId: string;
  createdAt: Date;
}

export interface CaseEventRow extends AudienceContext {
  id: string;
  occurredAt: Date;
  actorUserId: string | null;
  type: string;
  taskId: string | null;
  data: string;
}

/** The case context a case-type row carries for the row rules (see CASE_CONTEXT_COLUMNS). */
export interface CaseContextRow {
  caseId: string;
  caseType: string;
  casePrefectureId: string;
  caseOwningAgencyId: string;
  caseAssigneeIds: string[];
  caseTaskAgencyIds: string[];
}
