import { Injectable } from '@nestjs/common';
import type { RequestContext, Tx } from '@renkei/core';

/**
 * One part of the demo world (spec/DEMO.md) that a case-type lib loads. `as(username)` gives the
 * context of a demo user, so demo cases are filed through the same services and rules as real
 * ones. A seeder must be idempotent: it checks whether its data is there and returns false if so.
 */
export interface DemoSeeder {
  name: string;
  /** lower runs first (a case linked to another is seeded after it) */
  order: number;
  seed(tx: Tx, as: (username: string) => Promise<RequestContext>): Promise<boolean>;
}

/** Case-type libs register their demo data here; the seed command runs them in order. */
@Injectable()
export class DemoSeedRegistry {
  private readonly seeders: DemoSeeder[] = [];

  register(seeder: DemoSeeder): void {
    this.seeders.push(seeder);
  }

  list(): DemoSeeder[] {
    return [...this.seeders].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
  }
}
