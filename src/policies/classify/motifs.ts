import type { Category } from '../triage.schemas.ts';
import { firstMatches, mayMatch, phraseNames, scanPhrases, type PhraseHits } from './phrase-index.ts';

/** The claim types marketplace notices name (phrases in `phrases/motif-phrases.ts`), scored. */
export type MotifScores = Partial<Record<Exclude<Category, 'general'>, { score: number; first: string }>>;

/** Counts each claim type's phrases; the subject weighs double. */
export function scoreMotifs(foldedSubject: string, foldedBody: string, hits?: PhraseHits): MotifScores {
  const out: MotifScores = {};
  const possible = hits ?? scanPhrases(`${foldedSubject} ${foldedBody}`);
  for (const cat of phraseNames('motifs')) {
    if (!mayMatch(possible, 'motifs', cat)) continue;
    const inSubject = firstMatches(possible, 'motifs', cat, foldedSubject);
    const inBody = firstMatches(possible, 'motifs', cat, foldedBody);
    const score = 2 * (inSubject?.count ?? 0) + (inBody?.count ?? 0);
    const first = inSubject?.first ?? inBody?.first ?? '';
    if (score > 0) out[cat] = { score, first };
  }
  return out;
}
