/**
 * Text as the lexicons match it: compatibility forms folded (full-width
 * punctuation, ligatures), accents removed, lower case. Buyers often write
 * without accents ("recu", "ecran"), so patterns are written without them too.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u00a0\u2007\u202f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .toLowerCase();
}

/** Collapses runs of blank space inside lines; keeps line breaks. */
export function tidyLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
