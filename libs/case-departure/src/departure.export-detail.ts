import { Injectable, OnModuleInit } from '@nestjs/common';
import type { RequestContext } from '@renkei/core';
import { FieldAccessService, READ } from '@renkei/authz';
import { CaseExportDetailRegistry, type CaseExportDetailRow } from '@renkei/cases';
import { DirectoryService } from '@renkei/identity';
import { DepartureService } from './departure.service';
import { DEPARTING_RESIDENT_CASE, DEPARTURE_ACCOUNT, DEPARTURE_CONTRACT, DEPARTURE_IMMIGRATION_NOTE, DEPARTURE_RISK_NOTE } from './departure.fields';
import { AccountType, ContractType, DepartureNoteKind, DepartureRowStatus } from './departure.types';

const HIDDEN = '非表示';
const STATUS_JA: Record<DepartureRowStatus, string> = {
  [DepartureRowStatus.NOT_HELD]: '該当なし',
  [DepartureRowStatus.NORMAL]: '通常',
  [DepartureRowStatus.WITHDRAWALS_RESTRICTED]: '出金制限',
  [DepartureRowStatus.FROZEN]: '凍結',
  [DepartureRowStatus.CLOSED]: '解約',
};
const ACCOUNT_TYPE_JA: Record<AccountType, string> = { [AccountType.ORDINARY]: '普通', [AccountType.CURRENT]: '当座', [AccountType.SAVINGS]: '貯蓄' };
const CONTRACT_TYPE_JA: Record<ContractType, string> = { [ContractType.VOICE]: '音声', [ContractType.DATA_ONLY]: 'データ専用', [ContractType.PREPAID]: 'プリペイド' };

/** The resident's own fields, as columns. */
const RESIDENT_COLUMNS = [
  { field: 'romajiName', header: '氏名（ローマ字）', width: 24 },
  { field: 'kanaName', header: '氏名（カナ）', width: 24 },
  { field: 'dateOfBirth', header: '生年月日', width: 12 },
  { field: 'residenceCardNumber', header: '在留カード番号', width: 16 },
  { field: 'nationality', header: '国籍', width: 8 },
  { field: 'statusOfResidence', header: '在留資格', width: 14 },
  { field: 'address', header: '住所', width: 36 },
  { field: 'residenceExpiry', header: '在留期限', width: 12 },
  { field: 'plannedDeparture', header: '出国予定日', width: 12 },
  { field: 'confirmedDeparture', header: '出国確認日', width: 12 },
];

/**
 * The departure case's columns in a case-list export filtered to this type: the resident, the
 * accounts and contracts (each institution only its own, as on `Case.departingResident`), and
 * the notes. Every value comes from the same projected reads as GraphQL; a list the user may not
 * read at all is a redacted cell, a field hidden inside a readable row is written 非表示.
 */
@Injectable()
export class DepartureExportDetail implements OnModuleInit {
  constructor(
    private readonly registry: CaseExportDetailRegistry,
    private readonly departures: DepartureService,
    private readonly fields: FieldAccessService,
    private readonly directory: DirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register({
      type: DEPARTING_RESIDENT_CASE,
      columns: [
        ...RESIDENT_COLUMNS,
        { field: 'accounts', header: '口座', width: 50 },
        { field: 'contracts', header: '携帯電話契約', width: 50 },
        { field: 'immigrationNotes', header: '入管の連絡事項', width: 40 },
        { field: 'riskNotes', header: '警察のリスク情報', width: 40 },
      ],
      rows: (ctx, caseIds) => this.rows(ctx, caseIds),
    });
  }

  private async rows(ctx: RequestContext, caseIds: string[]): Promise<Map<string, CaseExportDetailRow>> {
    const d = this.departures;
    const [residents, accounts, contracts, immigration, risk] = await Promise.all([
      Promise.all(caseIds.map((id) => d.residentOf(ctx, id))),
      Promise.all(caseIds.map((id) => d.accountsOf(ctx, id))),
      Promise.all(caseIds.map((id) => d.contractsOf(ctx, id))),
      Promise.all(caseIds.map((id) => d.notesOf(ctx, id, DepartureNoteKind.IMMIGRATION))),
      Promise.all(caseIds.map((id) => d.notesOf(ctx, id, DepartureNoteKind.POLICE_RISK))),
    ]);
    const readable = (subject: string) => this.fields.can(ctx, READ, subject);
    const name = async (agencyId: unknown) => (typeof agencyId === 'string' ? ((await this.directory.agency(ctx, agencyId)) as { name?: string | null } | null)?.name ?? null : null);
    const part = (row: { redactedFields: string[] }, field: string, value: unknown) => (row.redactedFields.includes(field) ? HIDDEN : (value ?? ''));
    const out = new Map<string, CaseExportDetailRow>();
    for (const [i, caseId] of caseIds.entries()) {
      const resident = residents[i];
      const redactedFields: string[] = [];
      const row: CaseExportDetailRow = { redactedFields };
      for (const c of RESIDENT_COLUMNS) {
        if (!resident || resident.redactedFields.includes(c.field)) redactedFields.push(c.field);
        // Reading the projected field is what records an (S) read (the card number): it is written.
        else row[c.field] = (resident as unknown as Record<string, unknown>)[c.field];
      }
      if (!readable(DEPARTURE_ACCOUNT)) redactedFields.push('accounts');
      else {
        const cells: string[] = [];
        for (const a of accounts[i]) {
          const status = a.redactedFields.includes('status') ? HIDDEN : a.status ? STATUS_JA[a.status] : '未回答';
          cells.push(`${(await name(a.bankAgencyId)) ?? HIDDEN} ${part(a, 'branchName', a.branchName)} ${part(a, 'accountType', a.accountType ? ACCOUNT_TYPE_JA[a.accountType] : '')} ${part(a, 'accountNumber', a.accountNumber)}（${status}）`);
        }
        row.accounts = cells;
      }
      if (!readable(DEPARTURE_CONTRACT)) redactedFields.push('contracts');
      else {
        const cells: string[] = [];
        for (const c of contracts[i]) {
          const status = c.redactedFields.includes('status') ? HIDDEN : c.status ? STATUS_JA[c.status] : '未回答';
          cells.push(`${(await name(c.carrierAgencyId)) ?? HIDDEN} ${part(c, 'number', c.number)} ${part(c, 'contractType', c.contractType ? CONTRACT_TYPE_JA[c.contractType] : '')}（${status}）`);
        }
        row.contracts = cells;
      }
      if (!readable(DEPARTURE_IMMIGRATION_NOTE)) redactedFields.push('immigrationNotes');
      else row.immigrationNotes = immigration[i].map((n) => part(n, 'body', n.body));
      if (!readable(DEPARTURE_RISK_NOTE)) redactedFields.push('riskNotes');
      else row.riskNotes = risk[i].map((n) => part(n, 'body', n.body));
      out.set(caseId, row);
    }
    return out;
  }
}
