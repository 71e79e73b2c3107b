export enum AuditErrorCode {
  CHAIN_BROKEN = 'AUDIT.CHAIN_BROKEN',
}
