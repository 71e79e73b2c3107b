import { Column, Entity, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import type { Role } from '@renkei/core';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  username: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  /** the agency's prefecture: policies scope police users by it */
  @VirtualColumn({ type: 'uuid', query: (alias) => `SELECT ag.prefecture_id FROM agencies ag WHERE ag.id = ${alias}.agency_id` })
  prefectureId: string | null;

  /** the kind of the user's agency: HQ policies look at police users only */
  @VirtualColumn({ type: 'text', query: (alias) => `SELECT ag.kind FROM agencies ag WHERE ag.id = ${alias}.agency_id` })
  agencyKind: string;

  @Column({ name: 'unit_id', type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Column({ name: 'authz_version', type: 'integer' })
  authzVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer' })
  version: number;
}
