/**
 * Skips regular expressions that cannot match. For each pattern alternative we
 * derive literals one of which every match must contain; one Aho–Corasick pass
 * over the text tells which literals occur, and only the patterns with a
 * literal present need their (slower) regex run. The result is exactly the
 * regex's: the prefilter only ever rules out patterns that cannot match.
 */

const META = new Set(['\\', '(', ')', '[', ']', '{', '}', '?', '*', '+', '|', '.', '^', '$']);

/** Splits a pattern source at top-level `|`. (Plain loops: this runs over every phrase at start-up.) */
export function topLevelAlternatives(src: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92 /* \\ */) i++;
    else if (inClass) inClass = c !== 93; /* ] */
    else if (c === 91 /* [ */) inClass = true;
    else if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */) depth--;
    else if (c === 124 /* | */ && depth === 0) {
      out.push(src.slice(start, i));
      start = i + 1;
    }
  }
  out.push(src.slice(start));
  return out;
}

/** Index just after the group or class opening at `i`. */
function skipBracketed(src: string, i: number): number {
  if (src[i] === '[') {
    for (let k = i + 1; k < src.length; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === ']') return k + 1;
    }
    return src.length;
  }
  let depth = 0;
  let inClass = false;
  for (let k = i; k < src.length; k++) {
    const c = src.charCodeAt(k);
    if (c === 92) k++;
    else if (inClass) inClass = c !== 93;
    else if (c === 91) inClass = true;
    else if (c === 40) depth++;
    else if (c === 41 && --depth === 0) return k + 1;
  }
  return src.length;
}

/** Length of a quantifier at `i` and whether it makes the atom optional. */
function quantifier(src: string, i: number): { length: number; optional: boolean } {
  const c = src[i];
  let length = 0;
  let optional = false;
  if (c === '?' || c === '*') {
    length = 1;
    optional = true;
  } else if (c === '+') length = 1;
  else if (c === '{') {
    const m = /^\{(\d*)(,?\d*)\}/.exec(src.slice(i));
    if (m) {
      length = m[0].length;
      optional = m[1] === '' || Number(m[1]) === 0;
    }
  }
  if (length && src[i + length] === '?') length++; // lazy
  return { length, optional };
}

/**
 * Literals one of which every match of `src` contains, or null when no such
 * set can be told (the pattern must then always run).
 */
export function requiredLiterals(src: string): string[] | null {
  const alternatives = topLevelAlternatives(src);
  const all: string[] = [];
  for (const alt of alternatives) {
    const set = requiredInSequence(alt);
    if (!set) return null;
    all.push(...set);
  }
  return all;
}

/** The alternatives of a group that are all plain text ("没|沒"), unescaped; null otherwise. */
function exactAlternatives(inner: string): string[] | null {
  const out: string[] = [];
  for (const alt of topLevelAlternatives(inner)) {
    let text = '';
    for (let i = 0; i < alt.length; i++) {
      const c = alt[i]!;
      if (c === '\\') {
        const next = alt[i + 1] ?? '';
        if (!/[\\/.\-()[\]{}?*+|^$'"]/.test(next)) return null;
        text += next;
        i++;
      } else if (META.has(c)) return null;
      else text += c;
    }
    if (!text) return null;
    out.push(text);
  }
  return out;
}

// Contiguous plain text is combined across groups ("(?:没|沒)到" gives 没到 and 沒到) up to this many strings.
const MAX_COMBINED = 64;

function requiredInSequence(seq: string): string[] | null {
  let best: string[] | null = null;
  const score = (set: string[]) => Math.min(...set.map((s) => s.length));
  const consider = (set: string[] | null) => {
    if (set && set.length && set.every((s) => s.length > 0) && (!best || score(set) > score(best))) best = set;
  };
  // Every string the text must contain at this point of the sequence (one of them): the run so far.
  let run: string[] = [''];
  const endRun = () => {
    if (run.every((r) => r.length >= 2 || /[\u3400-\u9fff]/.test(r))) consider(run);
    run = [''];
  };
  const extend = (suffixes: string[]) => {
    if (suffixes.length === 1) {
      // The common case, one more character: in place (a considered run is never extended, endRun replaces it).
      for (let k = 0; k < run.length; k++) run[k] += suffixes[0]!;
      return;
    }
    if (run.length * suffixes.length > MAX_COMBINED) {
      endRun();
      run = suffixes;
      return;
    }
    run = run.flatMap((r) => suffixes.map((x) => r + x));
  };
  for (let i = 0; i < seq.length; ) {
    const c = seq[i]!;
    if (c === '(') {
      const end = skipBracketed(seq, i);
      const q = quantifier(seq, end);
      const inner = seq.slice(i + 1, end - 1);
      const lookaround = /^\?(?:[=!]|<[=!])/.test(inner);
      const exact = !q.length && !lookaround ? exactAlternatives(inner.replace(/^\?(?::|<[\w]+>)/, '')) : null;
      if (exact) {
        extend(exact);
        i = end;
        continue;
      }
      endRun();
      if (!q.optional && !lookaround) consider(requiredLiterals(inner.replace(/^\?(?::|<[\w]+>)/, '')));
      i = end + q.length;
      continue;
    }
    if (c === '[' || c === '.' || c === '^' || c === '$') {
      endRun();
      const end = c === '[' ? skipBracketed(seq, i) : i + 1;
      i = end + quantifier(seq, end).length;
      continue;
    }
    if (c === '\\') {
      const next = seq[i + 1] ?? '';
      const literal = /[\\/.\-()[\]{}?*+|^$'"]/.test(next) ? next : null;
      const q = quantifier(seq, i + 2);
      if (literal !== null && !q.optional && q.length === 0) {
        extend([literal]);
      } else {
        endRun();
      }
      i += 2 + q.length;
      continue;
    }
    const q = quantifier(seq, i + 1);
    if (q.length) {
      // "ab?" : the "a" still belongs to the run only when the quantified char is optional-free.
      endRun();
      if (!q.optional) run = [c];
      endRun();
      i += 1 + q.length;
      continue;
    }
    if (META.has(c)) {
      endRun();
      i++;
      continue;
    }
    extend([c]);
    i++;
  }
  endRun();
  return best;
}

interface Automaton {
  /** Symbol of each UTF-16 code unit (0: in no literal). */
  symbolOf: Uint16Array;
  width: number;
  /** Dense transition table: next = delta[node * width + symbol] (fail links resolved). */
  delta: Uint16Array;
  /** 1 where `out` is not empty, so the scan loop skips the rest cheaply. */
  emits: Uint8Array;
  /** Pattern indices whose literal ends at this node (fail chain merged). */
  out: number[][];
}

function build(literals: [string, number][]): Automaton {
  const symbolOf = new Uint16Array(65536);
  let symbols = 0;
  let maxNodes = 1;
  for (const [lit] of literals) {
    maxNodes += lit.length;
    for (let i = 0; i < lit.length; i++) if (!symbolOf[lit.charCodeAt(i)]) symbolOf[lit.charCodeAt(i)] = ++symbols;
  }
  const width = symbols + 1;
  if (maxNodes >= 65536 && maxNodes * width > 1 << 28) throw new Error('literal prefilter: too many literals for one automaton');
  // The trie as a flat table (0: no child; the root is never a child), built in one pass; each node's
  // children are also chained (first child, next sibling) so the pass below visits only real edges.
  const trie = new Uint32Array(maxNodes * width);
  const firstChild = new Uint32Array(maxNodes);
  const nextSibling = new Uint32Array(maxNodes);
  const symbolAt = new Uint16Array(maxNodes);
  const found: (number[] | undefined)[] = [];
  let nodes = 1;
  for (const [lit, pattern] of literals) {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const sym = symbolOf[lit.charCodeAt(i)]!;
      const slot = node * width + sym;
      let next = trie[slot]!;
      if (!next) {
        next = trie[slot] = nodes++;
        symbolAt[next] = sym;
        nextSibling[next] = firstChild[node]!;
        firstChild[node] = next;
      }
      node = next;
    }
    const o = (found[node] ??= []);
    if (!o.includes(pattern)) o.push(pattern);
  }
  if (nodes >= 65536) throw new Error('literal prefilter: too many literals for one automaton');
  // Breadth-first: a node's row starts as its fail node's (missing transitions), then its own edges;
  // each node also emits what its fail node emits.
  const delta = new Uint16Array(nodes * width);
  const fail = new Uint32Array(nodes);
  const out: number[][] = [];
  const queue = new Uint32Array(nodes);
  let tail = 0;
  for (let c = firstChild[0]!; c; c = nextSibling[c]!) {
    delta[symbolAt[c]!] = c;
    queue[tail++] = c;
  }
  out[0] = found[0] ?? [];
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const f = fail[node]!;
    const own = found[node];
    const inherited = out[f]!;
    out[node] = own ? [...own, ...inherited.filter((p) => !own.includes(p))] : inherited;
    const row = node * width;
    const fRow = f * width;
    delta.copyWithin(row, fRow, fRow + width);
    for (let c = firstChild[node]!; c; c = nextSibling[c]!) {
      const sym = symbolAt[c]!;
      fail[c] = delta[fRow + sym]!;
      delta[row + sym] = c;
      queue[tail++] = c;
    }
  }
  const emits = new Uint8Array(nodes);
  for (let i = 0; i < nodes; i++) emits[i] = out[i]!.length ? 1 : 0;
  return { symbolOf, width, delta, emits, out };
}

function scan(a: Automaton, text: string, hit: Uint8Array): void {
  const { symbolOf, width, delta, emits, out } = a;
  let node = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const sym = symbolOf[text.charCodeAt(i)]!;
    node = sym === 0 ? 0 : delta[node * width + sym]!;
    if (emits[node] === 1) {
      const o = out[node]!;
      for (let k = 0; k < o.length; k++) hit[o[k]!] = 1;
    }
  }
}

/** A sparse automaton for literals over a large alphabet (Chinese): a dense table would not fit the cache. */
interface SparseAutomaton {
  next: Map<number, number>[];
  fail: Uint32Array;
  out: number[][];
}

function buildSparse(literals: [string, number][]): SparseAutomaton {
  const next: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  for (const [lit, pattern] of literals) {
    let node = 0;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      let n = next[node]!.get(c);
      if (n === undefined) {
        n = next.length;
        next.push(new Map());
        out.push([]);
        next[node]!.set(c, n);
      }
      node = n;
    }
    if (!out[node]!.includes(pattern)) out[node]!.push(pattern);
  }
  const fail = new Uint32Array(next.length);
  const queue = [...next[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      fail[child] = target !== undefined && target !== child ? target : 0;
      for (const p of out[fail[child]!]!) if (!out[child]!.includes(p)) out[child]!.push(p);
      queue.push(child);
    }
  }
  return { next, fail, out };
}

function scanSparse(a: SparseAutomaton, text: string, hit: Uint8Array): void {
  const { next, fail, out } = a;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let n = next[node]!.get(c);
    while (n === undefined && node !== 0) {
      node = fail[node]!;
      n = next[node]!.get(c);
    }
    node = n ?? 0;
    const o = out[node]!;
    for (let k = 0; k < o.length; k++) hit[o[k]!] = 1;
  }
}

export interface Prefilter {
  /** For a text, which pattern indices may match (always-run patterns included). */
  candidates(text: string): Uint8Array;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * Builds a prefilter for regex sources; index i of the result stands for
 * `sources[i]`. Literals with Chinese characters get their own sparse automaton,
 * run only on texts that contain Chinese; the others a dense table small enough
 * to stay in the processor's cache.
 */
export function buildPrefilter(sources: readonly string[]): Prefilter {
  const always: number[] = [];
  const latin: [string, number][] = [];
  const chinese: [string, number][] = [];
  sources.forEach((src, i) => {
    const lits = requiredLiterals(src);
    if (!lits) always.push(i);
    else for (const l of lits) (CJK.test(l) ? chinese : latin).push([l, i]);
  });
  const dense = build(latin);
  const sparse = chinese.length ? buildSparse(chinese) : null;
  return {
    candidates(text) {
      const hit = new Uint8Array(sources.length);
      for (const i of always) hit[i] = 1;
      scan(dense, text, hit);
      if (sparse && CJK.test(text)) scanSparse(sparse, text, hit);
      return hit;
    },
  };
}
