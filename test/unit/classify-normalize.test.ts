import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMatches, collapseSpace, tidyLines } from '../../src/policies/classify/normalize.ts';

// The fast forms must give exactly what the plain ones give: check them on hand-made edge
// cases and on every text of the dev corpus.
function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.eml')) out.push(readFileSync(p, 'latin1'));
    }
  };
  try {
    walk('../shared/corpus');
  } catch {
    // No corpus next to this checkout: the hand-made cases still run.
  }
  return out;
}

const EDGE = ['', ' ', '  ', '\n', 'a b', 'a  b', 'a\tb', 'a \n b', ' \u00a0 ', 'x\u00a0y', 'a\r\n\r\nb', '\t\t', 'fin.  \n\n\n  Début', '\u3000全角\u3000 空白'];

describe('collapseSpace', () => {
  it('equals replacing every white-space run with one space', () => {
    for (const t of [...EDGE, ...corpusTexts()]) expect(collapseSpace(t)).toBe(t.replace(/\s+/g, ' '));
  });
});

describe('tidyLines', () => {
  const reference = (text: string) =>
    text.replace(/\r\n?/g, '\n').replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  it('equals the plain sequence of replacements', () => {
    for (const t of [...EDGE, ...corpusTexts()]) expect(tidyLines(t)).toBe(reference(t));
  });
});

describe('allMatches', () => {
  const patterns = [/\d+/g, /\b[a-z]+\b/g, /x*/g, /(?:commande|order)\s*(\d{4,})/g, /\p{Script=Han}+/gu, /(?:)/gu];
  it('gives the matches matchAll gives, with their groups and positions', () => {
    const texts = [...EDGE, 'commande 12345 et order 67890', '訂單 YH123 😀 二', ...corpusTexts().slice(0, 40)];
    for (const re of patterns) {
      for (const t of texts) {
        const mine = allMatches(re, t).map((m) => [m.index, ...m]);
        const theirs = [...t.matchAll(re)].map((m) => [m.index, ...m]);
        expect(mine).toEqual(theirs);
      }
    }
  });

  it('refuses a regex without the global flag (it would never end)', () => {
    expect(() => allMatches(/a/, 'aaa')).toThrow(/global/);
  });
});
