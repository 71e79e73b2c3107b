import { randomUUID } from 'node:crypto';
import type { AgencyKind, Role } from '../glossary';

/** Who is acting: the authenticated user as the authorization core needs them. */
export interface Actor {
  userId: string;
  username: string;
  sessionId: string | null;
  role: Role;
  agencyId: string;
  agencyKind: AgencyKind;
  /** the station's HQ for a station; the agency itself otherwise */
  parentAgencyId: string | null;
  unitId: string | null;
  prefectureId: string | null;
  /** bumped whenever the user's role or agency changes: part of the ability cache key */
  authzVersion: number;
}

/** One read of a field marked (S) in VISIBILITY.md, to be written to the audit log. */
export interface SensitiveRead {
  subjectType: string;
  subjectId: string;
  field: string;
}

/**
 * The first argument of every service method. Built once per request (or per job, with the
 * acting user), it carries the actor and the per-request caches of the libs.
 */
export class RequestContext {
  readonly sensitiveReads: SensitiveRead[] = [];
  private readonly bag = new Map<symbol, unknown>();

  constructor(
    readonly actor: Actor | null,
    readonly requestId: string = randomUUID(),
    readonly channel: 'graphql' | 'http' | 'job' | 'cli' = 'graphql',
  ) {}

  static system(channel: 'job' | 'cli' = 'cli'): RequestContext {
    return new RequestContext(null, randomUUID(), channel);
  }

  get isAuthenticated(): boolean {
    return this.actor !== null;
  }

  /** Per-request storage for a lib's own data (its key stays private to the lib). */
  get<T>(key: symbol): T | undefined {
    return this.bag.get(key) as T | undefined;
  }

  set<T>(key: symbol, value: T): void {
    this.bag.set(key, value);
  }
}
