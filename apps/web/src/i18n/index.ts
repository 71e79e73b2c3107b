import { ja, type Messages } from './ja';

/** One catalogue today; an English one would be another `Messages` chosen here. */
const catalogues: Record<string, Messages> = { ja };

export const locale = 'ja';
export const t: Messages = catalogues[locale];
