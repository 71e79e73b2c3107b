import { Injectable, OnModuleInit } from '@nestjs/common';
import { ActivityKind, type RequestContext, type Tx } from '@renkei/core';
import { DemoSeedRegistry } from '@renkei/cases';
import { ActivityReportsService, type ActivityReportDraft } from './reports.service';

type Outcome = 'APPROVED' | 'SUBMITTED' | 'DRAFT';

/** Reports filed through the service by the demo users of 甲県中央警察署 and 甲県港警察署. */
export const DEMO_REPORTS: { filer: string; outcome: Outcome; draft: ActivityReportDraft }[] = [
  {
    filer: 'chuo.manager', outcome: 'APPROVED',
    draft: {
      kind: ActivityKind.OUTREACH, activityDate: '2026-10-08', place: '甲県国際交流センター 多目的室', participants: 6, foreignResidentsReached: 42, interpreters: 1,
      languages: ['やさしい日本語', 'ベトナム語'], partnerAgencies: ['甲県国際交流協会'], notes: 'やさしい日本語による防犯・交通安全講習。闇バイトの勧誘手口を説明した。',
    },
  },
  {
    filer: 'chuo.manager', outcome: 'APPROVED',
    draft: {
      kind: ActivityKind.INTERPRETER_PATROL, activityDate: '2026-11-02', place: '中央区 外国人集住団地', participants: 3, foreignResidentsReached: 27, interpreters: 1,
      languages: ['ネパール語'], notes: '通訳人を帯同した巡回連絡。',
    },
  },
  {
    filer: 'chuo.manager', outcome: 'SUBMITTED',
    draft: {
      kind: ActivityKind.JOINT_PATROL, activityDate: '2026-11-09', place: '中央駅周辺繁華街', participants: 14, foreignResidentsReached: 9,
      partnerAgencies: ['中央地区防犯協会'], notes: '自主防犯団体との合同パトロール。',
    },
  },
  {
    filer: 'chuo.manager', outcome: 'DRAFT',
    draft: { kind: ActivityKind.FACT_FINDING, activityDate: '2026-11-12', place: '中央区 食料品店街', participants: 2, foreignResidentsReached: 11, notes: '作成中' },
  },
  {
    filer: 'minato.manager', outcome: 'SUBMITTED',
    draft: {
      kind: ActivityKind.BROKER_CRACKDOWN, activityDate: '2026-10-22', place: '港町 技能実習生寮', participants: 8, foreignResidentsReached: 15, interpreters: 2,
      languages: ['インドネシア語'], inspections: 3, arrests: 1, partnerAgencies: ['甲労働局', '東京出入国在留管理局'], notes: '悪質な仲介事業者の実態把握と取締り。',
    },
  },
  {
    filer: 'minato.manager', outcome: 'DRAFT',
    draft: { kind: ActivityKind.AGENCY_COOPERATION, activityDate: '2026-11-06', place: '港湾事業者連絡会', participants: 2, partnerAgencies: ['港湾事業者協議会'] },
  },
];

/** Approved reports of stations without a demo supervisor: taken over from the paper register. */
export const DEMO_PAPER_REPORTS: { station: string; draft: ActivityReportDraft }[] = [
  {
    station: 'ko-minato-station',
    draft: { kind: ActivityKind.OUTREACH, activityDate: '2026-09-17', place: '港町 日本語教室', participants: 4, foreignResidentsReached: 30, languages: ['やさしい日本語'] },
  },
  {
    station: 'otsu-kita-station',
    draft: { kind: ActivityKind.OUTREACH, activityDate: '2026-10-20', place: '乙市 日本語教室', participants: 3, foreignResidentsReached: 25, languages: ['やさしい日本語', '英語'] },
  },
];

/**
 * Files the demo reports as the demo users through the real service (create → submit →
 * approve), so HQ totals show something. Idempotent: a report of the same station, date and
 * place is not filed twice.
 */
@Injectable()
export class ActivityReportsDemoSeeder implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly reports: ActivityReportsService,
  ) {}

  onModuleInit(): void {
    this.seeds.register({ name: 'activity-reports', order: 60, seed: (tx, as) => this.seed(tx, as) });
  }

  async seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean> {
    let loaded = false;
    const supervisor = await as('chuo.supervisor');
    for (const r of DEMO_REPORTS) {
      const ctx = await as(r.filer);
      if (await this.reports.demoExists(tx, ctx.actor!.agencyId, r.draft.activityDate, r.draft.place)) continue;
      const id = await this.reports.createIn(ctx, tx, r.draft);
      if (r.outcome !== 'DRAFT') await this.reports.moveIn(ctx, tx, id, await this.reports.versionIn(tx, ctx, id), 'submit', null);
      if (r.outcome === 'APPROVED') await this.reports.moveIn(supervisor, tx, id, await this.reports.versionIn(tx, supervisor, id), 'approve', null);
      loaded = true;
    }
    for (const r of DEMO_PAPER_REPORTS) {
      if (await this.reports.demoApprovedFromPaper(tx, r.station, r.draft)) loaded = true;
    }
    return loaded;
  }
}
