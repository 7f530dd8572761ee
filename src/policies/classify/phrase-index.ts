import { buildPrefilter, topLevelAlternatives } from './literal-prefilter.ts';
import { collapseSpace } from './normalize.ts';
import { MOTIF_PHRASES } from './phrases/motif-phrases.ts';
import { REQUEST_PHRASES } from './phrases/request-phrases.ts';
import { SIGNAL_PHRASES } from './phrases/signal-phrases.ts';

/**
 * Every phrase table of the classifier behind one literal prefilter. A mail's
 * subject and new text are scanned once; signals, claim motifs and platform
 * requests then run only the regexes whose literals occur. Tables are matched
 * against folded text (see `foldText`).
 */
const TABLES = {
  signals: { phrases: SIGNAL_PHRASES as Record<string, readonly string[]>, flags: 'g' },
  motifs: { phrases: MOTIF_PHRASES as Record<string, readonly string[]>, flags: 'g' },
  requests: { phrases: REQUEST_PHRASES as Record<string, readonly string[]>, flags: 'g' },
};
type TableName = keyof typeof TABLES;
type NameOf<T extends TableName> = T extends 'signals'
  ? keyof typeof SIGNAL_PHRASES
  : T extends 'motifs'
    ? keyof typeof MOTIF_PHRASES
    : keyof typeof REQUEST_PHRASES;

/** People type "doesnt", "dont", "cest": every apostrophe outside a character class becomes optional. */
function apostropheOptional(source: string): string {
  return source.replace(/\[(?:\\.|[^\]\\])*\]|'\??/g, (m) => (m.startsWith('[') ? m : "'?"));
}

// Each alternative of each group is its own prefilter entry: a scan then tells which alternatives
// can match, and a signal runs only those (see `firstMatches`), not the whole alternation.
const sources: string[] = [];
const ranges = {} as Record<TableName, Record<string, [number, number]>>;
const regexes = {} as Record<TableName, Record<string, RegExp>>;
const names = {} as Record<TableName, string[]>;
for (const [table, { phrases, flags }] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
  names[table] = Object.keys(phrases);
  ranges[table] = {};
  regexes[table] = {};
  for (const [name, list] of Object.entries(phrases)) {
    const source = apostropheOptional(list.join('|'));
    const start = sources.length;
    sources.push(...topLevelAlternatives(source));
    ranges[table][name] = [start, sources.length];
    regexes[table][name] = new RegExp(source, flags);
  }
}
const prefilter = buildPrefilter(sources);
/** Each alternative's own regex, made on first use. */
const alternativeRegexes: (RegExp | undefined)[] = new Array(sources.length);

/** Which phrase alternatives may occur in a scanned text. */
export interface PhraseHits {
  readonly bits: Uint8Array;
}

/** Whitespace runs to one space: phrases match across the line breaks mail clients insert. */
export function squash(folded: string): string {
  return collapseSpace(folded);
}

/** Scans a folded, squashed text once for every table. */
export function scanPhrases(text: string): PhraseHits {
  return { bits: prefilter.candidates(text) };
}

export function mayMatch<T extends TableName>(hits: PhraseHits, table: T, name: NameOf<T>): boolean {
  const [start, end] = ranges[table][name]!;
  for (let i = start; i < end; i++) if (hits.bits[i] === 1) return true;
  return false;
}

export function phraseRegex<T extends TableName>(table: T, name: NameOf<T>): RegExp {
  return regexes[table][name]!;
}

export function phraseNames<T extends TableName>(table: T): NameOf<T>[] {
  return names[table] as NameOf<T>[];
}

/**
 * What `phraseRegex(table, name)` finds in `text` scanning with the global flag — how many
 * non-empty matches and the first one — computed from the alternatives the scan left
 * possible. An alternation matches, at the leftmost position where any alternative does,
 * with the first alternative (in order) that matches there; each alternative's own leftmost
 * match tells both. `hits` must come from a scan of `text` or of a text containing it.
 */
export function firstMatches<T extends TableName>(hits: PhraseHits, table: T, name: NameOf<T>, text: string): { count: number; first: string } | undefined {
  const [start, end] = ranges[table][name]!;
  let possible = 0;
  for (let i = start; i < end; i++) possible += hits.bits[i]!;
  if (possible === 0) return undefined;
  // Many possible alternatives: one pass of the whole alternation costs less than a pass for each.
  if (possible > MAX_SEPARATE) return wholeMatches(regexes[table][name]!, text);
  const alts: RegExp[] = [];
  for (let i = start; i < end; i++) {
    if (hits.bits[i] !== 1) continue;
    alts.push((alternativeRegexes[i] ??= new RegExp(sources[i]!, 'g')));
  }
  const next: (RegExpExecArray | null)[] = alts.map(() => null);
  const at = new Float64Array(alts.length);
  const find = (k: number, from: number) => {
    const re = alts[k]!;
    re.lastIndex = from;
    const m = re.exec(text);
    next[k] = m;
    at[k] = m ? m.index : Infinity;
  };
  for (let k = 0; k < alts.length; k++) find(k, 0);
  let count = 0;
  let first = '';
  for (;;) {
    let best = -1;
    for (let k = 0; k < alts.length; k++) if (at[k]! !== Infinity && (best < 0 || at[k]! < at[best]!)) best = k;
    if (best < 0) break;
    const m = next[best]!;
    const pos = m[0].length === 0 ? m.index + 1 : m.index + m[0].length;
    if (m[0].length > 0) {
      if (count === 0) first = m[0];
      count++;
    }
    if (pos > text.length) break;
    for (let k = 0; k < alts.length; k++) if (at[k]! < pos) find(k, pos);
  }
  return count ? { count, first } : undefined;
}

const MAX_SEPARATE = 8;

function wholeMatches(re: RegExp, text: string): { count: number; first: string } | undefined {
  re.lastIndex = 0;
  let count = 0;
  let first = '';
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (count++ === 0) first = m[0];
  }
  return count ? { count, first } : undefined;
}
