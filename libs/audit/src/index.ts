export { AuditModule } from './audit.module';
export { AuditService, type VerifyResult } from './audit.service';
export { AUDIT_ENTRY } from './audit.fields';
export { canonicalJson, chainHash, GENESIS_HASH } from './audit.hash';
