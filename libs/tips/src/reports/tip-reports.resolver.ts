import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@renkei/core';
import { Allow, Ctx, READ } from '@renkei/authz';
import { TipReportsService } from './tip-reports.service';
import { TIP_REPORT_FILE, TipReportFileAction } from './tip-reports.fields';
import { TipReportFileConnectionModel, TipReportFileModel } from './models/tip-reports.models';
import { GenerateTipReportInput, TipReportFilesArgs } from './dto/tip-reports.inputs';

/** Report files to 警察庁; thin: the rules are in TipReportsService. The download is REST (TipReportsController). */
@Resolver()
export class TipReportsResolver {
  constructor(private readonly service: TipReportsService) {}

  @Mutation(() => TipReportFileModel, { description: '警察庁への報告書を作成し、暗証番号で暗号化して保存する（受付者）。通報・追加情報の報告期限を完了する' })
  @Allow(TipReportFileAction.CREATE, TIP_REPORT_FILE)
  generateTipReport(@Ctx() ctx: RequestContext, @Args('input') input: GenerateTipReportInput) {
    return this.service.generate(ctx, input);
  }

  @Query(() => TipReportFileConnectionModel, { description: '警察庁への報告書ファイルの一覧（作成の新しい順）' })
  @Allow(READ, TIP_REPORT_FILE)
  tipReportFiles(@Ctx() ctx: RequestContext, @Args() args: TipReportFilesArgs) {
    return this.service.list(ctx, args.filter ?? {}, args.first, args.after ?? null);
  }
}
