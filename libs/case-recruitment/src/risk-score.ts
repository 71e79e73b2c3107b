/** One scored term of the vocabulary (table `recruitment_vocabulary`, editable data). */
export interface VocabularyTerm {
  term: string;
  weight: number;
}

export interface RiskAssessment {
  score: number;
  matched: string[];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/**
 * The risk of a post from its wording: the sum of the weights of the vocabulary terms it contains
 * (width, case and spaces folded), capped at 100, with the matched terms in vocabulary order.
 */
export function assessRisk(text: string, vocabulary: readonly VocabularyTerm[]): RiskAssessment {
  const body = fold(text);
  const matched = vocabulary.filter((v) => v.term && body.includes(fold(v.term)));
  return { score: Math.min(100, matched.reduce((sum, v) => sum + v.weight, 0)), matched: matched.map((v) => v.term) };
}
