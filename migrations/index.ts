import { CreateIdentity1763700000000 } from './1763700000000-create-identity';
import { CreateAuditLog1763700000001 } from './1763700000001-create-audit-log';

/** Every migration, in order. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [CreateIdentity1763700000000, CreateAuditLog1763700000001];
