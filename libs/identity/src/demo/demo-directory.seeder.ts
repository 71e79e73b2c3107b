import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PasswordService } from '../password.service';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PREFECTURES, DEMO_USERS } from './demo-directory';

/**
 * Loads the demo directory idempotently: rows are matched by code / username and never
 * overwritten, so a second start keeps whatever the users changed.
 */
@Injectable()
export class DemoDirectorySeeder {
  constructor(private readonly passwords: PasswordService) {}

  async seed(em: EntityManager): Promise<{ users: number }> {
    for (const p of DEMO_PREFECTURES) {
      await em.query(
        `INSERT INTO prefectures (code, name, short_name) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING`,
        [p.code, p.name, p.shortName],
      );
    }
    for (const a of DEMO_AGENCIES) {
      await em.query(
        `INSERT INTO agencies (code, kind, name, prefecture_id, parent_agency_id)
         VALUES ($1, $2, $3, (SELECT id FROM prefectures WHERE code = $4), (SELECT id FROM agencies WHERE code = $5))
         ON CONFLICT (code) DO NOTHING`,
        [a.code, a.kind, a.name, a.prefecture ?? null, a.parent ?? null],
      );
      for (const u of a.units ?? []) {
        await em.query(
          `INSERT INTO units (agency_id, code, kind, name) VALUES ((SELECT id FROM agencies WHERE code = $1), $2, $3, $4)
           ON CONFLICT (agency_id, code) DO NOTHING`,
          [a.code, u.code, u.kind, u.name],
        );
      }
    }
    const existing: { username: string }[] = await em.query(`SELECT username FROM users WHERE username = ANY($1)`, [
      DEMO_USERS.map((u) => u.username),
    ]);
    const missing = DEMO_USERS.filter((u) => !existing.some((e) => e.username === u.username));
    if (missing.length === 0) return { users: 0 };
    // One hash for the one demo password: seeding stays fast, each row still holds a salted argon2id hash.
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    for (const u of missing) {
      await em.query(
        `INSERT INTO users (username, display_name, password_hash, agency_id, unit_id, role)
         SELECT $1, $2, $3, a.id, (SELECT un.id FROM units un WHERE un.agency_id = a.id AND un.code = $5), $6
           FROM agencies a WHERE a.code = $4
         ON CONFLICT DO NOTHING`,
        [u.username, u.displayName, hash, u.agency, u.unit ?? null, u.role],
      );
    }
    return { users: missing.length };
  }
}
