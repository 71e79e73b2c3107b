import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DeadlineState } from '../deadlines/deadline.types';

/** The `deadlines` table (migrations/1763800000000-create-workflow-deadlines.ts). */
@Entity({ name: 'deadlines' })
export class DeadlineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'prefecture_id', type: 'uuid', nullable: true })
  prefectureId: string | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'warn_at', type: 'timestamptz', nullable: true })
  warnAt: Date | null;

  @Column({ type: 'text' })
  state: DeadlineState;

  @Column({ name: 'warned_at', type: 'timestamptz', nullable: true })
  warnedAt: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt: Date | null;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  // No @VersionColumn: TypeORM would not add the condition anyway; the repository writes it.
  @Column({ type: 'integer' })
  version: number;
}
