// Characters folding changes, precomputed: Latin letters with accents, full-width
// forms (：，（）), typographic quotes and spaces. NFKD over a whole mail is slow;
// a table lookup on the few characters that need it is not.
const FOLD = new Map<string, string>();
function addFold(ch: string): void {
  const f = ch.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  if (f !== ch) FOLD.set(ch, f);
}
for (let c = 0xa0; c <= 0x24f; c++) addFold(String.fromCharCode(c));
for (let c = 0xff01; c <= 0xff5e; c++) addFold(String.fromCharCode(c));
for (const [from, to] of [
  ['\u2018', "'"], ['\u2019', "'"], ['\u02bc', "'"], ['\u2032', "'"], ['\u201c', '"'], ['\u201d', '"'], ['\u201e', '"'],
  ['\u00a0', ' '], ['\u2007', ' '], ['\u202f', ' '], ['\u3000', ' '], ['\u200b', ''], ['\u200c', ''], ['\u200d', ''], ['\ufeff', ''],
  ['\u0153', 'oe'], ['\u00e6', 'ae'],
] as const) FOLD.set(from, to);
const FOLD_RE = /[\u00a0-\u024f\u02bc\u2018-\u201e\u2032\u2007\u202f\u3000\u200b-\u200d\ufeff\uff01-\uff5e]/g;

/**
 * Text as the lexicons match it: compatibility forms folded (full-width
 * punctuation), accents removed, lower case. Buyers often write without
 * accents ("recu", "ecran"), so patterns are written without them too.
 * Line breaks are kept, so the folded text splits into the same lines.
 */
export function foldText(text: string): string {
  // The classifier folds the same subject and body from several places: remember the last few.
  const known = recent.get(text);
  if (known !== undefined) return known;
  const folded = text.toLowerCase().replace(FOLD_RE, (ch) => FOLD.get(ch) ?? ch);
  if (recent.size >= 16) recent.delete(recent.keys().next().value!);
  recent.set(text, folded);
  return folded;
}
const recent = new Map<string, string>();

/**
 * Every run of white space as one space. Only runs that are not already a single space
 * are replaced: most of a text's spaces are single, and each replacement costs.
 */
export function collapseSpace(text: string): string {
  return text.replace(/[^\S ]\s*| \s+/g, ' ');
}

/**
 * Every match of a global regex, as `text.matchAll(re)` gives them, without the copy of the
 * regex `matchAll` makes on each call (the classifier runs hundreds of these per mail).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return out;
}

/** Collapses runs of blank space inside lines; keeps line breaks. */
export function tidyLines(text: string): string {
  // Each replacement only when it has something to do: most mail needs one or two of them.
  let t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  t = t.replace(/[\t\u00a0][ \t\u00a0]*| [ \t\u00a0]+/g, ' ');
  if (t.includes(' \n') || t.includes('\n ')) t = t.replace(/ ?\n ?/g, '\n');
  if (t.includes('\n\n\n')) t = t.replace(/\n{3,}/g, '\n\n');
  return t.trim();
}

export function domainOf(address: string | undefined | null): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase().replace(/[>\s]+$/, '');
}

export function localPartOf(address: string | undefined | null): string {
  if (!address) return '';
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).toLowerCase();
}

/** `a.b.example.com` is under `example.com`; `example.com.evil.net` is not. */
export function domainMatches(domain: string, candidates: readonly string[]): string | undefined {
  return candidates.find((c) => domain === c || domain.endsWith('.' + c));
}
