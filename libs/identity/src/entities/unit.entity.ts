import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { UnitKind } from '@renkei/core';

@Entity({ name: 'units' })
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  kind: UnitKind;

  @Column({ type: 'text' })
  name: string;
}
