import { Module } from '@nestjs/common';

/** The Case aggregate: tasks, comments, attachments, linked entities, timeline; CaseTypeRegistry. */
@Module({})
export class CasesModule {}
