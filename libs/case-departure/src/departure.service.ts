import { Injectable, OnModuleInit } from '@nestjs/common';
import { AgencyKind, BadInputError, Clock, ConflictError, NotFoundError, TransactionRunner, type RequestContext, type Tx } from '@renkei/core';
import { FieldAccessService, PolicyRegistry, READ, type Projected } from '@renkei/authz';
import { CaseAction, CaseRowsLoader, CasesService, CaseTypeRegistry, EntityKind, normalizePerson, normalizePhone, normalizeResidenceCard, TASK, TasksService } from '@renkei/cases';
import { BusinessCalendar } from '@renkei/workflow';
import { DepartureRepository, type NewAccount, type NewContract } from './departure.repository';
import {
  DEPARTING_RESIDENT,
  DEPARTING_RESIDENT_CASE,
  DEPARTURE_ACCOUNT,
  DEPARTURE_CONTRACT,
  DEPARTURE_IMMIGRATION_NOTE,
  DEPARTURE_RISK_NOTE,
  DEPARTURE_SUBJECTS,
} from './departure.fields';
import { DEPARTURE_CLOSED_STATES, DEPARTURE_DUE_BUSINESS_DAYS, DEPARTURE_MACHINE, DepartureTaskKind } from './departure.workflow';
import { DepartureError, DepartureErrorCode } from './departure.errors';
import {
  DepartureNoteKind,
  DepartureRowStatus,
  type AccountRow,
  type AccountType,
  type ContractRow,
  type ContractType,
  type NoteRow,
  type ResidentRow,
} from './departure.types';

export interface FileDepartingResident {
  title?: string | null;
  /** immigration only: the prefecture whose police HQ will own the case (the person's residence) */
  prefectureId?: string | null;
  person: {
    romajiName: string;
    kanaName?: string | null;
    dateOfBirth: string;
    residenceCardNumber: string;
    nationality?: string | null;
    statusOfResidence?: string | null;
    address?: string | null;
    applicationPending?: boolean | null;
    applicationNumber?: string | null;
    applicationDate?: string | null;
    residenceExpiry: string;
    plannedDeparture?: string | null;
    confirmedDeparture?: string | null;
  };
  accounts: { bankAgencyId: string; branchName: string; accountType: AccountType; accountNumber: string; holderKana?: string | null }[];
  contracts: { carrierAgencyId: string; number: string; contractType?: ContractType | null }[];
  /** police only */
  riskNote?: string | null;
  /** immigration only */
  immigrationNote?: string | null;
}

export interface AnswerDepartureRow {
  id: string;
  version: number;
  status: DepartureRowStatus;
  legalBasis: string;
  statusOn: string;
}

const ANSWER_FIELDS = ['status', 'legalBasis', 'statusOn', 'answeredBy', 'answeredAt'];
const OPEN_TASK_STATES = ['OPEN', 'ACKNOWLEDGED', 'OVERDUE'];
const STATUS_JA: Record<DepartureRowStatus, string> = {
  [DepartureRowStatus.NOT_HELD]: '該当なし',
  [DepartureRowStatus.NORMAL]: '通常',
  [DepartureRowStatus.WITHDRAWALS_RESTRICTED]: '出金制限',
  [DepartureRowStatus.FROZEN]: '凍結',
  [DepartureRowStatus.CLOSED]: '解約',
};
const NOTE_SUBJECT: Record<DepartureNoteKind, string> = {
  [DepartureNoteKind.IMMIGRATION]: DEPARTURE_IMMIGRATION_NOTE,
  [DepartureNoteKind.POLICE_RISK]: DEPARTURE_RISK_NOTE,
};

/** Width-folded digits of an account number (1 to 8 digits). */
export function normalizeAccountNumber(raw: string): string {
  const v = raw.normalize('NFKC').replace(/[\s-]/g, '');
  if (!/^[0-9]{1,8}$/.test(v)) throw new BadInputError('Invalid account number', [{ field: 'accountNumber', reason: 'INVALID_ACCOUNT_NUMBER' }]);
  return v;
}

/**
 * The rules of the departure case type: filing the person with their accounts and contracts, one
 * task per bank and per carrier (covering only its own rows) and one for immigration, the
 * institutions' answers per row, the notes. Rows in SQL by the actor's ability, fields projected.
 *
 * An immigration liaison may file too: the case is then owned by the police HQ (its 推進室) of the
 * prefecture the liaison names, as a labour bureau's recruitment report is (docs/CASE-TYPES.md).
 */
@Injectable()
export class DepartureService implements OnModuleInit {
  constructor(
    private readonly repository: DepartureRepository,
    private readonly cases: CasesService,
    private readonly caseRows: CaseRowsLoader,
    private readonly tasks: TasksService,
    private readonly fields: FieldAccessService,
    private readonly registry: PolicyRegistry,
    private readonly types: CaseTypeRegistry,
    private readonly transactions: TransactionRunner,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    for (const subject of DEPARTURE_SUBJECTS) this.registry.registerSubject(subject);
    this.types.register({ type: DEPARTING_RESIDENT_CASE, nameJa: '帰国する在留外国人の口座・携帯電話', machine: DEPARTURE_MACHINE, closedStates: DEPARTURE_CLOSED_STATES });
  }

  file(ctx: RequestContext, input: FileDepartingResident): Promise<{ id: string; reference: string }> {
    return this.transactions.run((tx) => this.fileIn(ctx, tx, input));
  }

  /** Files the case, the person, accounts, contracts, tasks and notes in the caller's transaction (the demo seeder's too). */
  async fileIn(ctx: RequestContext, tx: Tx, input: FileDepartingResident): Promise<{ id: string; reference: string }> {
    const actor = ctx.actor;
    if (!actor) throw new DepartureError(DepartureErrorCode.NOT_ALLOWED);
    const p = input.person;
    const residenceCardNumber = normalizeResidenceCard(p.residenceCardNumber);
    const pending = !!p.applicationPending;
    if (!pending && (p.applicationNumber || p.applicationDate)) {
      throw new DepartureError(DepartureErrorCode.BAD_DATE, [{ field: 'applicationPending', reason: 'APPLICATION_WITHOUT_FLAG' }]);
    }
    if (p.dateOfBirth >= p.residenceExpiry) throw new DepartureError(DepartureErrorCode.BAD_DATE, [{ field: 'dateOfBirth', reason: 'AFTER_EXPIRY' }]);
    const accounts: NewAccount[] = input.accounts.map((a) => ({
      bankAgencyId: a.bankAgencyId, branchName: a.branchName.trim(), accountType: a.accountType, accountNumber: normalizeAccountNumber(a.accountNumber), holderKana: a.holderKana?.trim() || null,
    }));
    const contracts: NewContract[] = input.contracts.map((c) => ({ carrierAgencyId: c.carrierAgencyId, number: normalizePhone(c.number), contractType: c.contractType ?? null }));
    const accountKeys = accounts.map((a) => `${a.bankAgencyId}|${a.branchName}|${a.accountType}|${a.accountNumber}`);
    if (new Set(accountKeys).size !== accounts.length || new Set(contracts.map((c) => c.number)).size !== contracts.length) {
      throw new DepartureError(DepartureErrorCode.DUPLICATE_ROW, [{ reason: 'DUPLICATE' }]);
    }
    const banks = [...new Set(accounts.map((a) => a.bankAgencyId))];
    if ((await this.repository.agenciesOfKind(tx.em, banks, AgencyKind.FINANCIAL_INSTITUTION)).length !== banks.length) {
      throw new DepartureError(DepartureErrorCode.NOT_A_BANK, [{ field: 'bankAgencyId', reason: 'NOT_A_BANK' }]);
    }
    const carriers = [...new Set(contracts.map((c) => c.carrierAgencyId))];
    if ((await this.repository.agenciesOfKind(tx.em, carriers, AgencyKind.CARRIER)).length !== carriers.length) {
      throw new DepartureError(DepartureErrorCode.NOT_A_CARRIER, [{ field: 'carrierAgencyId', reason: 'NOT_A_CARRIER' }]);
    }
    const isImmigration = actor.agencyKind === AgencyKind.IMMIGRATION;
    let owningAgencyId: string | undefined;
    let prefectureId: string | undefined;
    if (isImmigration) {
      if (!input.prefectureId) throw new DepartureError(DepartureErrorCode.NO_PREFECTURE, [{ field: 'prefectureId', reason: 'REQUIRED' }]);
      owningAgencyId = (await this.repository.policeHqOf(tx.em, input.prefectureId)) ?? undefined;
      if (!owningAgencyId) throw new DepartureError(DepartureErrorCode.NO_HQ, [{ field: 'prefectureId', reason: 'NO_HQ' }]);
      prefectureId = input.prefectureId;
    }
    const immigration = isImmigration ? [actor.agencyId] : await this.repository.agenciesByKind(tx.em, AgencyKind.IMMIGRATION);
    if (immigration.length === 0) throw new DepartureError(DepartureErrorCode.NO_IMMIGRATION);

    const filed = await this.cases.file(ctx, tx, {
      type: DEPARTING_RESIDENT_CASE,
      title: input.title?.trim() || `帰国予定の在留外国人（${p.romajiName.trim()}）`,
      owningAgencyId,
      prefectureId,
    });
    const at = this.clock.now();
    const residentId = await this.repository.insertResident(tx.em, {
      caseId: filed.id, romajiName: p.romajiName.trim(), kanaName: p.kanaName?.trim() || null, dateOfBirth: p.dateOfBirth, residenceCardNumber,
      nationality: p.nationality?.trim().toUpperCase() || null, statusOfResidence: p.statusOfResidence?.trim() || null, address: p.address?.trim() || null,
      applicationPending: pending, applicationNumber: p.applicationNumber?.trim() || null, applicationDate: p.applicationDate ?? null,
      residenceExpiry: p.residenceExpiry, plannedDeparture: p.plannedDeparture ?? null, confirmedDeparture: p.confirmedDeparture ?? null, at,
    });
    const accountIds: { id: string; agencyId: string }[] = [];
    for (const a of accounts) accountIds.push({ id: await this.repository.insertAccount(tx.em, filed.id, residentId, a, at), agencyId: a.bankAgencyId });
    const contractIds: { id: string; agencyId: string }[] = [];
    for (const c of contracts) contractIds.push({ id: await this.repository.insertContract(tx.em, filed.id, residentId, c, at), agencyId: c.carrierAgencyId });
    await this.cases.linkEntities(ctx, tx, filed.id, [
      { kind: EntityKind.RESIDENCE_CARD, normalized: residenceCardNumber },
      { kind: EntityKind.PERSON, normalized: normalizePerson(p.romajiName, p.dateOfBirth) },
    ]);

    const dueAt = this.calendar.addBusinessDays(at, DEPARTURE_DUE_BUSINESS_DAYS);
    const taskIds: string[] = [];
    for (const [agencyId, own] of groupBy(accountIds)) {
      const taskId = await this.tasks.createIn(ctx, tx, {
        caseId: filed.id, agencyId, kind: DepartureTaskKind.ACCOUNT_CHECK, dueAt, scopeRefs: own,
        request: `帰国予定の在留外国人名義の口座（${own.length}件）について、口座ごとに状態（該当なし／通常／出金制限／凍結／解約）と根拠・日付をご回答ください。`,
        legalBasis: '犯罪収益移転防止法第4条第2項・第5条（在留期間満了後の口座利用）',
      });
      await this.repository.setTask(tx.em, 'departure_accounts', own, taskId);
      taskIds.push(taskId);
    }
    for (const [agencyId, own] of groupBy(contractIds)) {
      const taskId = await this.tasks.createIn(ctx, tx, {
        caseId: filed.id, agencyId, kind: DepartureTaskKind.CONTRACT_CHECK, dueAt, scopeRefs: own,
        request: `帰国予定の在留外国人名義の携帯電話契約（${own.length}件）について、契約ごとに状態（該当なし／通常／利用制限／停止／解約）と根拠・日付をご回答ください。`,
        legalBasis: '携帯音声通信事業者による契約者等の本人確認等及び携帯音声通信役務の不正な利用の防止に関する法律',
      });
      await this.repository.setTask(tx.em, 'departure_contracts', own, taskId);
      taskIds.push(taskId);
    }
    taskIds.push(
      await this.tasks.createIn(ctx, tx, {
        caseId: filed.id, agencyId: immigration[0], kind: DepartureTaskKind.IMMIGRATION_CONFIRMATION, dueAt,
        request: '出国（予定・確認）の状況と再入国許可の有無をご連絡ください。',
        legalBasis: '出入国管理及び難民認定法',
      }),
    );
    if (input.riskNote?.trim()) await this.addNoteIn(ctx, tx, filed.id, DepartureNoteKind.POLICE_RISK, input.riskNote);
    if (input.immigrationNote?.trim()) await this.addNoteIn(ctx, tx, filed.id, DepartureNoteKind.IMMIGRATION, input.immigrationNote);
    tx.emit({
      type: 'departure.resident.filed', outcome: 'success', ctx, subjectType: DEPARTING_RESIDENT, subjectId: residentId,
      details: { caseId: filed.id, reference: filed.reference, accounts: accounts.length, contracts: contracts.length, tasks: taskIds.length },
    });
    return filed;
  }

  addNote(ctx: RequestContext, caseId: string, kind: DepartureNoteKind, body: string): Promise<Projected<NoteRow>> {
    return this.transactions
      .run((tx) => this.addNoteIn(ctx, tx, caseId, kind, body))
      .then(async (id) => {
        const rows = await this.repository.notesOfCases([caseId], kind, this.fields.rowsSql(ctx, READ, NOTE_SUBJECT[kind], 'n'));
        const row = rows.find((r) => r.id === id);
        if (!row) throw new NotFoundError('Case');
        return this.fields.project(ctx, NOTE_SUBJECT[kind], row);
      });
  }

  /** A note of the kind the actor may write on this case (checked on a draft row with the case's context). */
  async addNoteIn(ctx: RequestContext, tx: Tx, caseId: string, kind: DepartureNoteKind, body: string): Promise<string> {
    const [resident] = await this.repository.residentsOfCases([caseId], this.fields.rowsSql(ctx, READ, DEPARTING_RESIDENT, 'r'), tx.em);
    if (!resident) throw new NotFoundError('Case');
    const subject = NOTE_SUBJECT[kind];
    const at = this.clock.now();
    const draft: NoteRow = {
      id: '', body: body.trim(), authorId: ctx.actor!.userId, createdAt: at, caseId, caseType: resident.caseType, casePrefectureId: resident.casePrefectureId,
      caseOwningAgencyId: resident.caseOwningAgencyId, caseAssigneeIds: resident.caseAssigneeIds, caseTaskAgencyIds: resident.caseTaskAgencyIds,
    };
    this.fields.assertCanWrite(ctx, subject, draft, ['body']);
    const id = await this.repository.insertNote(tx.em, { caseId, kind, body: draft.body, authorId: draft.authorId, at });
    tx.emit({ type: 'departure.note.added', outcome: 'success', ctx, subjectType: subject, subjectId: id, prefectureId: resident.casePrefectureId, fields: ['body'], details: { caseId } });
    return id;
  }

  answerAccount(ctx: RequestContext, input: AnswerDepartureRow): Promise<Projected<AccountRow>> {
    return this.answerRow(ctx, input, DEPARTURE_ACCOUNT, 'departure_accounts', 'a', (id, rows, em) => this.repository.findAccount(id, rows, em));
  }

  answerContract(ctx: RequestContext, input: AnswerDepartureRow): Promise<Projected<ContractRow>> {
    return this.answerRow(ctx, input, DEPARTURE_CONTRACT, 'departure_contracts', 'c', (id, rows, em) => this.repository.findContract(id, rows, em));
  }

  /** The institution's answer for one of its rows; its task is answered once every row of it is. */
  private async answerRow<R extends AccountRow | ContractRow>(
    ctx: RequestContext,
    input: AnswerDepartureRow,
    subject: string,
    table: 'departure_accounts' | 'departure_contracts',
    alias: 'a' | 'c',
    find: (id: string, rows: ReturnType<FieldAccessService['rowsSql']>, em?: Tx['em']) => Promise<R | null>,
  ): Promise<Projected<R>> {
    const taskId = await this.transactions.run(async (tx) => {
      const row = await find(input.id, this.fields.rowsSql(ctx, READ, subject, alias), tx.em);
      if (!row) throw new NotFoundError(subject);
      this.fields.assertCanWrite(ctx, subject, row, ANSWER_FIELDS);
      if (!input.legalBasis?.trim() || !input.statusOn) throw new DepartureError(DepartureErrorCode.ANSWER_INCOMPLETE, [{ field: 'legalBasis', reason: 'REQUIRED' }]);
      if (row.version !== input.version) throw new ConflictError();
      const ok = await this.repository.answerRow(
        tx.em, table, row.id, input.version,
        { status: input.status, legalBasis: input.legalBasis.trim(), statusOn: input.statusOn, answeredBy: ctx.actor!.userId },
        this.clock.now(),
      );
      if (!ok) throw new ConflictError();
      tx.emit({
        type: 'departure.row.answered', outcome: 'success', ctx, subjectType: subject, subjectId: row.id, prefectureId: row.casePrefectureId,
        fields: ANSWER_FIELDS, details: { caseId: row.caseId, status: input.status },
      });
      return row.taskId;
    });
    if (taskId) await this.answerTaskWhenComplete(ctx, taskId);
    const row = await find(input.id, this.fields.rowsSql(ctx, READ, subject, alias));
    if (!row) throw new NotFoundError(subject);
    return this.fields.project(ctx, subject, row);
  }

  /** Every row of the task answered: the task is answered with the counts (no value in the text). */
  private async answerTaskWhenComplete(ctx: RequestContext, taskId: string): Promise<void> {
    const statuses = await this.repository.statusesOfTask(taskId);
    if (statuses.some((s) => s.status === null)) return;
    const task = await this.repository.taskState(taskId);
    if (!task || !OPEN_TASK_STATES.includes(task.state) || !this.fields.can(ctx, CaseAction.ANSWER, TASK)) return;
    const summary = statuses
      .filter((s) => s.status)
      .map((s) => `${STATUS_JA[s.status as DepartureRowStatus]} ${s.n}件`)
      .join('、');
    await this.tasks.answer(ctx, taskId, task.version, `全件回答済み: ${summary}`);
  }

  // Reads for the field resolvers, batched per request: only rows the actor may read, projected.

  residentOf(ctx: RequestContext, caseId: string): Promise<Projected<ResidentRow> | null> {
    return this.caseRows.one(ctx, DEPARTING_RESIDENT, 'r', caseId, (ids, rows) => this.repository.residentsOfCases(ids, rows));
  }

  accountsOf(ctx: RequestContext, caseId: string): Promise<Projected<AccountRow>[]> {
    return this.caseRows.many(ctx, DEPARTURE_ACCOUNT, 'a', caseId, (ids, rows) => this.repository.accountsOfCases(ids, rows));
  }

  contractsOf(ctx: RequestContext, caseId: string): Promise<Projected<ContractRow>[]> {
    return this.caseRows.many(ctx, DEPARTURE_CONTRACT, 'c', caseId, (ids, rows) => this.repository.contractsOfCases(ids, rows));
  }

  notesOf(ctx: RequestContext, caseId: string, kind: DepartureNoteKind): Promise<Projected<NoteRow>[]> {
    const subject = NOTE_SUBJECT[kind];
    return this.caseRows.many(ctx, subject, 'n', caseId, (ids, rows) => this.repository.notesOfCases(ids, kind, rows));
  }
}

function groupBy(rows: { id: string; agencyId: string }[]): Map<string, string[]> {
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(r.agencyId, [...(by.get(r.agencyId) ?? []), r.id]);
  return by;
}
