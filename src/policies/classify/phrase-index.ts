import { buildPrefilter } from './literal-prefilter.ts';
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

const sources: string[] = [];
const index = {} as Record<TableName, Record<string, number>>;
const regexes = {} as Record<TableName, Record<string, RegExp>>;
const names = {} as Record<TableName, string[]>;
for (const [table, { phrases, flags }] of Object.entries(TABLES) as [TableName, (typeof TABLES)[TableName]][]) {
  names[table] = Object.keys(phrases);
  index[table] = {};
  regexes[table] = {};
  for (const [name, list] of Object.entries(phrases)) {
    const source = apostropheOptional(list.join('|'));
    index[table][name] = sources.length;
    sources.push(source);
    regexes[table][name] = new RegExp(source, flags);
  }
}
const prefilter = buildPrefilter(sources);

/** Which phrase groups may occur in a scanned text. */
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
  return hits.bits[index[table][name]!] === 1;
}

export function phraseRegex<T extends TableName>(table: T, name: NameOf<T>): RegExp {
  return regexes[table][name]!;
}

export function phraseNames<T extends TableName>(table: T): NameOf<T>[] {
  return names[table] as NameOf<T>[];
}
