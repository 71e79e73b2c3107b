import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AgencyKind } from '@renkei/core';

/** A role and the agency kinds it may be held in (reference data, set by migrations). */
@Entity({ name: 'roles' })
export class RoleEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ name: 'name_ja', type: 'text' })
  nameJa: string;

  @Column({ name: 'agency_kinds', type: 'text', array: true })
  agencyKinds: AgencyKind[];
}
