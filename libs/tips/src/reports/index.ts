export * from './tip-report.types';
export * from './tip-report.errors';
export * from './tip-report.crypto';
export * from './tip-report.documents';
