import type { Category } from '../triage.schemas.ts';
import { mayMatch, phraseNames, phraseRegex, scanPhrases, type PhraseHits } from './phrase-index.ts';




/** The claim types marketplace notices name (phrases in `phrases/motif-phrases.ts`), scored. */
export type MotifScores = Partial<Record<Exclude<Category, 'general'>, { score: number; first: string }>>;

/** Counts each claim type's phrases; the subject weighs double. */
export function scoreMotifs(foldedSubject: string, foldedBody: string, hits?: PhraseHits): MotifScores {
  const out: MotifScores = {};
  const possible = hits ?? scanPhrases(`${foldedSubject} ${foldedBody}`);
  for (const cat of phraseNames('motifs')) {
    if (!mayMatch(possible, 'motifs', cat)) continue;
    const re = phraseRegex('motifs', cat);
    let score = 0;
    let first = '';
    for (const [text, weight] of [
      [foldedSubject, 2],
      [foldedBody, 1],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (!first) first = m[0];
        score += weight;
      }
    }
    if (score > 0) out[cat] = { score, first };
  }
  return out;
}
