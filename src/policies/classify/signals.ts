/**
 * Named signals (see `phrases/signal-phrases.ts`): what a text says, read
 * lazily. A signal names a meaning, not a category: the decision rules in
 * `category.ts` combine them.
 */
import { SIGNAL_PHRASES } from './phrases/signal-phrases.ts';
import { firstMatches, mayMatch, scanPhrases, squash, type PhraseHits } from './phrase-index.ts';


export type SignalName = keyof typeof SIGNAL_PHRASES;

export interface SignalHit {
  /** How many times the signal matched. */
  count: number;
  /** The first matching phrase, for evidence. */
  first: string;
}

/** The signals of one text, each evaluated on first use only: a platform notice needs a handful, a buyer's mail most. */
export interface Signals {
  get(name: SignalName): SignalHit | undefined;
}

const NONE = { count: 0, first: '' } as const;

/**
 * The signals of a folded text. `hits` may come from a scan of a larger text
 * that contains this one (the subject and new text of the mail).
 */
export function readSignals(folded: string, hits?: PhraseHits, alreadySquashed = false): Signals {
  // Mail clients wrap lines mid-sentence: phrases must match across line breaks.
  const text = alreadySquashed ? folded : squash(folded);
  const cache = new Map<SignalName, SignalHit | typeof NONE>();
  let possible = hits ?? null;
  return {
    get(name) {
      let hit = cache.get(name);
      if (hit === undefined) {
        possible ??= scanPhrases(text);
        hit = mayMatch(possible, 'signals', name) ? (firstMatches(possible, 'signals', name, text) ?? NONE) : NONE;
        cache.set(name, hit);
      }
      return hit === NONE ? undefined : hit;
    },
  };
}

export function has(s: Signals, name: SignalName): boolean {
  return s.get(name) !== undefined;
}

export function count(s: Signals, name: SignalName): number {
  return s.get(name)?.count ?? 0;
}

/** The first phrase of the first of these signals that matched ('' when none did). */
export function firstOf(s: Signals, ...names: SignalName[]): string {
  for (const n of names) {
    const hit = s.get(n);
    if (hit) return hit.first;
  }
  return '';
}

/** A signal set with nothing in it. */
export const NO_SIGNALS: Signals = { get: () => undefined };
