// Small helpers shared by the tip screens (no DOM, no React).

export const CATEGORIES = [
  'ORGANIZED_CRIME',
  'DRUGS',
  'FIREARMS',
  'SPECIAL_FRAUD',
  'JUVENILE_WELFARE',
  'CHILD_ABUSE',
  'HUMAN_TRAFFICKING',
  'ONLINE_CASINO',
  'CRIME_INFRASTRUCTURE',
] as const;

export const DISQUALIFICATIONS = ['SUSPECT', 'VICTIM', 'POLICE_STAFF', 'CONTRACTOR', 'OFFICIAL_ON_DUTY', 'PROFESSIONAL_AT_WORK', 'COLLUDING'] as const;

export const PAYMENT_METHODS = ['CASH', 'TRANSFER', 'POST'] as const;

/** The stable client code of a failed request (never its message). */
export function errorCode(error: unknown): string | undefined {
  return (error as { errors?: { extensions?: { code?: string } }[] } | undefined)?.errors?.[0]?.extensions?.code;
}

/** The PIN the server accepts: 6 to 8 digits. */
export function isValidPin(pin: string): boolean {
  return /^\d{6,8}$/.test(pin);
}
