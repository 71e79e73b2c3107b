import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AgencyKind } from '@renkei/core';

@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: AgencyKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'prefecture_id', type: 'uuid', nullable: true })
  prefectureId: string | null;

  @Column({ name: 'parent_agency_id', type: 'uuid', nullable: true })
  parentAgencyId: string | null;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ type: 'integer' })
  version: number;
}
