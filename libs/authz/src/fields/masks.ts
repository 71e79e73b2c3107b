import type { MaskKind } from '../policy/policy.types';

/** The masked forms VISIBILITY.md allows. */
export function applyMask(kind: MaskKind, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  switch (kind) {
    case 'last4':
      return text.length <= 4 ? '*'.repeat(text.length) : '*'.repeat(text.length - 4) + text.slice(-4);
  }
}
