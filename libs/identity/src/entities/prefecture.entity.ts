import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'prefectures' })
export class PrefectureEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** one character used in case reference numbers, e.g. 甲 in 甲-2026-000123 */
  @Column({ name: 'short_name', type: 'text' })
  shortName: string;
}
